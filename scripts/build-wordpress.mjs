#!/usr/bin/env node
/**
 * Writes the WordPress plugin (the last step of `npm run build`):
 *
 *   dist/wordpress/aict-widgets/            the plugin folder (wordpress/aict-widgets/ + built files)
 *   dist/wordpress/aict-widgets-<version>.zip  what a partner uploads in Plugins → Add New
 *
 * - the widgets' module `dist/aict-widgets.js` and every chunk it imports (followed through its
 *   relative static and dynamic imports) go to `assets/widgets/`: the plugin needs no CDN;
 * - `0.0.0-dev` in the plugin's PHP and readme becomes the package version, which also
 *   versions the script URL (`?ver=`) so an update is not hidden by a cache;
 * - each `languages/*.po` is compiled to `.mo` (PHP strings) and to the JSON file
 *   `wp_set_script_translations()` reads for the editor script.
 * Run after `vite build`.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parsePo, compileMo, jedJson } from './po.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const source = path.join(root, 'wordpress', 'aict-widgets');
const out = path.join(dist, 'wordpress');
const plugin = path.join(out, 'aict-widgets');
const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(source, plugin, { recursive: true });

// Version placeholders.
for (const file of await listFiles(plugin)) {
  if (!/\.(php|txt)$/.test(file)) continue;
  const text = await readFile(file, 'utf8');
  if (text.includes('0.0.0-dev')) await writeFile(file, text.replaceAll('0.0.0-dev', version));
}

// The widgets: the entry module and what it imports.
const widgets = path.join(plugin, 'assets', 'widgets');
await mkdir(widgets, { recursive: true });
const copied = new Set();
async function copyModule(relative) {
  if (copied.has(relative)) return;
  copied.add(relative);
  const from = path.join(dist, relative);
  // Source maps stay out of the plugin (4× the code); the comment pointing to them goes too.
  const code = (await readFile(from, 'utf8')).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  await mkdir(path.dirname(path.join(widgets, relative)), { recursive: true });
  await writeFile(path.join(widgets, relative), code);
  // The minifier writes dynamic imports with template literals: import(`./chunks/x.js`).
  const imports = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`$]+)\1/g;
  for (const match of code.matchAll(imports)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(relative), match[2]));
    if (target.startsWith('..')) throw new Error(`${relative} imports ${match[2]}, outside dist/`);
    await copyModule(target);
  }
}
await copyModule('aict-widgets.js');

// Translations.
const languages = path.join(plugin, 'languages');
const editorHash = createHash('md5').update('assets/editor.js').digest('hex');
for (const name of await readdir(languages)) {
  const match = /^aict-widgets-([a-z]{2,3}(?:_[A-Z]{2})?)\.po$/.exec(name);
  if (!match) continue;
  const po = parsePo(await readFile(path.join(languages, name), 'utf8'));
  await writeFile(path.join(languages, name.replace(/\.po$/, '.mo')), compileMo(po));
  await writeFile(
    path.join(languages, `aict-widgets-${match[1]}-${editorHash}.json`),
    JSON.stringify(jedJson(po, match[1], (entry) => entry.references.some((r) => r.startsWith('assets/')))),
  );
}

// The zip, with the plugin folder at its root (what WordPress expects).
const zipPath = path.join(out, `aict-widgets-${version}.zip`);
await writeFile(zipPath, await zip(plugin, 'aict-widgets'));
const files = await listFiles(plugin);
console.log(
  `WordPress plugin ${version}: ${path.relative(root, zipPath)} (${files.length} files, ${(await stat(zipPath)).size} bytes; widgets: ${[...copied].join(', ')})`,
);

async function listFiles(dir) {
  const result = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) result.push(...(await listFiles(full)));
    else result.push(full);
  }
  return result.sort();
}

/** The zip of `dir` under the folder `prefix` (deflate, what WordPress's unzip reads). */
async function zip(dir, prefix) {
  const entries = {};
  for (const file of await listFiles(dir)) {
    entries[`${prefix}/${path.relative(dir, file).split(path.sep).join('/')}`] = await readFile(file);
  }
  // A fixed date (1980-01-01, local time: what the zip stores) so that two builds of the same
  // files are the same zip; regular files, rw-r--r--, made on Unix.
  return zipSync(entries, { level: 9, mtime: new Date(1980, 0, 1), os: 3, attrs: (0o100644 << 16) >>> 0 });
}
