import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/bundle-plugins.mjs';

const root = import.meta.dirname;

/**
 * `npm run build`: `dist/aict-widgets.js`, one self-contained minified ES module that
 * registers every element (the file a CMS loads with one script tag).
 * `npm start` (`vite demo`): the demo pages, served from `demo/` with the sources live.
 */
export default defineConfig({
  root: resolve(root, 'demo'),
  publicDir: false,
  // The demo pages import the sources as `/src/…` although the server's root is `demo/`.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(root, 'src')}/` }] },
  server: { host: 'localhost', port: 5173, fs: { allow: [root] } },
  esbuild: { target: 'es2022' },
  // The JS minifier keeps template literals verbatim: the templates' and stylesheets'
  // indentation and comments would ship (~2 KB gzip).
  plugins: [minifyLitTemplates()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: { 'aict-widgets': resolve(root, 'src/define.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // Vite leaves whitespace (and keeps codegen readable) in ES library builds; the CDN bundle
    // is what partners load, so it is minified fully here (`npm run bench` holds its budget).
    // No comments either: the minifier keeps `/* @__PURE__ */` annotations (~300 of them).
    rollupOptions: { output: { inlineDynamicImports: false, minify: true, comments: false } },
  },
});
