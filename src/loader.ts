/**
 * `dist/aict-widgets.js`, the one script a CMS loads: a small loader, not the elements.
 *
 * It defines each element when its tag first appears in the document — in the HTML, or added
 * later by a page builder or a framework (a `MutationObserver` on the document; tags inside
 * other components' shadow roots are the business of those components) — by importing that
 * element's chunk. Chunks are siblings of this file (`./chunks/…`), resolved by the browser
 * from this module's own URL, so the folder works wherever it is published: a CDN, the site's
 * own folder, a WordPress plugin (where `?ver=…` is appended to this file's URL only). Chunks
 * are same-origin with this file, so `script-src` needs nothing more than this file's origin.
 *
 * Two copies of the loader on one page (a theme and a plugin, or two versions): the first to
 * see a tag claims it in a registry shared through `globalThis`, and only its chunk is
 * imported; the other copy imports nothing for that tag and, when its version differs, says
 * which one is ignored. Feed requests are shared by the elements themselves (`feed/load.ts`).
 *
 * Nothing here is imported by the chunks (a chunk importing this file would run it again under
 * a URL without the page's query string): the loader shares no module with them.
 */

declare const __AICT_VERSION__: string | undefined;

/** The package version, written in at build time (`vite.config.ts`). */
const VERSION = typeof __AICT_VERSION__ === 'string' ? __AICT_VERSION__ : 'dev';

/** Each tag's chunk: the element, with what it needs to render its first screen. */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'aict-session': () => import('./components/session/define.js'),
  'aict-programme': () => import('./components/programme/define.js'),
  'aict-concurrent-sessions': () => import('./components/concurrent-sessions/define.js'),
  'aict-room-map': () => import('./components/room-map/define.js'),
};

/**
 * Per tag, the other chunks its first screen needs (`./chunks/…`, from this file), each list
 * with the conditions on the element under which it is needed (`when`, space-separated, all must
 * hold: `fr` a French element, `!attr` without that attribute, `full` with `variant="full"`):
 * what its chunk imports, its French catalogue, the card's JSON-LD writer, a full card's
 * sanitizer, map and concurrent list. The build writes them in (`firstScreenChunks` in
 * `scripts/bundle-plugins.mjs`); from the sources the map is empty. They are imported together
 * with the element's chunk when its tag appears, rather than one after the other as the
 * browser discovers them (the chunk, then its imports, then what the element asks for once
 * defined, then what those parts import): one round of requests instead of three or four.
 */
const FIRST_SCREEN: Record<string, [when: string, ...files: string[]][] | undefined> = JSON.parse('{"AICT_FIRST_SCREEN":0}');

/** Tags claimed by a loader on this page, with that loader's version (shared by every copy). */
const CLAIMS_KEY = Symbol.for('aict-widgets.loader-claims/1');
/** Versions of the copies that defined each tag (kept by `shared/define-element.ts`). */
const VERSIONS_KEY = Symbol.for('aict-widgets.versions');

type Shared = Record<symbol, Map<string, string> | undefined>;

function claim(tag: string): boolean {
  const shared = globalThis as unknown as Shared;
  const claims = (shared[CLAIMS_KEY] ??= new Map());
  const owner = claims.get(tag) ?? (customElements.get(tag) ? (shared[VERSIONS_KEY]?.get(tag) ?? 'another copy') : undefined);
  if (owner === undefined) {
    claims.set(tag, VERSION);
    return true;
  }
  if (owner !== VERSION) {
    console.warn(`aict-widgets: <${tag}> is already defined by version ${owner}; this copy (${VERSION}) is not used.`);
  }
  return false;
}

/**
 * The browser's time-zone data: the first `Intl.DateTimeFormat` with a `timeZone` loads it, in
 * one call of 70–270 ms on a cold page (`core/warm-up-dates.ts`). Every element needs it, so it
 * loads when the first tag appears, in a task of its own while the chunks are on their way,
 * rather than once they have arrived. A page without the tags never pays it.
 */
let datesWarm = false;

function warmUpDates(): void {
  if (datesWarm) return;
  datesWarm = true;
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' }).formatToParts(0);
    } catch {
      // An engine without time-zone support: the elements report it.
    }
  });
}

/** Tags this copy still watches for. */
const waiting = new Set(globalThis.customElements ? Object.keys(ELEMENTS) : []);

function load(tag: string, el: Element): void {
  waiting.delete(tag);
  if (!claim(tag)) return;
  warmUpDates();
  ELEMENTS[tag]!().catch((error: unknown) => {
    // Offline, or the chunk is missing from the published folder: the elements keep their
    // fallback content (the light-DOM children), the page hears it as for any failure, and
    // the tag is looked for again (a later element retries).
    (globalThis as unknown as Shared)[CLAIMS_KEY]!.delete(tag);
    waiting.add(tag);
    watch();
    console.error(`aict-widgets: the code of <${tag}> could not be loaded.`, error);
    for (const el of document.getElementsByTagName(tag)) {
      el.dispatchEvent(
        new CustomEvent('aict-error', {
          bubbles: true,
          composed: true,
          detail: { code: 'network', message: `The code of <${tag}> could not be loaded`, feedUrl: undefined },
        }),
      );
    }
  });
  // Alongside, what its first screen needs, as the element will ask for it: the French
  // catalogue for a French element (`lang`, read as `i18n/localization.ts` does), the JSON-LD
  // writer unless `no-seo`… (a page that does not use them does not download them).
  const french = /^fr(-|$)/i.test(el.closest('[lang]')?.getAttribute('lang')?.trim() ?? '');
  const holds = (c: string) => !c || (c === 'fr' ? french : c[0] === '!' ? !el.hasAttribute(c.slice(1)) : el.getAttribute('variant') === c);
  for (const [when, ...files] of FIRST_SCREEN[tag] ?? []) {
    if (!when.split(' ').every(holds)) continue;
    // A failure is reported by the element's chunk (above) or by the element.
    for (const file of files) import(/* @vite-ignore */ file).catch(() => {});
  }
}

/** Loads the tags that appear in `root` (an element added to the page, or the document). */
function scan(root: ParentNode & Node): void {
  for (const tag of waiting) {
    const el = (root as Element).localName === tag ? (root as Element) : root.querySelector(tag);
    if (el) load(tag, el);
  }
}

let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || !waiting.size) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1 && waiting.size) scan(node as Element);
    }
    if (!waiting.size) {
      observer!.disconnect();
      observer = undefined;
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

if (waiting.size && typeof document !== 'undefined') {
  scan(document);
  watch();
}
