#!/usr/bin/env node
/**
 * `npm run bench`: size and speed of what partners get (the BUILT `dist/aict-widgets.js`),
 * measured in headless Chromium, printed as one Markdown table and written to
 * `bench/results.json`. How to read it: docs/performance.md.
 *
 * Every time is the median of N cold runs (a fresh page each), next to a baseline measured in
 * the same run on the same machine (a plain `JSON.parse` of the same feed; an empty Lit
 * element), because absolute times on shared machines drift; the ratio is what to compare.
 *
 *   node bench/run.mjs [--runs 5] [--no-build] [--quick] [--only size]
 *   BENCH_DIST=../other/dist node bench/run.mjs --no-build …   (another build's files)
 *
 * `--quick` skips the 20,000-session feed. `--only size` stops after the sizes (no browser).
 * `BENCH_RUNS` also sets N. `--cases programme,card` keeps the render cases whose "name, size"
 * contains one of the words, and skips the per-element sizes and the feed rows (a quicker loop).
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { attribute } from './attribute.mjs';
import { brotli, gzip } from './compress.mjs';
import { minifyLitTemplates } from '../scripts/bundle-plugins.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', process.env.BENCH_RUNS ?? 5)));
const QUICK = flag('--quick');
const SIZE_ONLY = option('--only', '') === 'size';
const CASES = option('--cases', '').split(',').filter(Boolean);
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8'));

const TAGS = ['aict-session', 'aict-concurrent-sessions', 'aict-room-map', 'aict-programme'];
const work = mkdtempSync(join(tmpdir(), 'aict-bench-'));
const log = (...parts) => console.error('[bench]', ...parts);

const median = (values) => {
  const sorted = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// 1. Build, then sizes

if (!flag('--no-build')) {
  log('npm run build …');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    log('npm run build failed; trying the CDN bundle alone (vite build)');
    const vite = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (vite.status !== 0) throw new Error('vite build failed');
  }
}
// `BENCH_DIST=folder` measures another build's files (with `--no-build`): an A/B against main.
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');
const BUNDLE = join(DIST, 'aict-widgets.js');
if (!existsSync(BUNDLE)) throw new Error('dist/aict-widgets.js is missing: run npm run build');

// Others may rebuild dist/ while the bench runs: measure and serve a snapshot of the loader
// and its chunks (`dist/chunks/`).
mkdirSync(join(work, 'dist/chunks'), { recursive: true });
const CHUNKS = existsSync(join(DIST, 'chunks')) ? readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).sort() : [];
for (const name of ['aict-widgets.js', 'aict-widgets.js.map', ...CHUNKS.flatMap((f) => [`chunks/${f}`, `chunks/${f}.map`])]) {
  if (existsSync(join(DIST, name))) copyFileSync(join(DIST, name), join(work, 'dist', name));
}
const SNAPSHOT = join(work, 'dist/aict-widgets.js');
/** Every file the CDN folder serves: the loader and its chunks, by URL path. */
const SHIPPED = ['/dist/aict-widgets.js', ...CHUNKS.map((f) => `/dist/chunks/${f}`)];

function sizeOf(file) {
  const buffer = readFileSync(file);
  return { min: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}

/**
 * Each element alone, as a partner's bundler would ship it: its `define` entry bundled with
 * everything it needs, minified like the CDN bundle. Built into a temporary directory.
 */
async function elementSizes() {
  const { build } = await import('vite');
  const sizes = {};
  const components = join(root, 'src/components');
  for (const name of readdirSync(components).sort()) {
    const entry = join(components, name, 'define.ts');
    if (!existsSync(entry)) continue;
    const outDir = join(work, 'elements', name);
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      publicDir: false,
      plugins: [minifyLitTemplates()],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: { [`aict-${name}`]: entry }, formats: ['es'], fileName: (_f, n) => `${n}.js` },
        rollupOptions: { output: { minify: true } },
      },
    });
    sizes[`aict-${name}`] = sizeOf(join(outDir, `aict-${name}.js`));
  }
  return sizes;
}

log('sizes …');
const bundleSize = sizeOf(SNAPSHOT);
/** gzip -9 (and min, br) of each shipped file, by URL path: what a page transfers is a sum of these. */
const shippedSizes = new Map(SHIPPED.map((path) => [path, sizeOf(join(work, path))]));
const sum = (sizes) => sizes.reduce((t, s) => ({ min: t.min + s.min, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { min: 0, gzip: 0, brotli: 0 });
const allSize = sum([...shippedSizes.values()]);
/** Where the bytes of all the files go, by dependency (each file attributed through its map). */
function breakdownOf(paths) {
  const groups = new Map();
  for (const path of paths) {
    const file = join(work, path);
    if (!existsSync(`${file}.map`)) continue;
    for (const g of attribute(file).groups) {
      const total = groups.get(g.name) ?? { name: g.name, min: 0, gzip: 0, brotli: 0 };
      total.min += g.min;
      total.gzip += g.gzip;
      total.brotli += g.brotli;
      groups.set(g.name, total);
    }
  }
  return { groups: [...groups.values()].sort((a, b) => b.min - a.min) };
}
const breakdown = breakdownOf(SHIPPED);
let perElement = {};
try {
  if (!CASES.length) perElement = await elementSizes();
} catch (error) {
  log('per-element builds failed:', error.message);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pass = (good) => (good ? '✅' : '❌');

/**
 * A budget check: `ceiling`, when set, is what is achieved while a `target` is not met yet
 * (what CI holds meanwhile, so nothing grows unnoticed); the target is shown as not met
 * rather than hidden. `test/size/bundle-size.test.ts` asserts the same limits.
 */
function budgetText(measured, target, ceiling) {
  const met = measured <= target;
  const targetText = `target ${kb(target)}: ${met ? 'met' : `not met (${kb(measured)})`}`;
  if (met || !ceiling) return { limit: target, text: `≤ ${targetText}` };
  return { limit: ceiling, text: `≤ ceiling ${kb(ceiling)}; ${targetText}` };
}

/** The size rows: the loader, all files together, each element bundled alone, and where the bytes go. */
function sizeRows(row) {
  const loader = budgetText(bundleSize.gzip, budgets.loaderGzipBytes);
  row('size', '`dist/aict-widgets.js` (the loader)', `${kb(bundleSize.min)} min · **${kb(bundleSize.gzip)} gzip** · ${kb(bundleSize.brotli)} br`, '', '', loader.text, pass(bundleSize.gzip <= loader.limit));
  const all = budgetText(allSize.gzip, budgets.allChunksGzipBytes, budgets.allChunksGzipCeilingBytes);
  row('size', `all files together (the loader and ${CHUNKS.length} chunks, each gzipped)`, `${kb(allSize.min)} min · **${kb(allSize.gzip)} gzip** · ${kb(allSize.brotli)} br`, '', '', all.text, pass(allSize.gzip <= all.limit));
  for (const [name, s] of Object.entries(perElement)) {
    row('size', `\`<${name}>\` alone, bundled`, `${kb(s.min)} min · ${kb(s.gzip)} gzip · ${kb(s.brotli)} br`, '', `${((s.gzip / allSize.gzip) * 100).toFixed(0)} % of all`);
  }
  for (const g of breakdown?.groups ?? []) {
    row('size: share', g.name, `${kb(g.min)} min · ~${kb(g.gzip)} gzip`, '', `${((g.gzip / allSize.gzip) * 100).toFixed(0)} %`);
  }
}

if (SIZE_ONLY) {
  const rows = [];
  sizeRows((...cells) => rows.push(cells));
  console.log(['| area | what | measured | baseline | ratio | target | ok |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows.map((cells) => `| ${[...cells, '', '', ''].slice(0, 7).join(' | ')} |`)].join('\n'));
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// 2. Feeds (deterministic) and the rendering baseline, built for the pages

const esbuild = await import('esbuild');
await esbuild.build({
  entryPoints: [join(root, 'test/fixtures/generate-feed.ts')],
  outfile: join(work, 'generate-feed.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
});
await esbuild.build({
  entryPoints: [join(import.meta.dirname, 'empty-lit.js')],
  outfile: join(work, 'empty-lit.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  logLevel: 'silent',
});
// The feed rows time `parseFeed` alone: the loader exports nothing, so the parser is built on
// its own, minified as the chunks are.
await esbuild.build({
  entryPoints: [join(root, 'src/feed/parse.ts')],
  outfile: join(work, 'parse-feed.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'silent',
});
const { generateFeed, oneBlockFeed } = await import(join(work, 'generate-feed.mjs'));
const FEEDS = {
  100: { sessions: 100 },
  200: { sessions: 200 },
  2000: { sessions: 2000, rooms: 40 },
  ...(QUICK ? {} : { 20000: { sessions: 20000 } }),
};
const feeds = new Map();
for (const [name, options] of Object.entries(FEEDS)) {
  feeds.set(`/feeds/feed-${name}.json`, JSON.stringify(generateFeed({ ...options, seed: 2022 })));
}
// Issue #4's pathological feed: 10,000 sessions, all in one programme block.
feeds.set('/feeds/feed-10000-one-block.json', JSON.stringify(oneBlockFeed({ sessions: 10000, seed: 2022, lean: true })));
// Issue #17's hostile shapes (what froze or crashed the page before the fix).
for (const [name, feed] of Object.entries(hostileFeeds())) feeds.set(`/feeds/feed-${name}.json`, JSON.stringify(feed));

/**
 * Hostile feeds: one session whose organisers, themes, people and interpretation languages
 * each list 30,000 distinct values (~2 MB; issue #17's shape: a few exist, the rest are
 * unknown), one whose description is 1.2 M characters of unclosed links, handlers and styles,
 * and one room whose polygon has 300,000 points. Each has a second, ordinary session beside it.
 */
function hostileFeeds() {
  const event = { id: 'hostile', title: 'Hostile', timeZone: 'Europe/Paris', startDate: '2022-06-20', endDate: '2022-06-21', defaultLanguage: 'fr' };
  const session = (id, extra = {}) => ({ id, title: `Session ${id}`, start: '2022-06-20T09:30', end: '2022-06-20T10:30', ...extra });
  const n = 30_000;
  const ids = Array.from({ length: n }, (_, i) => `x${i}`);
  const known = ids.slice(0, 20);
  const lists = {
    format: 'aict-programme/1',
    event,
    organizations: known.map((id) => ({ id, name: id })),
    themes: known.map((id) => ({ id, name: id })),
    people: known.map((id) => ({ id, name: id })),
    sessions: [
      session('session-1', { organizers: ids, themes: ids, participants: ids.map((person) => ({ person })), interpretation: ids.map((id) => `x-${id}`) }),
      session('session-2'),
    ],
  };
  const unit = '<a href="https://example.org/">lien <b style="color:red" onclick>x <img src=x onerror><style>p{}';
  const description = {
    format: 'aict-programme/1',
    event,
    sessions: [session('session-1', { description: unit.repeat(Math.ceil(1_200_000 / unit.length)) }), session('session-2')],
  };
  const points = Array.from({ length: 300_000 }, (_, i) => [i % 1000, Math.floor(i / 300)]);
  const polygon = {
    format: 'aict-programme/1',
    event,
    floors: [{ id: 'f', name: 'Floor', width: 1000, height: 1000 }],
    rooms: [
      { id: 'big', name: 'Polygon room', floor: 'f', shape: { points } },
      { id: 'r2', name: 'Room 2', floor: 'f', shape: { x: 10, y: 10, width: 100, height: 80 } },
    ],
    sessions: [session('session-1', { room: 'big' }), session('session-2', { room: 'r2' })],
  };
  return { 'hostile-lists': lists, 'hostile-description': description, 'hostile-polygon': polygon };
}
// The page-weight rows use the seed (a real programme: rooms, a floor plan, descriptions).
feeds.set('/feeds/forum-aict-2022.json', readFileSync(join(root, 'demo/forum-aict-2022.json'), 'utf8'));
log('feeds:', [...feeds].map(([url, text]) => `${url} ${(text.length / 1024).toFixed(0)} KB`).join(', '));

// ---------------------------------------------------------------------------------------------
// 3. A small static server on 127.0.0.1, ephemeral port

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json' };
const requests = new Map();
/** Paths of the shipped files served, in order (the page-weight rows read and reset it). */
let served = [];
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  requests.set(url.pathname, (requests.get(url.pathname) ?? 0) + 1);
  let body;
  if (feeds.has(url.pathname)) body = feeds.get(url.pathname);
  else if (url.pathname.startsWith('/bench-build/')) body = readMaybe(join(work, url.pathname.slice('/bench-build/'.length)));
  else if (url.pathname === '/dist/aict-widgets.js' || /^\/dist\/chunks\/[\w.-]+\.js$/.test(url.pathname)) {
    body = readMaybe(join(work, url.pathname));
    if (body !== undefined) served.push(url.pathname);
  }
  else if (/^\/bench\/[\w.-]+$/.test(url.pathname)) body = readMaybe(join(root, url.pathname));
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  // `?delay=ms` holds the answer back, as a real network does (the page may work meanwhile).
  const delay = Math.min(5000, Number(url.searchParams.get('delay')) || 0);
  // `?mbps=n` then sends the body at n megabits per second, 64 KB at a time, as a real
  // connection does (the page may parse what has arrived meanwhile).
  const mbps = Number(url.searchParams.get('mbps')) || 0;
  const send = mbps ? () => trickle(res, Buffer.from(body), mbps) : () => res.end(body);
  if (delay) setTimeout(send, delay);
  else send();
});
function trickle(res, bytes, mbps) {
  const piece = 64 * 1024;
  const everyMs = (piece * 8) / (mbps * 1000);
  let at = 0;
  const next = () => {
    // A page closed by a timed-out run is not written to any more.
    if (res.destroyed) return;
    res.write(bytes.subarray(at, at + piece));
    at += piece;
    if (at < bytes.length) setTimeout(next, everyMs);
    else res.end();
  };
  next();
}
function readMaybe(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// 4. Chromium

const puppeteer = (await import('puppeteer-core')).default;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  protocolTimeout: 120_000,
  env: { ...process.env, TZ: 'Europe/Paris', LANG: 'fr_FR.UTF-8' },
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  // Puppeteer's network monitoring (DevTools' Network domain) keeps a decoded copy of every
  // response body: for a 3 MB feed, a ~100–180 ms task on the page when the body ends, which
  // no visitor pays. Requests are counted by the server instead.
  networkEnabled: false,
});

/** One cold run: a fresh page, the harness, one call. */
async function once(fn, params = {}) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/bench/page.html`);
    const run = page.evaluate(async (name, p) => (await import('/bench/harness.js'))[name](p), fn, params);
    // An element that never fires aict-load/aict-error must not hang the whole bench.
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${fn} timed out after 60 s`)), 60_000);
    });
    try {
      return await Promise.race([run, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await page.close();
  }
}

/** Medians of every numeric field over RUNS cold runs. */
async function measure(fn, params) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(fn, params));
  const out = { runs: runs.length };
  for (const key of Object.keys(runs[0])) {
    if (typeof runs[0][key] === 'number') out[key] = median(runs.map((r) => r[key]));
    else out[key] = runs[0][key];
  }
  return out;
}

const results = { date: new Date().toISOString(), runs: RUNS, chromium: await browser.version(), node: process.version };
try {
  const defined = await once('defined', { tags: TAGS });
  results.defined = defined;
  log('defined:', JSON.stringify(defined));

  // Page weights --------------------------------------------------------------------------------
  log('page weights …');
  results.pages = {};
  for (const [name, page] of Object.entries(budgets.pages)) {
    const m = await measure('pageWeight', { markup: page.markup.replaceAll('{feed}', '/feeds/forum-aict-2022.json') });
    const scripts = [...new Set(m.scripts)];
    const unknown = scripts.filter((path) => !shippedSizes.has(path));
    if (unknown.length) throw new Error(`the ${name} page loaded files the snapshot does not have: ${unknown.join(', ')}`);
    const size = sum(scripts.map((path) => shippedSizes.get(path)));
    results.pages[name] = { ...m, scripts, size };
    if (m.errors?.length) log(`  ${name}: errors`, m.errors);
    log(`  ${name}: ${scripts.length} files, ${size.gzip} bytes gzip, aict-load ${m.load.toFixed(1)} ms`);
  }

  // Feed --------------------------------------------------------------------------------------
  log('feed parsing …');
  results.feed = {};
  for (const size of Object.keys(FEEDS).filter((s) => s !== '200' && !CASES.length)) {
    const feedUrl = `/feeds/feed-${size}.json`;
    const baseline = await measure('jsonParse', { feedUrl });
    const parsed = await measure('parseFeed', { feedUrl });
    results.feed[size] = { baseline, parsed };
    log(`  ${size}: JSON.parse ${baseline.time.toFixed(1)} ms, parseFeed ${parsed.parse.toFixed(1)} ms`);
  }

  // Render ------------------------------------------------------------------------------------
  log('rendering …');
  const emptyLit = await measure('emptyLit', {});
  results.emptyLit = emptyLit;
  const jsonBaselines = {};
  // The hostile feeds' own JSON.parse: the one task no parser after it can slice.
  const hostile = [...feeds.keys()].map((url) => /feed-(hostile-[\w-]+)\.json$/.exec(url)?.[1]).filter(Boolean);
  for (const size of ['200', '2000', ...(QUICK ? [] : ['20000']), ...hostile]) {
    jsonBaselines[size] = results.feed[size]?.baseline ?? (await measure('jsonParse', { feedUrl: `/feeds/feed-${size}.json` }));
  }
  results.jsonBaselines = jsonBaselines;
  const cards = Array.from({ length: 50 }, (_, i) => `<aict-session src="#feed" session-id="session-${i + 1}"></aict-session>`).join('');
  const cases = [
    { name: 'card', tag: 'aict-session', feed: '200', markup: '<aict-session src="#feed" session-id="session-1"></aict-session>' },
    { name: 'card', tag: 'aict-session', feed: '2000', markup: '<aict-session src="#feed" session-id="session-1"></aict-session>' },
    { name: 'card, feed URL (150 ms away)', tag: 'aict-session', feed: '200', fromUrl: true, markup: '<aict-session src="/feeds/feed-200.json?delay=150" session-id="session-1"></aict-session>' },
    { name: 'card, 10,000 sessions in one block', tag: 'aict-session', feed: '10000-one-block', markup: '<aict-session src="#feed" session-id="session-1"></aict-session>' },
    { name: 'full card, 10,000 sessions in one block', tag: 'aict-session', feed: '10000-one-block', markup: '<aict-session src="#feed" session-id="session-1" variant="full"></aict-session>' },
    { name: 'concurrent list, 10,000 sessions in one block', tag: 'aict-concurrent-sessions', feed: '10000-one-block', markup: '<aict-concurrent-sessions src="#feed" session-id="session-1"></aict-concurrent-sessions>' },
    { name: 'room map, 10,000 sessions in one block', tag: 'aict-room-map', feed: '10000-one-block', markup: '<aict-room-map src="#feed" session-id="session-1"></aict-room-map>' },
    { name: 'programme, one session listing 30,000 distinct organisers, themes, people and languages (2 MB)', tag: 'aict-programme', feed: 'hostile-lists', markup: '<aict-programme src="#feed" day="2022-06-20"></aict-programme>' },
    { name: 'full card, 30,000 of each list', tag: 'aict-session', feed: 'hostile-lists', markup: '<aict-session src="#feed" session-id="session-1" variant="full"></aict-session>' },
    { name: 'full card, 1.2 M-character hostile description; then “Add to my calendar” clicked', tag: 'aict-session', feed: 'hostile-description', click: '[part~="calendar"]', markup: '<aict-session src="#feed" session-id="session-1" variant="full" no-map></aict-session>' },
    { name: 'room map, a 300,000-point room polygon', tag: 'aict-room-map', feed: 'hostile-polygon', markup: '<aict-room-map src="#feed" session-id="session-1"></aict-room-map>' },
    { name: '50 cards', tag: 'aict-session', feed: '200', markup: cards },
    { name: 'concurrent list', tag: 'aict-concurrent-sessions', feed: '200', markup: '<aict-concurrent-sessions src="#feed" session-id="session-5"></aict-concurrent-sessions>' },
    { name: 'room map', tag: 'aict-room-map', feed: '200', markup: '<aict-room-map src="#feed" session-id="session-5"></aict-room-map>' },
    { name: 'programme, first day', tag: 'aict-programme', feed: '200', stable: true, markup: '<aict-programme src="#feed" day="2022-06-20"></aict-programme>' },
    { name: 'programme, first day', tag: 'aict-programme', feed: '2000', stable: true, type: 'c', markup: '<aict-programme src="#feed" day="2022-06-20"></aict-programme>' },
    { name: 'programme, feed URL (150 ms away)', tag: 'aict-programme', feed: '200', fromUrl: true, markup: '<aict-programme src="/feeds/feed-200.json?delay=150" day="2022-06-20"></aict-programme>' },
    { name: 'programme, feed URL (150 ms away)', tag: 'aict-programme', feed: '2000', fromUrl: true, markup: '<aict-programme src="/feeds/feed-2000.json?delay=150" day="2022-06-20"></aict-programme>' },
    { name: 'programme, feed URL (150 ms away, 20 Mbit/s)', tag: 'aict-programme', feed: '2000', fromUrl: true, markup: '<aict-programme src="/feeds/feed-2000.json?delay=150&mbps=20" day="2022-06-20"></aict-programme>' },
  ].filter((c) => !CASES.length || CASES.some((word) => `${c.name}, ${c.feed}`.includes(word)));
  results.render = [];
  for (const c of cases) {
    if (!defined[c.tag]) {
      results.render.push({ ...c, markup: undefined, status: 'n/a (not built)' });
      continue;
    }
    try {
      const m = await measure(c.fromUrl ? 'renderFromUrl' : 'render', { feedUrl: `/feeds/feed-${c.feed}.json`, markup: c.markup, stable: c.stable, type: c.type, click: c.click });
      if (m.errors?.length) log(`  ${c.name} (${c.feed}): errors`, m.errors.slice(0, 3));
      results.render.push({ ...c, markup: undefined, status: m.errors?.length ? 'error' : 'ok', ...m });
      log(`  ${c.name} (${c.feed}): ${m.load.toFixed(1)} ms`);
    } catch (error) {
      results.render.push({ ...c, markup: undefined, status: `failed: ${error.message.split('\n')[0]}` });
    }
  }

  // Network -----------------------------------------------------------------------------------
  log('network …');
  if (!defined['aict-session']) throw new Error('<aict-session> is not defined by dist/aict-widgets.js');
  const feedUrl = '/feeds/feed-200.json';
  const markup = Array.from({ length: 50 }, (_, i) => `<aict-session src="${feedUrl}" session-id="session-${i + 1}"></aict-session>`).join('');
  // The server's count: every request that reached it (the feed is served with no-store).
  requests.delete(feedUrl);
  const net = await once('network', { markup });
  results.network = { ...net, requests: requests.get(feedUrl) ?? 0 };
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 5. One table

results.size = { loader: bundleSize, all: allSize, files: Object.fromEntries(shippedSizes), perElement, breakdown };
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const rows = [];
const row = (area, item, value, baseline, vs, target = '', ok = '') => rows.push([area, item, value, baseline, vs, target, ok]);

sizeRows(row);
for (const [name, page] of Object.entries(budgets.pages)) {
  const r = results.pages[name];
  const budget = budgetText(r.size.gzip, page.gzipBytes, page.ceilingGzipBytes);
  const files = r.scripts.map((path) => path.replace(/^\/dist\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$/, '')).join(', ');
  row('page', `${page.what}: all JavaScript transferred`, `**${kb(r.size.gzip)} gzip** (${kb(r.size.min)} min) in ${r.scripts.length} files: ${files}; script start to aict-load ${ms(r.load)}${r.errors?.length ? ` (errors: ${r.errors.join('; ')})` : ''}`, '', '', budget.text, pass(r.size.gzip <= budget.limit && !r.errors?.length));
}
for (const [size, { baseline, parsed }] of Object.entries(results.feed)) {
  row('feed', `parse + validate + index, ${Number(size).toLocaleString('en')} sessions`, ms(parsed.parse), `JSON.parse ${ms(baseline.time)}`, ratio(parsed.parse, baseline.time));
  row('feed', `heap kept, ${Number(size).toLocaleString('en')} sessions`, kb(parsed.heap), `JSON.parse result ${kb(baseline.heap)}`, ratio(parsed.heap, baseline.heap));
}
row('render', 'empty Lit element (baseline)', ms(results.emptyLit.load), '', '', '', '');
for (const r of results.render) {
  const pathological = r.feed === '10000-one-block' || r.feed.startsWith('hostile-');
  const label = pathological ? r.name : `${r.name}, ${Number(r.feed).toLocaleString('en')} sessions`;
  if (r.status !== 'ok') {
    row('render', label, r.status, '', '');
    continue;
  }
  const base = results.jsonBaselines[r.feed]?.time;
  let target = '';
  let ok = '';
  if (pathological) {
    target = `task ≤ ${budgets.pathologicalLongestTaskMs} ms`;
    ok = pass(r.longestTask <= budgets.pathologicalLongestTaskMs);
    if (r.clickHandler !== undefined) {
      target += `, click ≤ ${budgets.pathologicalLongestTaskMs} ms`;
      ok = pass(r.longestTask <= budgets.pathologicalLongestTaskMs && r.clickHandler <= budgets.pathologicalLongestTaskMs && r.clickLongestTask <= budgets.pathologicalLongestTaskMs);
    }
  } else if (r.name.startsWith('card')) {
    target = `≤ ${budgets.cardVsJsonParse}× JSON.parse`;
    ok = pass(r.load <= budgets.cardVsJsonParse * base);
  }
  if (r.name.startsWith('programme') && !pathological) {
    const [loadMs, taskMs] = r.feed === '2000'
      ? [budgets.programme2000LoadMs, budgets.programme2000LongestTaskMs]
      : [budgets.programme200LoadMs, budgets.programme200LongestTaskMs];
    target = `≤ ${loadMs} ms, task ≤ ${taskMs} ms`;
    ok = pass(r.load <= loadMs && r.longestTask <= taskMs);
  }
  const waiting = r.longestTaskWaiting !== undefined ? ` (while the feed was on its way: ${r.longestTaskWaiting > 0 ? `longest task ${ms(r.longestTaskWaiting)}` : 'none ≥ 50 ms'})` : '';
  const task = `${r.longestTask > 0 ? `longest task ${ms(r.longestTask)}` : 'no task ≥ 50 ms'}${waiting}`;
  const clicked = r.clickHandler !== undefined ? `; click handler ${ms(r.clickHandler)}, ${r.clickLongestTask > 0 ? `longest task ${ms(r.clickLongestTask)}` : 'no task ≥ 50 ms'}` : '';
  const stable = `${r.stable !== undefined ? `, DOM stable ${ms(r.stable)}` : ''}${clicked}`;
  row('render', label, `${ms(r.load)} to aict-load${stable}; ${task}`, `JSON.parse ${ms(base)} · Lit ${ms(results.emptyLit.load)}`, `${ratio(r.load, base)} · ${ratio(r.load, results.emptyLit.load)}`, target, ok);
  if (r.typeAnswer !== undefined) {
    // Searching and filtering must answer while typing: no task over the programme's task budget.
    const taskMs = r.feed === '2000' ? budgets.programme2000LongestTaskMs : budgets.programme200LongestTaskMs;
    const longest = (x) => (x > 0 ? `longest task ${ms(x)}` : 'no task ≥ 50 ms');
    const filtered = r.filterAnswer !== undefined ? `; then a theme ticked: answer ${ms(r.filterAnswer)}, stable ${ms(r.filterStable)}, ${longest(r.filterLongestTask)}` : '; no theme to tick';
    row(
      'render',
      `${label}: typing “${r.type}” in the search box, then a filter`,
      `answer ${ms(r.typeAnswer)}, stable ${ms(r.typeStable)}, ${longest(r.typeLongestTask)}${filtered}`,
      '',
      '',
      `task ≤ ${taskMs} ms`,
      pass(r.typeLongestTask <= taskMs && (r.filterLongestTask ?? 0) <= taskMs && r.filterAnswer !== undefined),
    );
  }
}
row('network', '50 `<aict-session>` on one feed URL', `${results.network.requests} request(s)`, '', '', `= ${budgets.requestsPerFeed}`, pass(results.network.requests === budgets.requestsPerFeed));

const header = ['area', 'what', 'measured (median of ' + RUNS + ')', 'baseline, same run', 'ratio', 'target', 'ok'];
const table = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((cells) => `| ${cells.join(' | ')} |`),
].join('\n');
results.table = table;
writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(table);
