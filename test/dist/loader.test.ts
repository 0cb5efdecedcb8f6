/**
 * The BUILT loader (`dist/aict-widgets.js`) and its chunks (`dist/chunks/`): each element is
 * defined when its tag first appears, its code comes from the loader's own folder, and the
 * rarely used parts load on first use. Pages run in iframes of the test page; what they
 * loaded is read from their Resource Timing entries and the files' text (`/raw/`).
 */
import { expect } from '@open-wc/testing';
import { closeFrames, loadFrame, renderedTitle, until, type Frame } from './frames.js';

const LOADER = '/dist/aict-widgets.js';
const FEED = '/feeds/forum-aict-2022.json';
const TAGS = ['aict-session', 'aict-concurrent-sessions', 'aict-room-map', 'aict-programme'];

/** What identifies a part loaded on first use, in the text of the chunk that carries it. */
const MARKERS = {
  calendarWriter: 'BEGIN:VCALENDAR',
  jsonLd: 'https://schema.org',
  french: 'Ajouter à mon agenda',
};

async function raw(path: string): Promise<string> {
  const response = await fetch(`/raw${path}`);
  expect(response.status, path).to.equal(200);
  return response.text();
}

/** Relative module specifiers of a built file (static, side-effect and dynamic imports). */
function relativeSpecifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])(\.{1,2}\/[^"'`]+)\1/g)) found.push(m[2]!);
  return found;
}

/** Paths of the scripts a frame has loaded so far. */
function scriptsOf(frame: Frame): string[] {
  return frame.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

/** Which markers the loaded scripts' texts contain. */
async function partsLoaded(frame: Frame): Promise<Record<keyof typeof MARKERS, boolean>> {
  const texts = await Promise.all(scriptsOf(frame).map((path) => raw(path)));
  const has = (marker: string) => texts.some((text) => text.includes(marker));
  return { calendarWriter: has(MARKERS.calendarWriter), jsonLd: has(MARKERS.jsonLd), french: has(MARKERS.french) };
}

/**
 * A page with the loader and `body`; `window.outcomes` records every aict-load / aict-error, and
 * `window.uncaught` every uncaught error and unhandled rejection from the start (`Frame.errors`
 * only hears them once the frame has loaded).
 */
function page(body: string, lang = 'fr', script = LOADER): string {
  return `<!doctype html><html lang="${lang}"><head>
    <script>window.outcomes = []; for (const type of ['aict-load', 'aict-error'])
      addEventListener(type, (e) => outcomes.push(type + ' ' + e.target.localName + (e.detail && e.detail.code ? ' ' + e.detail.code : '')));
      window.uncaught = []; addEventListener('error', (e) => uncaught.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => uncaught.push('unhandled rejection: ' + e.reason));</script>
    <script type="module" src="${script}"></script></head><body>${body}</body></html>`;
}

function outcomes(frame: Frame): string[] {
  return (frame.win as unknown as { outcomes: string[] }).outcomes;
}

function uncaught(frame: Frame): string[] {
  return (frame.win as unknown as { uncaught: string[] }).uncaught;
}

/** Resolves with the first `aict-load` / `aict-error` of `el` (or of what is inside it). */
function outcomeOf(el: Element): Promise<string> {
  return new Promise((resolve) => {
    el.addEventListener('aict-load', () => resolve('aict-load'), { once: true });
    el.addEventListener('aict-error', (e) => resolve(`aict-error ${(e as CustomEvent<{ code: string }>).detail.code}`), { once: true });
  });
}

describe('the loader (dist/aict-widgets.js) and its chunks', function () {
  this.timeout(30000);
  afterEach(closeFrames);

  it('is small, imports chunks only from its own folder, and no chunk imports it back', async () => {
    const loader = await raw(LOADER);
    const gzip = await new Response(new Blob([loader]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(gzip.byteLength).to.be.below(1536);
    // Every file reachable from the loader: relative imports only (a CMS page has no import map).
    const seen = new Set<string>();
    const queue = [LOADER];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const code = await raw(path);
      const all = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`]+)\1/g)].map((m) => m[2]!);
      expect(all.filter((s) => !s.startsWith('./') && !s.startsWith('../')), path).to.deep.equal([]);
      for (const specifier of relativeSpecifiers(code)) {
        const target = new URL(specifier, `http://x${path}`).pathname;
        expect(target, `${path} imports ${specifier}`).to.match(/^\/dist\/chunks\/[\w.-]+\.js$/);
        queue.push(target);
      }
    }
    // The four elements, and more: the parts loaded on first use are chunks of their own.
    expect(seen.size).to.be.greaterThan(6);
  });

  it('defines nothing on a page without the tags, and an element as soon as its tag appears (page builders)', async () => {
    const frame = await loadFrame({ srcdoc: page('<main id="content"></main>', 'en') });
    await until(() => scriptsOf(frame).some((path) => path === LOADER), 'the loader');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(TAGS.filter((tag) => frame.win.customElements.get(tag))).to.deep.equal([]);
    expect(scriptsOf(frame).filter((path) => path.includes('/chunks/'))).to.deep.equal([]);
    // A page builder inserts a block later, the element nested inside it.
    const block = frame.doc.createElement('section');
    block.innerHTML = `<div><aict-room-map src="${FEED}" session-id="atelier-1"><p>Plan</p></aict-room-map></div>`;
    const map = block.querySelector('aict-room-map')!;
    const outcome = outcomeOf(map);
    frame.doc.getElementById('content')!.append(block);
    expect(await outcome).to.equal('aict-load');
    expect(TAGS.filter((tag) => frame.win.customElements.get(tag))).to.deep.equal(['aict-room-map']);
    // And another one later still, straight into the body.
    const card = frame.doc.createElement('aict-session');
    card.setAttribute('src', FEED);
    card.setAttribute('session-id', 'atelier-1');
    const loaded = outcomeOf(card);
    frame.doc.body.append(card);
    expect(await loaded).to.equal('aict-load');
    expect(renderedTitle(card)).to.contain('Mobiliser');
    expect(frame.errors).to.deep.equal([]);
  });

  it('a card page loads the card: no programme, no map, no calendar writer until the click', async () => {
    const frame = await loadFrame({ srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`) });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card');
    const chunks = scriptsOf(frame).filter((path) => path.includes('/chunks/'));
    expect(chunks.some((path) => /\/chunks\/session-[\w-]{8}\.js$/.test(path)), chunks.join('\n')).to.equal(true);
    expect(chunks.filter((path) => /\/(programme|room-map|concurrent-sessions)-/.test(path))).to.deep.equal([]);
    const before = await partsLoaded(frame);
    expect(before).to.deep.equal({ calendarWriter: false, jsonLd: true, french: true });
    // The first click loads the writer and makes the file.
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="calendar"]')!;
    link.addEventListener('click', (event) => {
      if (link.href.startsWith('blob:')) event.preventDefault(); // no file on the machine
    });
    link.click();
    await until(() => link.href.startsWith('blob:'), 'the calendar file');
    expect((await partsLoaded(frame)).calendarWriter).to.equal(true);
    expect(frame.errors).to.deep.equal([]);
  });

  it('an English card with no-seo loads neither the French interface nor the JSON-LD writer', async () => {
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1" no-seo></aict-session>`, 'en'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    expect(await until(() => renderedTitle(card), 'a rendered card')).to.contain('Mobiliser');
    expect(card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent).to.contain('Add to my calendar');
    expect(await partsLoaded(frame)).to.deep.equal({ calendarWriter: false, jsonLd: false, french: false });
    expect(frame.doc.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
    // Switching the card to French loads the French interface, then renders in it.
    card.setAttribute('lang', 'fr');
    await until(() => card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent!.includes('Ajouter à mon agenda'), 'French');
    expect((await partsLoaded(frame)).french).to.equal(true);
  });

  it('a full card loads the map and the concurrent list it shows, and not with no-map', async () => {
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1" variant="full" no-map></aict-session>`, 'en'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => card.shadowRoot?.querySelector('aict-concurrent-sessions')?.shadowRoot?.querySelector('[part~="list"]'), 'the concurrent list');
    const chunks = scriptsOf(frame).filter((path) => path.includes('/chunks/'));
    expect(chunks.some((path) => path.includes('/concurrent-sessions-'))).to.equal(true);
    expect(chunks.some((path) => path.includes('/room-map-'))).to.equal(false);
    card.removeAttribute('no-map');
    const map = await until(() => card.shadowRoot?.querySelector('aict-room-map')?.shadowRoot?.querySelector('[part~="map"]'), 'the map');
    expect(map).to.exist;
    expect(scriptsOf(frame).some((path) => path.includes('/room-map-'))).to.equal(true);
    expect(frame.errors).to.deep.equal([]);
  });

  it('loads the French strings of the elements a page shows: a card its own, a full card also the map’s and the list’s', async () => {
    const frenchParts = (frame: Frame) =>
      scriptsOf(frame)
        .map((path) => /\/chunks\/fr-([a-z-]+)-[\w-]{8}\.js$/.exec(path)?.[1])
        .filter(Boolean)
        .sort();
    const frame = await loadFrame({ srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`) });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card');
    expect(card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent).to.contain('Ajouter à mon agenda');
    expect(frenchParts(frame)).to.deep.equal(['common']);
    // The full card's map and concurrent list load their own strings, and speak French.
    card.setAttribute('variant', 'full');
    const list = await until(() => card.shadowRoot?.querySelector('aict-concurrent-sessions')?.shadowRoot?.querySelector('[part~="list"]'), 'the concurrent list');
    const map = await until(() => card.shadowRoot?.querySelector('aict-room-map')?.shadowRoot?.querySelector('[part~="map"]'), 'the map');
    expect((list.getRootNode() as ShadowRoot).textContent).to.match(/Les autres rendez-vous|Aucun autre rendez-vous/);
    expect(map.textContent).to.contain('Localisation de la salle').and.not.contain('Where the room is');
    expect(frenchParts(frame)).to.deep.equal(['common', 'concurrent-sessions', 'room-map']);
    expect(frame.errors).to.deep.equal([]);
  });

  it('requests what an element’s first screen needs together with its chunk, not one after the other', async () => {
    // The card's chunk is answered after a second: the shared chunk it imports, the French
    // interface and the JSON-LD writer are asked for meanwhile (the browser alone would find the
    // first once the card's chunk has arrived, the others once the card is defined).
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`, 'fr', '/csp/bundle/slow=session/-/aict-widgets.js'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card', 20000);
    const entries = frame.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const chunk = (name: string) => {
      const found = entries.find((entry) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(entry.name));
      expect(found, `${name}: ${entries.map((entry) => entry.name).join('\n')}`).to.exist;
      return found!;
    };
    const session = chunk('session');
    for (const name of ['shared', 'fr-common', 'json-ld']) {
      expect(chunk(name).startTime, `${name} requested before the card's chunk arrived`).to.be.below(session.responseEnd);
    }
    // Nothing the card does not show: no programme, map, concurrent list or their strings.
    expect(entries.filter((entry) => /\/chunks\/(fr-)?(programme|room-map|concurrent-sessions)-/.test(entry.name))).to.deep.equal([]);
    expect(frame.errors).to.deep.equal([]);
  });

  it('a full card: its sanitizer, map and concurrent list, their imports and strings are requested with the card too', async () => {
    // Without this, they come two and three rounds later: once the card is defined (it asks
    // for its parts), then once those parts have arrived (their imports, their strings).
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1" variant="full"></aict-session>`, 'fr', '/csp/bundle/slow=session@full/-/aict-widgets.js'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => card.shadowRoot?.querySelector('aict-room-map')?.shadowRoot?.querySelector('[part~="map"]'), 'the map', 20000);
    const entries = frame.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const started = (name: string) => entries.find((entry) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(entry.name))?.startTime;
    const session = entries.find((entry) => /\/chunks\/session-[\w-]{8}\.js$/.test(entry.name))!;
    const late = ['shared', 'fr-common', 'json-ld', 'sanitize', 'html-scan', 'room-map', 'query', 'concurrent-sessions', 'fr-room-map', 'fr-concurrent-sessions'].filter(
      (name) => !(started(name)! < session.responseEnd),
    );
    expect(late, `requested after the card’s chunk arrived (or never): ${entries.map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`).join(', ')}`).to.deep.equal([]);
    expect(entries.filter((entry) => /\/chunks\/(fr-)?programme-/.test(entry.name))).to.deep.equal([]);
    expect(frame.errors).to.deep.equal([]);
  });

  it('reads `lang` as the elements do: `<html lang="FR">` or a region (`fr-BE`) on an ancestor sends the French strings ahead', async () => {
    for (const [lang, body] of [
      ['FR', `<main><aict-session src="${FEED}" session-id="atelier-1"></aict-session></main>`],
      ['en', `<div lang="fr-BE"><aict-session src="${FEED}" session-id="atelier-1"></aict-session></div>`],
    ] as const) {
      const frame = await loadFrame({ srcdoc: page(body, lang, `/csp/bundle/slow=session@${lang}/-/aict-widgets.js`) });
      const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
      await until(() => renderedTitle(card), 'a rendered card', 20000);
      expect(card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent, lang).to.contain('Ajouter à mon agenda');
      const entries = frame.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const session = entries.find((entry) => /\/chunks\/session-[\w-]{8}\.js$/.test(entry.name))!;
      const french = entries.find((entry) => /\/chunks\/fr-common-[\w-]{8}\.js$/.test(entry.name));
      expect(french?.startTime, `${lang}: the French strings requested before the card's chunk arrived`).to.be.below(session.responseEnd);
      expect(uncaught(frame)).to.deep.equal([]);
      closeFrames();
    }
  });

  it('a card switched from English to French after it rendered speaks French (its strings were not sent ahead)', async () => {
    const frame = await loadFrame({ srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`, 'en') });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card');
    const calendar = () => card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent!;
    expect(calendar()).to.contain('Add to my calendar');
    expect(scriptsOf(frame).filter((path) => /\/chunks\/fr-/.test(path))).to.deep.equal([]);
    frame.doc.documentElement.lang = 'fr';
    await until(() => calendar().includes('Ajouter à mon agenda'), 'the French card');
    card.setAttribute('lang', 'en');
    await until(() => calendar().includes('Add to my calendar'), 'the English card again');
    expect(uncaught(frame)).to.deep.equal([]);
  });

  it('an English card with no-seo is not sent the French interface or the JSON-LD writer ahead either', async () => {
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1" no-seo></aict-session>`, 'en', '/csp/bundle/slow=session@en/-/aict-widgets.js'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card', 20000);
    const chunks = scriptsOf(frame).filter((path) => path.includes('/chunks/'));
    expect(chunks.some((path) => /\/chunks\/shared-/.test(path)), chunks.join('\n')).to.equal(true);
    expect(chunks.filter((path) => /\/chunks\/(fr-|json-ld-)/.test(path))).to.deep.equal([]);
  });

  it('works from a folder whose URL carries a query string (WordPress adds ?ver=)', async () => {
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`, 'fr', `${LOADER}?ver=0.1.0`),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card');
    const chunks = scriptsOf(frame).filter((path) => path.includes('/chunks/'));
    expect(chunks.length).to.be.greaterThan(0);
    expect(chunks.every((path) => path.startsWith('/dist/chunks/'))).to.equal(true);
    // The loader ran once: no chunk imported it again without the query string.
    expect(scriptsOf(frame).filter((path) => path === LOADER)).to.have.length(1);
  });

  it('works from a CDN on another origin: the chunks come from the CDN folder', async function () {
    const cdnHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const cdn = `${location.protocol}//${cdnHost}:${location.port}/cdn/dist`;
    const probe = await fetch(`${cdn}/aict-widgets.js`).catch(() => undefined);
    if (!probe?.ok) this.skip(); // the test server does not answer on that host name here
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`, 'fr', `${cdn}/aict-widgets.js`),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card');
    const chunks = frame.win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/chunks/'));
    expect(chunks.length).to.be.greaterThan(0);
    expect(chunks.every((name) => name.startsWith(`${cdn}/chunks/`)), chunks.join('\n')).to.equal(true);
  });
});

describe('the loader when a chunk cannot be loaded (offline, or a folder published incompletely)', function () {
  this.timeout(60000);
  afterEach(closeFrames);

  it('an element whose code is missing keeps its fallback content and fires aict-error', async () => {
    const frame = await loadFrame({
      srcdoc: page(
        `<aict-session src="${FEED}" session-id="atelier-1"><a href="/atelier-1">Atelier 1</a></aict-session>`,
        'fr',
        '/csp/bundle/fail=session/-/aict-widgets.js',
      ),
    });
    const card = frame.doc.querySelector('aict-session')!;
    await until(() => outcomes(frame).length, 'an outcome', 20000);
    expect(outcomes(frame)).to.deep.equal(['aict-error aict-session network']);
    expect(frame.win.customElements.get('aict-session')).to.equal(undefined);
    // The fallback link is what the visitor sees.
    expect(card.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('a first-screen chunk sent ahead that cannot be loaded: no unhandled rejection, the card renders without that part', async () => {
    // The JSON-LD writer, the sanitizer and the map (with its strings) fail: the loader asked for
    // them with the card's chunk; the card asks again and leaves the part out.
    const frame = await loadFrame({
      srcdoc: page(
        `<aict-session src="${FEED}" session-id="atelier-1" variant="full"></aict-session>`,
        'fr',
        '/csp/bundle/fail=json-ld+sanitize+room-map+fr-room-map/-/aict-widgets.js',
      ),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => card.shadowRoot?.querySelector('aict-concurrent-sessions')?.shadowRoot?.querySelector('[part~="list"]'), 'the concurrent list', 20000);
    expect(renderedTitle(card)).to.contain('Mobiliser');
    expect(card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent).to.contain('Ajouter à mon agenda');
    // Let every failed request settle before looking for rejections.
    await until(() => scriptsOf(frame).filter((path) => /\/chunks\/(json-ld|sanitize|room-map|fr-room-map)-/.test(path)).length >= 4, 'the failed requests', 20000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(outcomes(frame)).to.deep.equal(['aict-load aict-session']);
    expect(uncaught(frame)).to.deep.equal([]);
  });

  it('without the French interface, a French card renders in English rather than not at all', async () => {
    const frame = await loadFrame({
      srcdoc: page(`<aict-session src="${FEED}" session-id="atelier-1"></aict-session>`, 'fr', '/csp/bundle/fail=fr/-/aict-widgets.js'),
    });
    const card = await until(() => frame.doc.querySelector('aict-session'), 'the card');
    await until(() => renderedTitle(card), 'a rendered card', 20000);
    expect(card.shadowRoot!.querySelector('[part~="calendar"]')!.textContent).to.contain('Add to my calendar');
  });
});
