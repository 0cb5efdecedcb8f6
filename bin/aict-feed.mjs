#!/usr/bin/env node
// The `aict-feed` command (see `aict-feed --help` and the README). The logic is TypeScript
// bundled by `npm run build:cli` into dist/cli/aict-feed.mjs; this file only gives it files,
// URLs and the console, so no TypeScript runs here.
import { readFile, writeFile } from 'node:fs/promises';

let cli;
try {
  cli = await import('../dist/cli/aict-feed.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('aict-feed is not built yet: run `npm run build:cli` (or `npm run build`) first.\n');
  process.exit(1);
}

const io = {
  // Bytes, not text: the CLI decodes them (UTF-8, else Windows-1252 from Excel).
  async read(source) {
    if (/^https?:\/\//i.test(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      return new Uint8Array(await response.arrayBuffer());
    }
    return new Uint8Array(await readFile(source));
  },
  env: process.env,
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await cli.runCli(process.argv.slice(2), io);
