// The source layers point one way: core ← feed ← (i18n, shared, calendar, interop) ← components.
// A module may import its own layer and the layers below it, never one above: the feed parser
// (also run by the CLI in Node) must not pull in the UI, and the UI must not reach into an element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = resolve(import.meta.dirname, '../../src');

/** The layers each top-level folder of src/ may import from, itself included. */
const ALLOWED = {
  core: ['core'],
  feed: ['core', 'feed'],
  i18n: ['core', 'feed', 'i18n'],
  shared: ['core', 'feed', 'i18n', 'shared'],
  calendar: ['core', 'feed', 'i18n', 'calendar'],
  interop: ['core', 'feed', 'i18n', 'calendar', 'interop'],
};

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

test('no module imports a layer above its own', () => {
  const wrong = [];
  for (const file of sourceFiles(src)) {
    const layer = relative(src, file).split('/')[0];
    const allowed = ALLOWED[layer];
    if (!allowed) continue; // components and the entry points may import anything below them
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT_RE)) {
      const target = relative(src, resolve(dirname(file), m[1] ?? m[2])).split('/')[0];
      if (!allowed.includes(target)) wrong.push(`${relative(src, file)} imports ${m[1] ?? m[2]}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the check sees imports (it would catch a wrong one)', () => {
  const text = readFileSync(join(src, 'feed/parse.ts'), 'utf8');
  const targets = [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2]);
  assert.ok(targets.includes('../core/url.js'), targets.join(', '));
});
