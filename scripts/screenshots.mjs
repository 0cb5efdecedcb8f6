#!/usr/bin/env node
/**
 * Screenshots of `<aict-programme>` for docs/screenshots/: the demo feed and a generated
 * 40-room feed, list and grid, 390 and 1,280 px wide, French and English, light and dark
 * (32 PNGs, each the first screen a visitor sees), and `structure.json`: for each view, the
 * boxes of the programme's landmarks (filters, tabs, room headers, first cards…) that
 * test/docs/screenshots.test.ts compares with what Chromium and Firefox draw today. Run it
 * after a change to the layout, look at the PNGs, and commit both.
 *
 * Usage: node scripts/screenshots.mjs [--only=SUBSTRING]
 * Serves demo/ with Vite (the sources, live) and drives Debian's Chromium (puppeteer-core).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/screenshots');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

/** The views photographed; the test reads the same list from structure.json. */
export const SIZES = { 390: 844, 1280: 900 };
const views = [];
for (const feed of ['demo', 'forty'])
  for (const view of ['list', 'grid'])
    for (const width of Object.keys(SIZES).map(Number))
      for (const lang of ['fr', 'en']) views.push({ feed, view, width, height: SIZES[width], lang });

const server = await createServer({ configFile: resolve(root, 'vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const structures = {};
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  for (const v of views) {
    const name = `${v.feed}-${v.view}-${v.width}-${v.lang}`;
    if (only && !name.includes(only)) continue;
    await page.setViewport({ width: v.width, height: v.height });
    let light;
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`${base}screenshots.html?feed=${v.feed}&view=${v.view}&lang=${v.lang}`, { waitUntil: 'load' });
      const structure = await page.evaluate(() => window.aictScreenshot);
      await page.screenshot({ path: resolve(out, `${name}-${scheme}.png`) });
      if (scheme === 'light') light = structure;
      else if (JSON.stringify(structure) !== JSON.stringify(light)) console.log(`[warn] ${name}: the dark layout differs from the light one`);
      if (structure.pageOverflow) console.log(`[warn] ${name}-${scheme}: the page scrolls sideways`);
    }
    structures[name] = { ...v, ...light };
    console.log(`${name}: ${light.boxes.length} boxes`);
  }
  if (!only) await writeFile(resolve(out, 'structure.json'), `${JSON.stringify(structures, null, 1)}\n`);
} finally {
  await browser.close();
  await server.close();
}
