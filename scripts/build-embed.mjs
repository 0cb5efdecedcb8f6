#!/usr/bin/env node
/**
 * Writes `dist/embed.html` + `dist/embed.js`, the iframe page, from `demo/embed.html` and
 * `demo/embed.ts`. The built page loads the same `aict-widgets.js` bundle as every other
 * embed (no second copy of the elements), and carries a strict Content Security Policy:
 * no inline script or style, Trusted Types enforced (Lit's and the sanitizer's policies),
 * feeds fetched only from the page's own origin and those listed in `AICT_FEED_ORIGINS`
 * (space-separated origins, e.g. `AICT_FEED_ORIGINS="https://feeds.example" npm run build`),
 * which also go into `<html data-aict-feed-origins>` where `embed.js` checks `src`.
 * Run after `vite build` (which writes `dist/aict-widgets.js`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: { entry: { embed: path.join(root, 'demo/embed.ts') }, formats: ['es'], fileName: () => 'embed.js' },
    // Library mode keeps white space unless the output itself is asked to minify.
    rollupOptions: { output: { minify: true } },
  },
});

/** Extra feed origins, checked: an entry that is not an http(s) origin stops the build. */
const FEED_ORIGINS = (process.env.AICT_FEED_ORIGINS ?? '').split(/\s+/).filter(Boolean).map((entry) => {
  const url = new URL(entry);
  if (!/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
    throw new Error(`AICT_FEED_ORIGINS: "${entry}" is not an http(s) origin such as https://feeds.example`);
  }
  return url.origin;
});

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `connect-src ${["'self'", ...FEED_ORIGINS].join(' ')}`,
  'img-src http: https: data:',
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html aict-widgets',
].join('; ');

let page = await readFile(path.join(root, 'demo/embed.html'), 'utf8');
const replace = (from, to) => {
  if (!page.includes(from)) throw new Error(`demo/embed.html no longer contains ${from}`);
  page = page.replace(from, to);
};
replace('src="/src/define.ts"', 'src="./aict-widgets.js"');
replace('src="./embed.ts"', 'src="./embed.js"');
replace('<html lang="fr">', `<html lang="fr" data-aict-feed-origins="${FEED_ORIGINS.join(' ')}">`);
replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
await writeFile(path.join(dist, 'embed.html'), page);
console.log('wrote dist/embed.html, dist/embed.js');
