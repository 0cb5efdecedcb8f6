import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/**
 * `npm run build:cli`: the `aict-feed` command's logic (`src/interop/cli.ts`, which reuses the
 * feed parser, the converters and the iCalendar writer) as one Node 20 ES module,
 * `dist/cli/aict-feed.mjs`, with its dependencies inside. `bin/aict-feed.mjs` runs it.
 */
export default defineConfig({
  root,
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/interop/cli.ts'),
    outDir: resolve(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'aict-feed.mjs' } },
  },
});
