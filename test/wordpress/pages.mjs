/**
 * What the WordPress suites check on a published page, in a real browser: every widget of the
 * page rendered from the feed (shadow DOM text) in its language, one feed request for the
 * whole page, the accent colour of the settings, no error.
 */
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const ACCENT = '#8a1538';
export const TITLE = 'Mobiliser et coordonner les acteurs de son territoire';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** What each widget shows once the feed is rendered, and a word that only its language has. */
const EXPECT = {
  'aict-session': { content: TITLE, fr: 'juin', en: 'June' },
  'aict-programme': { content: 'Les ODD', fr: 'juin', en: 'June' },
  'aict-room-map': { content: 'Salle L. Armand Ouest', fr: 'Niveau 0', en: 'Level 0' },
  'aict-concurrent-sessions': { content: 'Les ODD', fr: 'juin', en: 'June' },
};
const TAGS = 'aict-session, aict-programme, aict-room-map, aict-concurrent-sessions';

export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export function launchFirefox() {
  return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
}

/**
 * Opens each post and checks its widgets.
 * @param posts  { name: { link, widgets: [[tag, lang], …] } }
 * @param feed   the feed server (counts requests)
 * @param report called with a line per page
 */
export async function checkPosts(browser, posts, feed, report = () => {}) {
  for (const [name, post] of Object.entries(posts)) {
    const page = await browser.newPage();
    page.setDefaultTimeout(60000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    feed.reset();
    await page.goto(post.link, { waitUntil: 'load' });
    const expected = post.widgets.map(([tag, lang]) => ({ tag, lang, ...EXPECT[tag] }));
    await page
      .waitForFunction(
        (tags, wanted) => {
          const elements = [...document.querySelectorAll(tags)];
          return (
            elements.length === wanted.length &&
            elements.every((element, i) => {
              const text = element.shadowRoot?.textContent ?? '';
              return element.localName === wanted[i].tag && text.includes(wanted[i].content) && text.includes(wanted[i][wanted[i].lang]);
            })
          );
        },
        { timeout: 60000 },
        TAGS,
        expected,
      )
      .catch(async (error) => {
        const seen = await page.evaluate(
          (tags) =>
            [...document.querySelectorAll(tags)].map(
              (e) => `${e.localName}[lang=${e.lang}]: ${(e.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').slice(0, 160)}`,
            ),
          TAGS,
        );
        throw new Error(`${name}: the widgets did not render as expected (${error.message})\n${seen.join('\n')}`);
      });
    // Settle, then count: every widget of the page shares one request.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(feed.count(), 1, `${name}: one feed request for ${expected.length} widgets`);
    const accent = await page.evaluate((tags) => getComputedStyle(document.querySelector(tags)).getPropertyValue('--aict-accent').trim(), TAGS);
    assert.equal(accent, ACCENT, `${name}: the accent colour of the settings`);
    assert.deepEqual(errors, [], `${name}: no error in the page`);
    await page.close();
    report(`${name}: ${expected.length} widgets rendered`);
  }
}
