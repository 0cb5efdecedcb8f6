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
              // No-break spaces (« Niveau 0 », « 16h00 ») read as spaces here: this checks content and language.
              const text = (element.shadowRoot?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
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

export async function login(context, user, password, url) {
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
  // wp-login.php focuses #user_login at once, then focuses and selects it again on a 200 ms
  // timer (wp_attempt_focus): typing across that timer puts half the name or password in the
  // wrong field on a busy machine. A timer set after the load event with a longer delay fires
  // after WordPress's, so type only then.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  const refused = page.url().includes('wp-login.php') ? await page.$eval('#login_error', (e) => e.textContent.trim()).catch(() => '(no message)') : '';
  assert.match(page.url(), /wp-admin/, `${user} is logged in (${refused})`);
  return page;
}

/** A label's control in the editor sidebar (labels are translated: several spellings). */
async function controlByLabel(page, scope, labels) {
  const id = await page.evaluate(
    (scopeSelector, wanted) => {
      for (const label of document.querySelectorAll(`${scopeSelector} label`)) {
        if (wanted.includes(label.textContent.trim()) && label.htmlFor) return label.htmlFor;
      }
      return null;
    },
    scope,
    labels,
  );
  assert.ok(id, `a control labelled ${labels.join(' / ')}`);
  return `[id="${id}"]`;
}

/**
 * In the block editor, as the logged-in Author whose WordPress speaks French: two session
 * cards, « Atelier 1 » picked in each by typing in the picker, French then English chosen in
 * the sidebar, the live previews rendered, published with the editor's buttons. Checks the
 * saved block markup and returns the post with the widgets its page must show.
 */
export async function pickAtelier1AndPublish(page, wp) {
  await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('aict/session-card') && window.wp.data.select('core/editor').getCurrentPostId());
  // The plugin's editor strings are in French for this Author.
  assert.equal(await page.evaluate(() => wp.blocks.getBlockType('aict/session-card').title), 'Carte de session (AICT)');
  await page.evaluate(() => {
    const { select, dispatch } = wp.data;
    if (dispatch('core/preferences')?.set) dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false);
    else if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/editor').editPost({ title: 'Atelier 1 au forum' });
    dispatch('core/block-editor').insertBlocks([wp.blocks.createBlock('aict/session-card'), wp.blocks.createBlock('aict/session-card')]);
  });
  // Each new block asks for its session; pick it by typing, as an editor does.
  for (const index of [0, 1]) {
    // The first block still asking is the next one (a picked block shows its preview).
    const input = await page.waitForSelector('.wp-block-aict-session-card .aict-widgets-picker input');
    await input.click();
    await input.type('Atelier 1', { delay: 20 });
    // The suggestions may be drawn again while the last keystrokes settle (a slow machine):
    // a node found just before that is gone when clicked, so find it again and retry.
    for (let attempt = 1; ; attempt += 1) {
      const option = await page.waitForFunction(() =>
        [...document.querySelectorAll('.wp-block-aict-session-card [role="option"]')].find((o) => o.textContent.includes('Atelier 1 —')),
      );
      assert.match(await option.evaluate((o) => o.textContent), /^Atelier 1 — Mobiliser et coordonner/);
      try {
        await option.click();
        break;
      } catch (error) {
        if (attempt === 5 || !/not clickable|detached/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await page.waitForFunction((n) => wp.data.select('core/block-editor').getBlocks()[n]?.attributes.sessionId === 'atelier-1', {}, index);
  }
  // Their languages, through the sidebar's language control: French, then English.
  for (const [index, lang] of [[0, 'fr'], [1, 'en']]) {
    await page.evaluate((n) => {
      wp.data.dispatch('core/block-editor').selectBlock(wp.data.select('core/block-editor').getBlocks()[n].clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, index);
    const language = await controlByLabel(page, '.block-editor-block-inspector', ['Langue', 'Language']);
    await page.select(language, lang);
    await page.waitForFunction((n, l) => wp.data.select('core/block-editor').getBlocks()[n].attributes.lang === l, {}, index, lang);
  }

  // The live preview is the element itself, rendering the feed in the editor.
  await page.waitForFunction(
    (title) => {
      const previews = document.querySelectorAll('.wp-block-aict-session-card aict-session');
      return previews.length === 2 && [...previews].every((p) => p.shadowRoot?.textContent.includes(title));
    },
    {},
    TITLE,
  );

  // Publish with the editor's buttons.
  await page.click('.editor-post-publish-panel__toggle');
  const publish = await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])');
  await publish.click();
  await page.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished() && !wp.data.select('core/editor').isSavingPost());
  const post = await page.evaluate(() => ({ id: wp.data.select('core/editor').getCurrentPostId(), link: wp.data.select('core/editor').getPermalink() }));

  // What was saved: dynamic blocks, with the picked session and its fallback link.
  const content = JSON.parse(await wp.wp(`echo wp_json_encode( get_post( ${post.id} )->post_content );`));
  const blocks = [...content.matchAll(/<!-- wp:aict\/session-card (\{.*?\}) \/-->/g)].map((m) => JSON.parse(m[1]));
  assert.equal(blocks.length, 2);
  for (const [i, lang] of ['fr', 'en'].entries()) {
    assert.equal(blocks[i].sessionId, 'atelier-1');
    assert.equal(blocks[i].lang, lang);
    assert.match(blocks[i].fallbackText, /^Atelier 1 — Mobiliser et coordonner/);
    assert.equal(blocks[i].fallbackUrl, 'https://example.org/forum-aict-2022/atelier-1');
  }
  assert.equal((await wp.wp(`echo get_post( ${post.id} )->post_author;`)).trim(), (await wp.wp(`echo get_user_by( 'login', 'author' )->ID;`)).trim());

  return { ...post, widgets: [['aict-session', 'fr'], ['aict-session', 'en']] };
}
