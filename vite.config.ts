import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { firstScreenChunks, minifyLitTemplates } from './scripts/bundle-plugins.mjs';

const root = import.meta.dirname;

/**
 * Modules every element needs: Lit and the runtime dependencies, the feed's loader and parser,
 * the base element and its helpers, and the session parts (all elements but the room map). Not here: what only some parts use (the sanitizer, the
 * calendar writer, JSON-LD, the French catalogue, the programme's own modules, `feed/query`).
 */
const SHARED = new RegExp(
  [
    // Lit's directives are left to the parts that use them (the programme's `guard`, the grid's `ref`).
    String.raw`node_modules/(lit|lit-html|lit-element|@lit/reactive-element|@lit/localize|date-fns|@date-fns/tz)/(?!(directives/|async-directive|directive))`,
    String.raw`src/core/(url|lazy|time|next-task|warm-up-dates|color)\.ts$`,
    String.raw`src/feed/(?!query|days)[\w/-]+\.ts$`,
    String.raw`src/i18n/(localization|format|text|warm-up|generated/locale-codes)\.ts$`,
    String.raw`src/shared/(aict-element|styles|events|heading|labels|icons|language-watch|define-element|css-props|trusted-types)\.ts$`,
    String.raw`src/calendar/file-name\.ts$`,
    // The session parts (and the goals' names and colours they show) are used by every element
    // but the room map: in a chunk of their own they cost every page a file and the bindings
    // across it (~0.85 KB gzip on a card page); a page with a map alone loads ~3.9 KB more.
    String.raw`src/shared/session-parts(\.styles)?\.ts$|src/i18n/sdgs\.ts$`,
  ].join('|'),
);

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * `npm run build`: `dist/aict-widgets.js`, the small loader a CMS loads with one script tag
 * (`src/loader.ts`), and `dist/chunks/`, the minified chunks it imports when a tag appears
 * (each element, and the parts loaded on first use: calendar writer, JSON-LD, French UI…).
 * Chunk names carry a hash of their content, so they can be cached for good; the loader's name
 * does not change. `npm run bench` measures what each kind of page transfers.
 * `npm start` (`vite demo`): the demo pages, served from `demo/` with the sources live.
 */
export default defineConfig({
  root: resolve(root, 'demo'),
  publicDir: false,
  // The demo pages import the sources as `/src/…` although the server's root is `demo/`.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(root, 'src')}/` }] },
  server: { host: 'localhost', port: 5173, fs: { allow: [root] } },
  esbuild: { target: 'es2022' },
  define: { __AICT_VERSION__: JSON.stringify(version) },
  // The JS minifier keeps template literals verbatim: the templates' and stylesheets'
  // indentation and comments would ship (~2 KB gzip).
  plugins: [minifyLitTemplates(), firstScreenChunks()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: { 'aict-widgets': resolve(root, 'src/loader.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // Vite leaves whitespace (and keeps codegen readable) in ES library builds; the CDN bundle
    // is what partners load, so it is minified fully here (`npm run bench` holds its budget).
    // No comments either: the minifier keeps `/* @__PURE__ */` annotations (~300 of them).
    rollupOptions: {
      output: {
        minify: true,
        comments: false,
        // What every element needs goes into one chunk (`chunks/shared-….js`): left to itself, the
        // bundler would cut it into a handful of small chunks by which parts use each module
        // (Lit apart because the sanitizer also uses it…), each one more request and a worse gzip.
        codeSplitting: { groups: [{ name: 'shared', test: SHARED }] },
        // `chunks/session-….js` for an element's chunk; shared chunks are named after a module.
        chunkFileNames: (chunk) => {
          const element = /components\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return `chunks/${element ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
