/**
 * The iframe page (`embed.html`): builds one element from the query string and tells the
 * parent page its height, so the iframe can fit its content.
 *
 *   embed.html?src=FEED&session=ID[&lang=fr|en&variant=card|full&accent=%23rrggbb…]
 *   embed.html?element=programme&src=FEED[&view=grid&day=2022-06-20&theme=climat…]
 *   embed.html?element=room-map&src=FEED&session=ID   (or room=ROOM_ID)
 *   embed.html?element=concurrent-sessions&src=FEED&session=ID[&scope=overlap]
 *
 * Only validated values reach the element (one table below: parameter, attribute, check);
 * anything else is ignored, and a missing or invalid `src` or required id is reported on the
 * page instead of an empty frame.
 *
 * The feed must come from an allowed origin: this page's own, and those listed (separated by
 * spaces) in `<html data-aict-feed-origins="https://feeds.example">` — written by
 * `scripts/build-embed.mjs` from `AICT_FEED_ORIGINS`, or edited by the webmaster. Otherwise
 * any site could frame the partner's page with a feed of its own and speak in its name.
 */

const HEIGHT_MESSAGE = 'aict-embed-height';

const ELEMENTS = {
  session: { tag: 'aict-session', needs: 'session' },
  programme: { tag: 'aict-programme', needs: '' },
  'room-map': { tag: 'aict-room-map', needs: 'session|room' },
  'concurrent-sessions': { tag: 'aict-concurrent-sessions', needs: 'session' },
} as const;
type ElementName = keyof typeof ELEMENTS;

const ID = /^[^\s<>"'`]{1,200}$/;
const LIST = /^[^<>"'`]{1,500}$/;

/** Query parameter → element attribute, which elements take it, and what it accepts. */
const PARAMETERS: readonly {
  readonly param: string;
  readonly attribute: string;
  readonly elements: readonly ElementName[] | 'all';
  readonly accept: RegExp | readonly string[] | 'flag';
}[] = [
  { param: 'session', attribute: 'session-id', elements: ['session', 'room-map', 'concurrent-sessions'], accept: ID },
  { param: 'room', attribute: 'room-id', elements: ['room-map'], accept: ID },
  { param: 'variant', attribute: 'variant', elements: ['session'], accept: ['card', 'full'] },
  { param: 'no-map', attribute: 'no-map', elements: ['session'], accept: 'flag' },
  { param: 'no-concurrent', attribute: 'no-concurrent', elements: ['session'], accept: 'flag' },
  { param: 'no-seo', attribute: 'no-seo', elements: ['session'], accept: 'flag' },
  { param: 'scope', attribute: 'scope', elements: ['concurrent-sessions'], accept: ['block', 'overlap'] },
  { param: 'view', attribute: 'view', elements: ['programme'], accept: ['list', 'grid'] },
  { param: 'day', attribute: 'day', elements: ['programme'], accept: /^\d{4}-\d{2}-\d{2}$/ },
  { param: 'query', attribute: 'query', elements: ['programme'], accept: /^[^<>]{1,200}$/ },
  { param: 'theme', attribute: 'theme', elements: ['programme'], accept: LIST },
  { param: 'kind', attribute: 'kind', elements: ['programme'], accept: LIST },
  { param: 'rooms', attribute: 'room', elements: ['programme'], accept: LIST },
  { param: 'sdg', attribute: 'sdg', elements: ['programme'], accept: /^\d{1,2}(,\d{1,2})*$/ },
  { param: 'heading-level', attribute: 'heading-level', elements: 'all', accept: ['2', '3', '4', '5', '6'] },
  { param: 'color-scheme', attribute: 'color-scheme', elements: 'all', accept: ['light', 'dark', 'auto'] },
  { param: 'time-zone', attribute: 'time-zone', elements: 'all', accept: /^(event|local|[A-Za-z]+(\/[A-Za-z0-9_+-]+){0,2})$/ },
];

interface EmbedOptions {
  readonly element: ElementName;
  readonly src: string;
  readonly lang: 'fr' | 'en';
  readonly attributes: ReadonlyMap<string, string>;
  readonly accent?: string;
}

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
  const elementParam = params.get('element') ?? 'session';
  const element: ElementName = elementParam in ELEMENTS ? (elementParam as ElementName) : 'session';
  if (params.has('element') && !(elementParam in ELEMENTS)) problems.push('element');
  let src = feedUrl(params.get('src'), base);
  if (src && !origins.has(new URL(src).origin)) {
    problems.push(`src (${new URL(src).origin}: origine non autorisée / origin not allowed, see data-aict-feed-origins)`);
    src = undefined;
  } else if (!src) problems.push('src');
  const lang = params.get('lang') === 'en' ? 'en' : 'fr';
  const attributes = new Map<string, string>();
  for (const { param, attribute, elements, accept } of PARAMETERS) {
    if (elements !== 'all' && !elements.includes(element)) continue;
    const value = params.get(param)?.trim();
    if (value === undefined || value === '') continue;
    if (accept === 'flag') {
      if (value !== '0' && value !== 'false') attributes.set(attribute, '');
    } else if (accept instanceof RegExp ? accept.test(value) : accept.includes(value)) {
      attributes.set(attribute, value);
    } else if (param === 'session' || param === 'room') {
      problems.push(param);
    }
  }
  const needs = ELEMENTS[element].needs;
  if (needs && !needs.split('|').some((param) => attributes.has(param === 'session' ? 'session-id' : 'room-id'))) {
    if (!problems.includes('session')) problems.push(needs.replace('|', ' / '));
  }
  const accentParam = params.get('accent')?.trim();
  const accent = accentParam && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(accentParam) ? accentParam : undefined;
  if (problems.length || !src) return { problems };
  return { element, src, lang, attributes, ...(accent ? { accent } : {}) };
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
      'embed.html?src=https://…/programme.json&session=ID&lang=fr|en&variant=card|full — element=programme|room-map|concurrent-sessions';
    doc.body.append(p);
  } else {
    root.lang = options.lang;
    const el = doc.createElement(ELEMENTS[options.element].tag);
    el.setAttribute('src', options.src);
    el.setAttribute('lang', options.lang);
    if (options.element === 'session') el.setAttribute('variant', options.attributes.get('variant') ?? 'card');
    for (const [name, value] of options.attributes) el.setAttribute(name, value);
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
