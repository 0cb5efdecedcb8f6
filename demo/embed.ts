/**
 * The iframe page (`embed.html`): builds one `<aict-session>` from the query string and
 * tells the parent page its height, so the iframe can fit its content.
 *
 * Only validated values reach the element: `src` must be an http(s) URL or a relative one,
 * `lang` fr|en, `variant` card|full, `accent` a #rgb/#rrggbb colour. Anything else is
 * ignored (or, for `src` and `session`, reported on the page).
 *
 * The feed must come from an allowed origin: this page's own, and those listed (separated by
 * spaces) in `<html data-aict-feed-origins="https://feeds.example">` — written by
 * `scripts/build-embed.mjs` from `AICT_FEED_ORIGINS`, or edited by the webmaster. Otherwise
 * any site could frame the partner's page with a feed of its own and speak in its name.
 */

interface EmbedOptions {
  readonly src: string;
  readonly session: string;
  readonly lang: 'fr' | 'en';
  readonly variant: 'card' | 'full';
  readonly accent?: string;
}

const HEIGHT_MESSAGE = 'aict-embed-height';

/** The feed origins this page accepts: its own, and those its `<html>` lists. */
function allowedOrigins(doc: Document, base: string): Set<string> {
  const allowed = new Set([new URL(base).origin]);
  for (const entry of (doc.documentElement.dataset.aictFeedOrigins ?? '').split(/\s+/)) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') allowed.add(url.origin);
    } catch {
      // Not a URL: ignored (the webmaster sees the feed refused and checks the list).
    }
  }
  return allowed;
}

/** The options in `query`, or the list of what is wrong with it. */
function readOptions(query: string, base: string, origins: ReadonlySet<string>): EmbedOptions | { problems: string[] } {
  const params = new URLSearchParams(query);
  const problems: string[] = [];
  let src = feedUrl(params.get('src'), base);
  if (src && !origins.has(new URL(src).origin)) {
    problems.push(`src (${new URL(src).origin}: origine non autorisée / origin not allowed, see data-aict-feed-origins)`);
    src = undefined;
  } else if (!src) problems.push('src');
  const session = params.get('session')?.trim() ?? '';
  if (!session || session.length > 200) problems.push('session');
  const langParam = params.get('lang');
  const lang = langParam === 'en' ? 'en' : 'fr';
  const variant = params.get('variant') === 'full' ? 'full' : 'card';
  const accentParam = params.get('accent')?.trim();
  const accent = accentParam && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(accentParam) ? accentParam : undefined;
  if (problems.length || !src) return { problems };
  return { src, session, lang, variant, ...(accent ? { accent } : {}) };
}

/** An absolute http(s) URL for `value` (absolute or relative to `base`), or undefined. */
function feedUrl(value: string | null, base: string): string | undefined {
  if (!value || value.length > 2000) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function start(): void {
  const doc = document;
  const root = doc.documentElement;
  // CSSOM, not style attributes: a strict CSP (style-src without 'unsafe-inline') allows it.
  doc.body.style.margin = '0';
  doc.body.style.background = 'transparent';
  root.style.colorScheme = 'light dark';

  const options = readOptions(location.search, location.href, allowedOrigins(doc, location.href));
  if ('problems' in options) {
    const p = doc.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent =
      `aict-widgets: paramètre manquant ou invalide / missing or invalid parameter: ${options.problems.join(', ')}. ` +
      'embed.html?src=https://…/programme.json&session=ID&lang=fr|en&variant=card|full';
    doc.body.append(p);
  } else {
    root.lang = options.lang;
    const el = doc.createElement('aict-session');
    el.setAttribute('src', options.src);
    el.setAttribute('session-id', options.session);
    el.setAttribute('variant', options.variant);
    el.setAttribute('lang', options.lang);
    if (options.accent) el.style.setProperty('--aict-accent', options.accent);
    doc.body.append(el);
  }

  let last = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret, and the parent's origin is unknown to the frame: '*'.
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(root);
  report();
}

start();

export {};
