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

/** Tags this copy still watches for. */
const waiting = new Set(globalThis.customElements ? Object.keys(ELEMENTS) : []);

function load(tag: string): void {
  waiting.delete(tag);
  if (!claim(tag)) return;
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
}

/** Loads the tags that appear in `root` (an element added to the page, or the document). */
function scan(root: ParentNode & Node): void {
  for (const tag of waiting) {
    if ((root as Element).localName === tag || root.querySelector(tag)) load(tag);
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
