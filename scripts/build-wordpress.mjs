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
import { deflateRawSync, crc32 } from 'node:zlib';
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

/** A plain zip archive (deflate), enough for WordPress's unzip (ZipArchive or PclZip). */
async function zip(dir, prefix) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // 1980-01-01 00:00: fixed so that two builds of the same files are the same zip.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  const entries = [];
  for (const file of await listFiles(dir)) entries.push([`${prefix}/${path.relative(dir, file).split(path.sep).join('/')}`, await readFile(file)]);
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by Unix, spec 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
