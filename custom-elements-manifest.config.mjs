/**
 * `cem analyze` (run by `npm run build`): writes `dist/custom-elements.json`, the manifest
 * that IDEs, Storybook and documentation tools read (`customElements` in package.json).
 *
 * The elements' JSDoc (`@tag`, `@fires`, `@slot`, `@csspart`, `@cssprop`) and their Lit
 * properties are the source. The base class is analysed too, so every element lists the
 * common attributes (`src`, `time-zone`, …) it inherits. Module paths are rewritten from the
 * TypeScript sources to the published ES modules under `dist/`.
 */
export default {
  globs: ['src/components/*/aict-*.ts', 'src/shared/aict-element.ts'],
  exclude: ['src/components/*/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json's `customElements` is written by hand (it points into dist/).
  packagejson: false,
  plugins: [publishedPaths(), definitions()],
};

function publishedPaths() {
  const toDist = (path) =>
    typeof path === 'string' ? path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js') : path;
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else visit(value);
    }
  };
  return {
    name: 'aict-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Registration goes through `defineElement()` (tolerant of a second copy), which the analyzer
 * does not recognise: declare each `components/<name>/define.js` as the module that defines
 * the tag, and drop the nameless events it infers from `dispatchEvent(new AictLoadEvent(…))`
 * (the JSDoc `@fires` lines already name them).
 */
function definitions() {
  return {
    name: 'aict-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const module of [...modules]) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (!declaration.customElement || !declaration.tagName) continue;
          const definePath = module.path.replace(/[^/]+$/, 'define.js');
          modules.push({
            kind: 'javascript-module',
            path: definePath,
            declarations: [],
            exports: [
              {
                kind: 'custom-element-definition',
                name: declaration.tagName,
                declaration: { name: declaration.name, module: module.path },
              },
            ],
          });
        }
      }
    },
  };
}
