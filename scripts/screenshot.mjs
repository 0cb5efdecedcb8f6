#!/usr/bin/env node
/**
 * Screenshot a page in Debian's headless Chromium and print its console messages, to look at
 * what a visitor sees. Usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [options]
 *   --print            emulate print media (use width 718: A4 portrait's printable width in CSS px)
 *   --pdf=FILE.pdf     also print the page to an A4 PDF (page count and size are reported)
 *   --storage=KEY=JSON put KEY in localStorage before the page runs (e.g. favourites); repeatable
 *   --color-scheme=dark|light  the visitor's OS colour scheme (prefers-color-scheme)
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const options = args.filter((a) => a.startsWith('--'));
const [url, out = 'screenshot.png', width = '800', height = '1200'] = args.filter((a) => !a.startsWith('--'));
const option = (name) => options.filter((o) => o.startsWith(`--${name}`)).map((o) => o.slice(name.length + 3));
const storage = option('storage').map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  const [scheme] = option('color-scheme');
  if (scheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  if (storage.length) {
    await page.evaluateOnNewDocument((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, storage);
  }
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (option('print').length) {
    await page.emulateMediaType('print');
    // What prints may change on print media (print-only rendering): let it settle.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await new Promise((r) => setTimeout(r, 500));
  // A programme lays its off-screen time slots out once the page is idle (`[data-laid]`, see
  // src/components/programme/slices.ts): wait for that, so a full-page picture shows them all.
  await page.waitForFunction(
    () => [...document.querySelectorAll('aict-programme')].every((el) => !el.shadowRoot?.querySelector('.slot:not([data-laid])')),
    { timeout: 20000 },
  ).catch(() => console.log('[warn] some time slots were not laid out within 20 s'));
  await page.screenshot({ path: out, fullPage: true });
  const [pdf] = option('pdf');
  if (pdf) {
    const bytes = await page.pdf({ path: pdf, format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    const pages = Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`[pdf] ${pdf}: ${pages} A4 page(s), ${bytes.length} bytes`);
  }
} finally {
  await browser.close();
}
