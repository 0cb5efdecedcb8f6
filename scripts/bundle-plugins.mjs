/**
 * Build plugins for the CDN bundle (`vite.config.ts`, and the per-element sizes of `npm run bench`).
 *
 * Vite (rolldown) plugin: minifies the static text of Lit's `html`, `svg` and `css` tagged
 * templates in our sources at build time. The JS minifier keeps template literals verbatim, so
 * the indentation, comments and line breaks of every template and stylesheet otherwise ship.
 *
 * Deliberately conservative (no HTML/CSS parser, no dependency):
 * - HTML/SVG: a whitespace run that contains a line break becomes one space (never nothing:
 *   between inline elements the space is visible), and whitespace inside a tag before its `>`
 *   goes. No `<pre>`, `<textarea>` or `white-space: pre*` exists in our templates (checked
 *   below: a template containing `<pre` or `<textarea` is left alone). Attribute values keep
 *   their text, only line-broken runs collapse. Bindings (`${…}`) are never touched, and the
 *   text next to a binding keeps a space if it had whitespace.
 * - CSS: comments go, whitespace runs become one space, and the space next to `{ } ; , :`
 *   (after `:` only — before it, a space is a descendant combinator) goes; strings are kept.
 *
 * Works on the JavaScript Vite produced from the TypeScript (a normal-order plugin), through
 * rolldown's parser and its MagicString, so source maps stay right.
 */
import { RolldownMagicString } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const TAGS = new Set(['html', 'svg', 'css']);

/** Minifies one quasi of an HTML/SVG template; `state` carries the tokenizer across bindings. */
function minifyHtmlPart(raw, state) {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (state.quote) {
      const ws = /^\s+/.exec(raw.slice(i));
      if (ws) {
        out += ws[0].includes('\n') ? ' ' : ws[0];
        i += ws[0].length;
        continue;
      }
      if (c === state.quote) state.quote = '';
      out += c;
      i++;
    } else if (state.inTag) {
      const ws = /^\s+/.exec(raw.slice(i));
      if (ws) {
        const next = raw[i + ws[0].length];
        // Before the tag's own `>` whitespace means nothing; elsewhere one space separates
        // attributes (and stays at a binding's edge).
        out += next === '>' ? '' : ' ';
        i += ws[0].length;
        continue;
      }
      if (c === '"' || c === "'") state.quote = c;
      else if (c === '>') state.inTag = false;
      out += c;
      i++;
    } else {
      if (raw.startsWith('<!--', i)) {
        const end = raw.indexOf('-->', i + 4);
        // A comment that spans a binding is Lit's business: keep it.
        if (end < 0) {
          out += raw.slice(i);
          break;
        }
        i = end + 3;
        continue;
      }
      if (c === '<' && /[a-zA-Z/]/.test(raw[i + 1] ?? '')) {
        state.inTag = true;
        out += c;
        i++;
        continue;
      }
      const ws = /^\s+/.exec(raw.slice(i));
      if (ws) {
        out += ws[0].includes('\n') ? ' ' : ws[0];
        i += ws[0].length;
        continue;
      }
      out += c;
      i++;
    }
  }
  return out;
}

/** Minifies one quasi of a `css` template. `first`/`last`: at the template's own edges. */
function minifyCssPart(raw, first, last) {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
    } else if (raw.startsWith('/*', i)) {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      // A comment separates tokens like whitespace does.
      if (!/\s$/.test(out)) out += ' ';
    } else if (/\s/.test(c)) {
      while (i < raw.length && /\s/.test(raw[i])) i++;
      if (!/\s$/.test(out)) out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  out = out.replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** Visits every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** Minifies the Lit templates of one JavaScript module; returns undefined when nothing changed. */
export function minifyTemplates(code, id = 'module.js') {
  if (!/\b(html|svg|css)`/.test(code)) return undefined;
  const ast = parseAst(code, { lang: 'js' }, id);
  const s = new RolldownMagicString(code);
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    const isCss = node.tag.name === 'css';
    if (!isCss && quasis.some((q) => /<(pre|textarea)\b/i.test(q.value.raw))) return;
    const state = { inTag: false, quote: '' };
    quasis.forEach((q, index) => {
      const raw = q.value.raw;
      const min = isCss ? minifyCssPart(raw, index === 0, index === quasis.length - 1) : minifyHtmlPart(raw, state);
      if (min !== raw) {
        changed = true;
        if (q.end > q.start) s.overwrite(q.start, q.end, min);
      }
    });
  });
  return changed ? s : undefined;
}

/** @returns {import('vite').Plugin} */
export function minifyLitTemplates() {
  return {
    name: 'aict:minify-lit-templates',
    apply: 'build',
    transform: {
      filter: { id: /\/src\/.*\.ts$/ },
      handler(code, id) {
        const s = minifyTemplates(code, id);
        if (!s) return null;
        return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: true, source: id }).toString()) };
      },
    },
  };
}

/**
 * Rolldown plugin for `vite.config.ts`: writes into the loader (`src/loader.ts`, its
 * `FIRST_SCREEN` placeholder) the chunks each element's first screen needs beside its own, so
 * that the loader imports them all at once when the tag appears. Per tag, a list of
 * `[when, ...files]`, files as module specifiers relative to the loader (`./chunks/…`), `when`
 * a space-separated list of conditions on the element, all of which must hold (`src/loader.ts`
 * reads them): `fr` (a French element), `!attr` (no such attribute), `full` (`variant="full"`).
 * - always: the chunks the element's chunk imports (transitively);
 * - `fr`: its French catalogue (`fr-common` and `fr-<element>`, the catalogue parts of
 *   `i18n/localization.ts`);
 * - for `<aict-session>`, what `AictSession.codeForContent` asks for: the JSON-LD writer unless
 *   `no-seo`; for a full card, the sanitizer, and the room map and the concurrent list (their
 *   chunks, imports and French strings) unless `no-map` / `no-concurrent`.
 */
export function firstScreenChunks(loaderFileName = 'aict-widgets.js') {
  return {
    name: 'aict-first-screen-chunks',
    generateBundle(_options, bundle) {
      const loader = bundle[loaderFileName];
      if (!loader || loader.type !== 'chunk') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const named = (name) => chunks.find((c) => c.name === name)?.fileName;
      const elementOf = (chunk) => /components\/([\w-]+)\/define\.ts$/.exec(chunk?.facadeModuleId ?? '')?.[1];
      const chunkOf = (element) => loader.dynamicImports.find((f) => elementOf(bundle[f]) === element);
      /** A chunk and what it imports, transitively, but for `known` files. */
      const withImports = (fileName, known) => {
        const out = [];
        const visit = (f) => {
          if (!f || known.has(f)) return;
          known.add(f);
          out.push(f);
          for (const i of bundle[f].imports) visit(i);
        };
        visit(fileName);
        return out;
      };
      // The card's strings are in `fr-common`: it has no part of its own.
      const french = (element) => [named(`fr-${element}`)].filter(Boolean);
      const map = {};
      for (const fileName of loader.dynamicImports) {
        const element = elementOf(bundle[fileName]);
        if (!element) continue;
        const known = new Set([fileName]);
        const entries = [['', ...bundle[fileName].imports.flatMap((f) => withImports(f, known))], ['fr', named('fr-common'), ...french(element)]];
        if (element === 'session') {
          // Each part with what it imports beyond the card's files (the map and the list share one).
          const beyond = (f) => withImports(f, new Set(known));
          entries.push(['!no-seo', named('json-ld')], ['full', ...beyond(named('sanitize'))]);
          for (const [part, off] of [['room-map', 'no-map'], ['concurrent-sessions', 'no-concurrent']]) {
            entries.push([`full !${off}`, ...beyond(chunkOf(part))], [`full !${off} fr`, ...french(part)]);
          }
        }
        for (const entry of entries) {
          if (entry.slice(1).some((f) => !f)) this.error(`a first-screen chunk of <aict-${element}> is missing (${entry[0] || 'always'})`);
        }
        map[`aict-${element}`] = entries.filter((entry) => entry.length > 1).map(([when, ...files]) => [when, ...files.map((file) => `./${file}`)]);
      }
      const placeholder = /JSON\.parse\((["'`])\{"AICT_FIRST_SCREEN":0\}\1\)/;
      if (!placeholder.test(loader.code)) this.error('the FIRST_SCREEN placeholder is missing from the loader');
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(map));
    },
  };
}
