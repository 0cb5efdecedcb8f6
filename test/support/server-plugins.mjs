/**
 * Test-server routes that play the feed server for the browser tests: real HTTP responses,
 * including the faulty ones (HTTP errors, HTML served as JSON, a server that hangs).
 *
 *   /feeds/<name>.json            a fixture from test/fixtures/ (or demo/ for the demo feed)
 *   /feeds/<name>.json?status=503 that status, with a short body
 *   /feeds/html.json              an HTML page with a JSON content type
 *   /feeds/hang.json              never answers (the loader's timeout must end it)
 *   /feeds/count?key=K            how many times /feeds/...&key=K was requested (JSON)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const hits = new Map();

export function testServerPlugins() {
  return [
    {
      name: 'aict-feed-routes',
      async serve(context) {
        const url = new URL(context.request.url, 'http://localhost');
        if (!url.pathname.startsWith('/feeds/')) return undefined;
        const key = url.searchParams.get('key');
        if (url.pathname === '/feeds/count') {
          return { body: JSON.stringify({ count: hits.get(key) ?? 0 }), type: 'application/json' };
        }
        if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 30000)));
        const status = Number(url.searchParams.get('status') ?? 200);
        if (status !== 200) {
          context.status = status;
          return { body: `Error ${status}`, type: 'text/plain' };
        }
        const name = url.pathname.slice('/feeds/'.length);
        if (name === 'hang.json') {
          await new Promise((r) => setTimeout(r, 60000));
          return { body: '{}', type: 'application/json' };
        }
        if (name === 'html.json') {
          return { body: '<!doctype html><html><body><h1>Not Found</h1></body></html>', type: 'application/json' };
        }
        if (!/^[\w.-]+\.json$/.test(name)) return undefined;
        const candidates = [path.join(root, 'test/fixtures', name), path.join(root, 'demo', name)];
        for (const file of candidates) {
          try {
            const body = await readFile(file, 'utf8');
            context.set('Cache-Control', 'no-store');
            return { body, type: 'application/json' };
          } catch {
            // try the next place
          }
        }
        return undefined;
      },
    },
  ];
}
