/**
 * Browser side of `npm run bench`. `bench/run.mjs` opens a fresh page for every run (so every
 * figure is a cold start, as on a partner's page) and calls one of these functions.
 * Plain JavaScript on purpose: the pages import the BUILT `dist/aict-widgets.js`, nothing else.
 */

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function feedText(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Records every long task (≥ 50 ms, the Long Tasks API's threshold) from now on. The returned
 * function stops and gives the longest, of the tasks that end at or after `since` and start
 * before `until` if given (it may be called again with other bounds).
 */
function watchLongTasks() {
  const tasks = [];
  let observer;
  try {
    observer = new PerformanceObserver((list) => {
      tasks.push(...list.getEntries());
    });
    observer.observe({ type: 'longtask' });
  } catch {
    return () => null;
  }
  return (since = -Infinity, until = Infinity) => {
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    const durations = tasks.filter((t) => t.startTime + t.duration >= since && t.startTime < until).map((t) => t.duration);
    return durations.length ? Math.max(...durations) : 0;
  };
}

/** Heap in use after a full collection (Chromium with `--js-flags=--expose-gc` and precise memory info). */
/**
 * Resolves once every element has sent `aict-load` or `aict-error`; each error is pushed to
 * `errors` as "tag: code message".
 */
function settled(elements, errors) {
  return Promise.all(
    elements.map(
      (el) =>
        new Promise((resolve) => {
          el.addEventListener('aict-load', resolve, { once: true });
          el.addEventListener(
            'aict-error',
            (event) => {
              errors.push(`${el.localName}: ${event.detail.code} ${event.detail.message}`);
              resolve();
            },
            { once: true },
          );
        }),
    ),
  );
}

function heapNow() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
  return performance.memory ? performance.memory.usedJSHeapSize : NaN;
}

/** Baseline: a plain `JSON.parse` of the feed, and the heap its result keeps. */
export async function jsonParse({ feedUrl }) {
  const text = await feedText(feedUrl);
  const before = heapNow();
  const t0 = performance.now();
  let json = JSON.parse(text);
  const time = performance.now() - t0;
  const heap = heapNow() - before;
  const sessions = json.sessions.length;
  json = null;
  return { time, heap, sessions };
}

/** `parseFeed` (validate + normalise + index) after `JSON.parse`, and the heap the programme keeps. */
export async function parseFeed({ feedUrl }) {
  const { parseFeed } = await import('/bench-build/parse-feed.js');
  const text = await feedText(feedUrl);
  const before = heapNow();
  const t0 = performance.now();
  let json = JSON.parse(text);
  const t1 = performance.now();
  const result = parseFeed(json, feedUrl);
  const t2 = performance.now();
  json = null;
  const heap = heapNow() - before;
  if (!result.ok) throw new Error(result.message);
  globalThis.keep = result; // kept until the page goes, so the heap figure is what it retains
  return {
    jsonParse: t1 - t0,
    parse: t2 - t1,
    heap,
    sessions: result.programme.sessions.length,
    warnings: result.programme.warnings.length,
  };
}

/** Baseline: an empty Lit element, from creation to its first update done. */
export async function emptyLit() {
  await import('/bench-build/empty-lit.js');
  await nextFrame();
  const stopLongTasks = watchLongTasks();
  const t0 = performance.now();
  const el = document.createElement('bench-empty');
  document.body.append(el);
  await el.updateComplete;
  const time = performance.now() - t0;
  await settle();
  return { load: time, longestTask: stopLongTasks() };
}

/**
 * Whether the loader defines each tag once it is on the page (elements still being written
 * are "n/a"): within 10 s of the tags appearing.
 */
export async function defined({ tags }) {
  await import('/dist/aict-widgets.js');
  document.body.append(...tags.map((tag) => document.createElement(tag)));
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), timeout]);
  return Object.fromEntries(tags.map((tag) => [tag, customElements.get(tag) !== undefined]));
}

/**
 * What a page with `markup` in its HTML transfers before any interaction: the markup is on
 * the page when the script (the loader) runs, as in a CMS page; then every element's
 * `aict-load` (or `aict-error`), then until no script has been requested for 500 ms (the
 * parts an element loads after its first render: a full card's map, JSON-LD…). Returns the
 * paths of the scripts requested (the driver sums their sizes) and the time from the script's
 * start to the last `aict-load`.
 */
export async function pageWeight({ markup }) {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const elements = [...host.querySelectorAll('*')].filter((el) => el.localName.startsWith('aict-'));
  const errors = [];
  const loaded = settled(elements, errors);
  const t0 = performance.now();
  await import('/dist/aict-widgets.js');
  await loaded;
  const load = performance.now() - t0;
  const scripts = () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/dist/'));
  let count = -1;
  let quietSince = performance.now();
  while (performance.now() - quietSince < 500 && performance.now() - t0 < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = scripts().length;
    if (now !== count) {
      count = now;
      quietSince = performance.now();
    }
  }
  return { load, errors, scripts: scripts().map((e) => new URL(e.name).pathname) };
}

/**
 * Time (from `t0`) of the last change to the composed DOM under `root` (its shadow roots
 * included), once it has not changed for `quietFrames` animation frames in a row.
 * Mutation observers, not a walk of the tree each frame: a walk would run in the frame's
 * task and lengthen the very tasks the benchmark measures.
 */
async function stableAfter(root, t0, quietFrames = 10, limitMs = 10_000) {
  let lastChange = performance.now();
  let changed = false;
  const observer = new MutationObserver((records) => {
    changed = true;
    for (const record of records) for (const node of record.addedNodes) watchShadows(node);
  });
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  const watched = new WeakSet();
  const watchShadows = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode; el; el = walker.nextNode()) {
      if (el.shadowRoot && !watched.has(el.shadowRoot)) {
        watched.add(el.shadowRoot);
        observer.observe(el.shadowRoot, options);
        watchShadows(el.shadowRoot);
      }
    }
  };
  observer.observe(root, options);
  watchShadows(root);
  let quiet = 0;
  while (quiet < quietFrames && performance.now() - t0 < limitMs) {
    await nextFrame();
    if (changed) {
      changed = false;
      lastChange = performance.now();
      quiet = 0;
    } else quiet++;
  }
  observer.disconnect();
  return lastChange - t0;
}

/**
 * The feed's text is on the page (fetched beforehand): from the moment it is handed over,
 * as an inline `<script type="application/json">`, to `aict-load` on every element of
 * `markup` (which uses `src="#feed"`). Optionally until the DOM is stable.
 */
export async function render({ feedUrl, markup, stable = false, type, click }) {
  await import('/dist/aict-widgets.js');
  const text = await feedText(feedUrl);
  await nextFrame();
  const stopLongTasks = watchLongTasks();
  const host = document.createElement('div');
  host.innerHTML = markup;
  const elements = [...host.querySelectorAll('*')].filter((el) => el.localName.startsWith('aict-'));
  const errors = [];
  const loaded = settled(elements, errors);
  const t0 = performance.now();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'feed';
  script.textContent = text;
  document.body.append(script, host);
  await loaded;
  const load = performance.now() - t0;
  const stableTime = stable ? await stableAfter(host, t0) : undefined;
  await settle();
  const longestTask = stopLongTasks();
  // The first keystroke in the search box, once the element has settled (see `answerTo`).
  const typing = {};
  const input = type && elements[0].shadowRoot?.querySelector('input[type="search"]');
  if (input) {
    const typed = await answerTo(elements[0], host, () => {
      input.value = type;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    Object.assign(typing, { typeAnswer: typed.answer, typeStable: typed.stable, typeLongestTask: typed.longestTask });
    // Then a click on the first theme of the filters, the search still on.
    const box = elements[0].shadowRoot.querySelector('input[type="checkbox"][name="themes"]');
    if (box) {
      const ticked = await answerTo(elements[0], host, () => box.click());
      Object.assign(typing, { filterAnswer: ticked.answer, filterStable: ticked.stable, filterLongestTask: ticked.longestTask });
    }
  }
  // A click on a control (e.g. “Add to my calendar”): its handler runs inside `click()`.
  const clicked = {};
  const target = click && elements[0].shadowRoot?.querySelector(click);
  if (target) {
    // The download itself is not the page's work: the link is followed nowhere.
    target.addEventListener('click', (event) => event.preventDefault());
    const stopClickTasks = watchLongTasks();
    const c0 = performance.now();
    target.click();
    clicked.clickHandler = performance.now() - c0;
    await new Promise((resolve) => setTimeout(resolve, 300));
    clicked.clickLongestTask = stopClickTasks();
  }
  return { load, stable: stableTime, longestTask, errors, elements: elements.length, ...typing, ...clicked };
}

/**
 * What `action` on a settled element costs: until its answer is painted (the next frame after
 * the update), until the DOM is stable again, and the longest task meanwhile.
 */
async function answerTo(el, host, action) {
  const stopLongTasks = watchLongTasks();
  const t0 = performance.now();
  action();
  await el.updateComplete;
  await nextFrame();
  const answer = performance.now() - t0;
  const stable = await stableAfter(host, t0);
  await settle();
  return { answer, stable, longestTask: stopLongTasks() };
}

/**
 * The real-page path: the element fetches its feed from a URL (the server holds the answer
 * back, as a network does) and may work while it waits. Timed from the moment the response
 * has fully arrived (Resource Timing `responseEnd`) to `aict-load`, so that it compares with
 * `render`; the wait itself is not counted.
 */
export async function renderFromUrl({ markup }) {
  await import('/dist/aict-widgets.js');
  await nextFrame();
  const stopLongTasks = watchLongTasks();
  const host = document.createElement('div');
  host.innerHTML = markup;
  const el = host.firstElementChild;
  const feedUrl = new URL(el.getAttribute('src'), location.href).href;
  const errors = [];
  const loaded = settled([el], errors);
  document.body.append(host);
  await loaded;
  const end = performance.now();
  // The response's timing entry is queued: wait for it.
  let entry;
  for (let i = 0; i < 50 && !entry; i++) {
    entry = performance.getEntriesByName(feedUrl).at(-1);
    if (!entry) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await settle();
  // Tasks while the feed was on its way (warm-ups: the browser's date data, a first screenful's
  // code) are the page's, not the answer's: reported apart.
  const arrived = entry ? entry.responseEnd : -Infinity;
  return {
    load: entry ? end - entry.responseEnd : NaN,
    longestTask: stopLongTasks(arrived),
    longestTaskWaiting: stopLongTasks(-Infinity, arrived),
    errors,
    elements: 1,
  };
}

/** Many elements on one feed URL: they must share one request (counted by the driver). */
export async function network({ markup }) {
  await import('/dist/aict-widgets.js');
  const host = document.createElement('div');
  host.innerHTML = markup;
  const elements = [...host.querySelectorAll('*')].filter((el) => el.localName.startsWith('aict-'));
  const done = Promise.all(
    elements.map(
      (el) =>
        new Promise((resolve) => {
          el.addEventListener('aict-load', () => resolve('load'), { once: true });
          el.addEventListener('aict-error', () => resolve('error'), { once: true });
        }),
    ),
  );
  document.body.append(host);
  const outcomes = await done;
  return { elements: elements.length, errors: outcomes.filter((o) => o === 'error').length };
}
