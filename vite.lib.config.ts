import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const src = resolve(root, 'src');

/**
 * The second half of `npm run build`: standard ES modules for bundler users (open-wc's
 * advice), one file per source module under `dist/`, imports left bare for the runtime
 * dependencies so an application's bundler shares one copy of Lit with its other components.
 *
 *   dist/index.js                          classes, events, feed types; registers nothing
 *   dist/define.js                         registers every element
 *   dist/components/<name>/define.js       registers one element
 *   dist/components/<name>/aict-<name>.js  that element's class, no side effect
 *
 * The element folders are found at build time, so a new `src/components/<name>/define.ts`
 * is published without touching this file. `vite.config.ts` builds the self-contained
 * `dist/aict-widgets.js` first (and empties `dist/`); this build only adds files.
 */
function componentEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const components = resolve(src, 'components');
  for (const name of readdirSync(components)) {
    const define = resolve(components, name, 'define.ts');
    if (!existsSync(define)) continue;
    entries[`components/${name}/define`] = define;
    const element = resolve(components, name, `aict-${name}.ts`);
    if (existsSync(element)) entries[`components/${name}/aict-${name}`] = element;
  }
  return entries;
}

/** Runtime dependencies stay imports (`lit`, `lit/decorators.js`, `date-fns/format`, …). */
const EXTERNAL = /^(lit|@lit\/localize|date-fns|@date-fns\/tz)(\/.*)?$/;

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    // Readable modules: the application's bundler minifies.
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: {
        index: resolve(src, 'index.ts'),
        define: resolve(src, 'define.ts'),
        ...componentEntries(),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => EXTERNAL.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: src,
        entryFileNames: '[name].js',
      },
    },
  },
});
