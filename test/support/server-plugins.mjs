/**
 * Test-server routes that play the feed server for the browser tests: real HTTP responses,
 * including the faulty ones (HTTP errors, HTML served as JSON, a server that hangs).
 *
 *   /feeds/<name>.json            a fixture from test/fixtures/ (or demo/ for the demo feed)
 *   /feeds/<name>.json?status=503 that status, with a short body
 *   /feeds/html.json              an HTML page with a JSON content type
 *   /feeds/hang.json              never answers (the loader's timeout must end it)
 *   /feeds/long-accents.json      a ~1.2 MB feed whose titles are all multi-byte characters (see below)
 *   /feeds/count?key=K            how many times /feeds/...&key=K was requested (JSON)
 *   /faults/…, /csp/…             faulty hosts and a strict-CSP page: see hardening-routes.mjs
 *   /hostile/<name>.html          a hostile host page (test/hostile/pages.mjs)
 *   /raw/<path>                   a file of the project (dist/, schema/, package.json) exactly as
 *                                 written, without the dev server's transforms (import rewriting)
 *   /cdn/<path>                   the same, with `Access-Control-Allow-Origin: *`, as a CDN serves
 *                                 the loader and its chunks to pages of other origins
 *   /interop/<name>.json          a shared frab/pretalx file (../shared/interop/frab/), read-only
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hardeningRoutes } from './hardening-routes.mjs';
import { hostilePage } from '../hostile/pages.mjs';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const hits = new Map();

/** Koa middleware for the dev server (plugins' `serve` cannot set an error status). */
export function feedRoutes() {
  return async function aictFeedRoutes(context, next) {
    const url = new URL(context.request.url, 'http://localhost');
    if (/^\/(faults|csp)\//.test(url.pathname)) return hardeningRoutes(context, next, url);
    if (url.pathname.startsWith('/interop/')) return sendInterop(context, url.pathname.slice('/interop/'.length), next);
    const hostile = /^\/hostile\/([\w-]+)\.html$/.exec(url.pathname);
    if (hostile) {
      const page = hostilePage(hostile[1]);
      if (!page) return next();
      context.type = 'text/html';
      context.body = page;
      return;
    }
    if (url.pathname.startsWith('/raw/')) return sendRaw(context, url.pathname.slice('/raw/'.length), next);
    if (url.pathname.startsWith('/cdn/')) {
      context.set('Access-Control-Allow-Origin', '*');
      return sendRaw(context, url.pathname.slice('/cdn/'.length), next);
    }
    if (!url.pathname.startsWith('/feeds/')) return next();
    keepUncached(context);
    const send = (body, type) => {
      context.type = type;
      context.body = body;
    };
    const key = url.searchParams.get('key');
    if (url.pathname === '/feeds/count') {
      return send(JSON.stringify({ count: hits.get(key) ?? 0 }), 'application/json');
    }
    if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 30000)));
    const status = Number(url.searchParams.get('status') ?? 200);
    if (status !== 200) {
      context.status = status;
      return send(`Error ${status}`, 'text/plain');
    }
    const name = url.pathname.slice('/feeds/'.length);
    if (name === 'hang.json') {
      await new Promise((r) => setTimeout(r, 60000));
      return send('{}', 'application/json');
    }
    if (name === 'long-accents.json') return send(longAccentsFeed(), 'application/json');
    if (name === 'html.json') {
      return send('<!doctype html><html><body><h1>Not Found</h1></body></html>', 'application/json');
    }
    if (!/^[\w.-]+\.json$/.test(name)) return next();
    const candidates = [path.join(root, 'test/fixtures', name), path.join(root, 'demo', name)];
    for (const file of candidates) {
      try {
        const body = await readFile(file, 'utf8');
        context.set('Cache-Control', 'no-store');
        return send(body, 'application/json');
      } catch {
        // try the next place
      }
    }
    return next();
  };
}

/** The shared interchange files live beside the project (in CI too): `../shared/interop/frab/`. */
const interopDir = path.resolve(root, '../shared/interop/frab');

async function sendInterop(context, name, next) {
  if (!/^[\w-]+\.json$/.test(name)) return next();
  try {
    const body = await readFile(path.join(interopDir, name), 'utf8');
    context.type = 'application/json';
    context.body = body;
  } catch {
    context.status = 404;
    context.body = 'Not found';
  }
}

const RAW_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.ts': 'text/plain', '.html': 'text/html', '.map': 'application/json' };

/** Serves a built file untouched, so tests can check what a CDN or a bundler would receive. */
async function sendRaw(context, relative, next) {
  const file = path.resolve(root, decodeURIComponent(relative));
  const allowed = ['dist', 'schema'].some((dir) => file.startsWith(path.join(root, dir) + path.sep))
    || file === path.join(root, 'package.json');
  if (!allowed) return next();
  try {
    const body = await readFile(file, 'utf8');
    context.set('Cache-Control', 'no-store');
    context.type = RAW_TYPES[path.extname(file)] ?? 'text/plain';
    context.body = body;
  } catch {
    context.status = 404;
    context.body = 'Not found';
  }
}

/**
 * Feed responses must reach the test server every time: the request-count tests ("one fetch
 * per page") would otherwise pass on a browser-cache hit. wtr's cacheMiddleware wraps ours and
 * marks every path with a file extension `max-age=31536000` on the way out, so for these
 * routes its `cache-control` is ignored and `no-store` is sent instead.
 */
function keepUncached(context) {
  const response = context.response;
  const set = response.set.bind(response);
  response.set = (field, value) => {
    if (typeof field === 'string' && field.toLowerCase() === 'cache-control') return;
    set(field, value);
  };
  set('Cache-Control', 'no-store');
}

/**
 * A feed of ~1.2 MB in which every title is 3-byte UTF-8 characters (’ and «»), so that any
 * place where the body is cut (network chunks, the loader's decoding slices) almost surely
 * falls inside a character. Session i's title is `${i} ` followed by "’«»" repeated 100 times.
 */
function longAccentsFeed() {
  const sessions = Array.from({ length: 1500 }, (_, i) => ({
    id: `s${i}`,
    title: `${i} ${'’«»'.repeat(100)}`,
    start: '2022-06-20T09:00',
    end: '2022-06-20T10:00',
  }));
  return JSON.stringify({ format: 'aict-programme/1', event: { timeZone: 'Europe/Paris' }, sessions });
}
