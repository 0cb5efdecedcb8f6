/**
 * Test-server routes for the hardening tests (issue #4): faulty feed hosts and a strict-CSP
 * page. Mounted from `feedRoutes()` in server-plugins.mjs.
 *
 *   /faults/flaky?key=K&fail=N[&status=503][&retry-after=S][&mode=drop]
 *        the first N requests with key K fail (that status, with Retry-After: S; or, with
 *        mode=drop, a connection closed without an answer), later ones get mini.json
 *   /faults/count?key=K              how many requests /faults/… got with key K (JSON)
 *   /faults/huge?mb=20[&length=0]  a JSON body of that size (with Content-Length unless length=0)
 *
 * The fault routes have no file extension on purpose: the test runner gives every path with
 * one a year of `Cache-Control`, and the browser would answer a retry from its cache.
 *
 *   /csp/page.html?entry=source|bundle[&copies=a,b][&copyN=FOLDER][&src=FEED][&parser=dom-parser][&tt=NAMES]
 *        a page sent with a strict Content-Security-Policy HTTP header that loads the elements
 *        (the dev server's transformed sources, or the built loader: one copy per value of
 *        `copies`, each from a folder of its own, the value being its version, empty for the
 *        current one; `copyN` names the N-th copy's folder, e.g. `fail=fr`) and a probe that
 *        records CSP violations, errors, console warnings and aict-load / aict-error events
 *   /csp/bundle/<copy>/<version>/aict-widgets.js and …/chunks/<chunk>.js
 *        the production build (loader and chunks), built once per test run into a cache
 *        folder, published in a folder per copy; `<version>` other than `-` replaces the
 *        version string in every file (an older copy); a `<copy>` of the form `fail=a+b`
 *        answers 503 for the chunks whose names start with `a` or `b` (a visitor offline, a
 *        folder published incompletely); `slow=a+b[@label]` answers those after a second (a slow network)
 *   /csp/embed.html?origins=O&…  demo/embed.html with `data-aict-feed-origins="O"` on its
 *        <html> (the rest of the query string goes to the page, as for the real one)
 */
import { readFile, mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const hits = new Map();

/** The policy a careful partner site sends; the README tells webmasters the same lines. */
export function strictPolicy(trustedTypes = "lit-html aict-widgets 'allow-duplicates'") {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

export async function hardeningRoutes(context, next, url) {
  if (url.pathname.startsWith('/faults/')) return faults(context, next, url);
  if (url.pathname.startsWith('/csp/')) return csp(context, next, url);
  return next();
}

async function faults(context, next, url) {
  const key = url.searchParams.get('key') ?? '';
  if (url.pathname === '/faults/count') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: hits.get(key) ?? 0 });
    return;
  }
  const count = (hits.get(key) ?? 0) + 1;
  hits.set(key, count);
  context.set('Cache-Control', 'no-store');
  if (url.pathname === '/faults/flaky') {
    const fail = Number(url.searchParams.get('fail') ?? 0);
    if (count <= fail) {
      if (url.searchParams.get('mode') === 'drop') {
        context.req.socket.destroy();
        context.respond = false;
        return;
      }
      context.status = Number(url.searchParams.get('status') ?? 503);
      const retryAfter = url.searchParams.get('retry-after');
      if (retryAfter !== null) context.set('Retry-After', retryAfter);
      context.type = 'text/plain';
      context.body = `Error ${context.status}`;
      return;
    }
    context.type = 'application/json';
    context.body = await readFile(path.join(root, 'test/fixtures/mini.json'), 'utf8');
    return;
  }
  if (url.pathname === '/faults/huge') {
    const bytes = Math.min(Number(url.searchParams.get('mb') ?? 20), 64) * 1024 * 1024;
    const head = '{"format":"aict-programme/1","padding":"';
    const tail = '"}';
    const chunk = 'x'.repeat(64 * 1024);
    context.type = 'application/json';
    if (url.searchParams.get('length') === '0') {
      context.body = Readable.from(
        (function* () {
          yield head;
          for (let sent = head.length; sent < bytes; sent += chunk.length) yield chunk;
          yield tail;
        })(),
      );
    } else {
      context.body = Buffer.from(head + 'x'.repeat(bytes) + tail);
    }
    return;
  }
  return next();
}

let bundle;

/** Builds the production loader and chunks once per server, into a cache directory (never over dist/). */
function buildBundle() {
  bundle ??= (async () => {
    const outDir = path.join(root, 'node_modules/.cache/aict-csp-bundle');
    await mkdir(outDir, { recursive: true });
    const { build } = await import('vite');
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    return outDir;
  })();
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

async function csp(context, next, url) {
  context.set('Cache-Control', 'no-store');
  const file = /^\/csp\/bundle\/([^/]+)\/([^/]+)\/(aict-widgets\.js|chunks\/[\w.-]+\.js)$/.exec(url.pathname);
  if (file) {
    const [, copy, version, name] = file.map(decodeURIComponent);
    // `fail=a+b` / `slow=a+b@label`: whether this chunk is one of those named (the label only
    // gives a test URLs of its own: nothing from the browser's cache).
    const named = (key) =>
      copy.startsWith(`${key}=`) &&
      copy.slice(key.length + 1).split('@')[0].split('+').some((prefix) => prefix && name.startsWith(`chunks/${prefix}`));
    if (named('slow')) await new Promise((resolve) => setTimeout(resolve, 1000));
    if (named('fail')) {
      context.status = 503;
      context.type = 'text/plain';
      context.body = 'Service Unavailable';
      return;
    }
    const outDir = await buildBundle();
    let code;
    try {
      code = await readFile(path.join(outDir, name), 'utf8');
    } catch {
      return next();
    }
    if (version !== '-') {
      // The minifier may quote the version string with backticks or double quotes.
      const current = await packageVersion();
      for (const q of ['"', '`', "'"]) code = code.replaceAll(q + current + q, q + version + q);
    }
    context.type = 'text/javascript';
    context.body = code;
    return;
  }
  if (url.pathname === '/csp/embed.html') {
    const origins = (url.searchParams.get('origins') ?? '').replace(/[^\w:/. -]/g, '');
    let page = await readFile(path.join(root, 'demo/embed.html'), 'utf8');
    page = page
      .replace('<html lang="fr">', `<html lang="fr" data-aict-feed-origins="${origins}">`)
      .replace('src="./embed.ts"', 'src="/demo/embed.ts"');
    context.type = 'text/html';
    context.body = page;
    return;
  }
  if (url.pathname === '/csp/page.html') {
    const entry = url.searchParams.get('entry') ?? 'source';
    const feed = url.searchParams.get('src') ?? '/feeds/mini.json';
    const scripts =
      entry === 'bundle'
        ? (url.searchParams.get('copies') ?? '').split(',').map((v, i) => `/csp/bundle/${url.searchParams.get(`copy${i}`) ?? `copy${i}`}/${encodeURIComponent(v || '-')}/aict-widgets.js`)
        : ['/src/define.ts'];
    const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    context.set('Content-Security-Policy', strictPolicy(url.searchParams.get('tt') ?? undefined));
    context.type = 'text/html';
    context.body = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>aict-widgets on a strict-CSP page</title>
<script src="/test/security/csp-probe.js" data-parser="${attr(url.searchParams.get('parser') ?? 'auto')}"></script>
${scripts.map((s) => `<script type="module" src="${attr(s)}"></script>`).join('\n')}
</head>
<body>
<aict-session src="${attr(feed)}" session-id="s1" variant="full"><a href="/s1">Ouverture</a></aict-session>
<aict-session src="${attr(feed)}" session-id="s2" lang="en"><a href="/s2">Atelier</a></aict-session>
<aict-session src="${attr(feed)}" session-id="no-such-session"><a href="/x">Fallback</a></aict-session>
</body>
</html>`;
    return;
  }
  return next();
}

async function packageVersion() {
  return JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version;
}
