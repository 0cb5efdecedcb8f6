/**
 * The one gate every feed URL goes through before it becomes an `href` or an image source.
 * Lit escapes attribute values but does not check schemes, so `javascript:` must never get
 * this far.
 */

export const LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];
export const IMAGE_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/**
 * `rel` of every link whose address comes from the feed (a session's, a person's or an
 * organisation's `url`, a link in a description): the host page does not vouch for it
 * (`nofollow ugc`), and the target gets no handle on the page (`noopener`).
 */
export const FEED_LINK_REL = 'nofollow ugc noopener';

/**
 * Returns the normalised `href` of an absolute URL whose scheme is allowed, else `undefined`.
 * No base URL is used on purpose: a relative or entity-encoded value (`&#106;avascript:`)
 * throws and is refused instead of being resolved against the host page.
 */
export function safeUrl(value: unknown, allowed: readonly string[] = LINK_PROTOCOLS): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // The URL parser has already stripped tabs, newlines and leading controls, and lower-cased
  // the scheme, so `JaVa\tScRiPt:` is compared as `javascript:`.
  return allowed.includes(url.protocol) ? url.href : undefined;
}

/**
 * The `session-href` template with `{id}` replaced by the (percent-encoded) session id,
 * resolved against `base`; `undefined` when the id would take the link somewhere the
 * template does not point. `encodeURIComponent` already keeps `/ ? # \` inside the segment,
 * but no encoding hides a dot segment (`..`, `.`, `%2E%2E` are all the same to the URL
 * parser), so the link is built with a neutral id too, and the two must have the same origin
 * and as many path segments: `/sessions/{id}/inscription` with the id `..` would otherwise
 * lead to `/inscription`.
 */
export function templatedHref(template: string, id: string, base: string): string | undefined {
  try {
    const href = new URL(template.replaceAll('{id}', encodeURIComponent(id)), base);
    const neutral = new URL(template.replaceAll('{id}', '_'), base);
    if (href.origin !== neutral.origin || href.pathname.split('/').length !== neutral.pathname.split('/').length) return undefined;
    return safeUrl(href.href);
  } catch {
    return undefined;
  }
}
