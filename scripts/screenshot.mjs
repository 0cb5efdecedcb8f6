#!/usr/bin/env node
/**
 * Screenshot a page in Debian's headless Chromium and print its console messages, to look at
 * what a visitor sees. Usage: node scripts/screenshot.mjs URL OUT.png [width] [height]
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [url, out = 'screenshot.png', width = '800', height = '1200'] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
