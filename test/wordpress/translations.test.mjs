/**
 * The plugin's strings are all translated into French, and its catalogues compile: every
 * __() / esc_html__() … call of the PHP and of the editor script with the `aict-widgets` domain
 * has a non-empty French msgstr that follows French typography. (That WordPress then shows
 * them is checked in a real WordPress by wordpress.test.mjs.)
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractStrings, parsePo, compileMo, jedJson } from '../../scripts/po.mjs';

const plugin = fileURLToPath(new URL('../../wordpress/aict-widgets/', import.meta.url));

function sources(dir = plugin) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(php|js)$/.test(entry.name) ? [{ file: path.relative(plugin, full), text: readFileSync(full, 'utf8') }] : [];
  });
}

const po = parsePo(readFileSync(path.join(plugin, 'languages', 'aict-widgets-fr_FR.po'), 'utf8'));
const french = new Map(po.entries.map((entry) => [entry.id, entry.strings[0]]));
const strings = extractStrings(sources(), 'aict-widgets');

test('the plugin has translatable strings in PHP and in the editor script', () => {
  const files = new Set([...strings.values()].flat().map((ref) => ref.split(':')[0]));
  assert.ok(strings.size > 40, `${strings.size} strings`);
  assert.ok(files.has('assets/editor.js') && files.has('includes/settings.php'), [...files].join(', '));
});

test('every string has a French translation', () => {
  const missing = [...strings.keys()].filter((s) => !french.get(s));
  assert.deepEqual(missing, []);
});

test('the French translations follow French typography (no-break space before : ; ! ? », after «)', () => {
  const wrong = [...strings.keys()]
    .map((s) => french.get(s) ?? '')
    .filter((t) => /[^\u00a0\u202f][;!?»]|[^\u00a0\u202f\d/]:(?!\/\/)|«[^\u00a0\u202f]/.test(t) || / [:;!?»]/.test(t));
  assert.deepEqual(wrong, []);
});

test('placeholders survive translation', () => {
  for (const s of strings.keys()) {
    const placeholders = (text) => (text.match(/%(\d\$)?[sd]|\{id\}/g) ?? []).sort();
    assert.deepEqual(placeholders(french.get(s)), placeholders(s), s);
  }
});

test('the catalogue compiles to a .mo with every translation and to the editor’s JSON', () => {
  const mo = compileMo(po);
  assert.equal(mo.readUInt32LE(0), 0x950412de);
  assert.equal(mo.readUInt32LE(8), po.entries.length + 1);
  const text = mo.toString('utf8');
  assert.ok(text.includes('URL du flux par défaut'));
  const json = jedJson(po, 'fr_FR', (e) => e.references.some((r) => r.startsWith('assets/')));
  assert.deepEqual(json.locale_data.messages['Session card (AICT)'], ['Carte de session (AICT)']);
  assert.equal(json.locale_data.messages['Default feed URL'], undefined, 'PHP-only strings stay out of the JSON');
});
