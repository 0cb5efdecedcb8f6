/**
 * The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server),
 * started and stopped here, driven in Debian's Chromium and Firefox ESR as a partner would:
 *
 * 1. the Administrator uploads the plugin's zip (Plugins → Add New → Upload), activates it and
 *    sets the default feed and accent colour on its settings page;
 * 2. an Author (no unfiltered_html), whose WordPress speaks French, opens the block editor,
 *    adds two session cards, picks « Atelier 1 » in each block's picker by typing, sets the
 *    second one's language to English in the sidebar, and publishes;
 * 3. the Author saves a post with every block and one with every shortcode (REST API, so KSES
 *    applies to the Author's content);
 * 4. each post is opened in both browsers: every widget renders the feed in its language, the
 *    page loads the widgets' module once and makes one feed request; a post without widgets
 *    loads nothing;
 * 5. deleting the plugin removes its option.
 *
 * Run: npm run test:wordpress (needs `npm run build` first; `.ci/run` installs the packages).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startFeedServer } from './feed-server.mjs';
import { ACCENT, checkPosts, launchChromium, launchFirefox, login, pickAtelier1AndPublish } from './pages.mjs';
import { startWordPress } from './wordpress.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const zipPath = path.join(root, 'dist', 'wordpress', `aict-widgets-${version}.zip`);
const log = (message) => process.env.AICT_VERBOSE && console.log(`[wordpress] ${message}`);

let wp;
let feed;
let chromium;
const posts = {};

before(async () => {
  assert.ok(existsSync(zipPath), `${path.relative(root, zipPath)} exists (run npm run build first)`);
  feed = await startFeedServer(path.join(root, 'demo', 'forum-aict-2022.json'));
  wp = await startWordPress({ log });
  // The Author's WordPress speaks French (the plugin's editor strings must follow).
  await wp.wp(`update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', 'fr_FR' );`);
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await wp?.stop();
  await feed?.stop();
});

describe('the WordPress plugin in a real WordPress', { concurrency: false }, () => {
  test('the Administrator installs the zip, activates the plugin and sets the feed', async () => {
    const context = await chromium.createBrowserContext();
    const page = await login(context, 'admin', wp.passwords.admin, wp.url);
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = await page.waitForSelector('#pluginzip');
    await input.uploadFile(zipPath);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load', timeout: 120000 }),
      page.evaluate(() => {
        const button = document.querySelector('#install-plugin-submit');
        button.disabled = false;
        button.form.requestSubmit(button);
      }),
    ]);
    const activate = await page.waitForSelector('a[href*="action=activate"][href*="aict-widgets"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), activate.click()]);
    assert.ok(await page.$('tr[data-plugin="aict-widgets/aict-widgets.php"].active'), 'the plugin is active');

    await page.goto(`${wp.url}/wp-admin/options-general.php?page=aict-widgets`, { waitUntil: 'load' });
    await page.$eval('#aict-widgets-feed-url', (field) => (field.value = ''));
    await page.type('#aict-widgets-feed-url', feed.url);
    await page.type('#aict-widgets-accent', ACCENT);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    assert.equal(await page.$eval('#aict-widgets-feed-url', (f) => f.value), feed.url);
    assert.equal(await page.$eval('#aict-widgets-accent', (f) => f.value), ACCENT);

    // A value that is not a URL is refused with a message, and the saved one is kept.
    await page.$eval('#aict-widgets-feed-url', (field) => {
      field.type = 'text';
      field.value = 'javascript:alert(1)';
    });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    assert.match(await page.$eval('.wrap', (w) => w.textContent), /must start with https:\/\/ or http:\/\//);
    const stored = JSON.parse(await wp.wp(`echo wp_json_encode( get_option( 'aict_widgets_settings' ) );`));
    assert.deepEqual(stored, { feed_url: feed.url, accent: ACCENT });
    await context.close();
  });

  test('the settings page speaks French to a French-speaking Administrator', async () => {
    await wp.wp(`update_user_meta( 1, 'locale', 'fr_FR' );`);
    const context = await chromium.createBrowserContext();
    const page = await login(context, 'admin', wp.passwords.admin, wp.url);
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=aict-widgets`, { waitUntil: 'load' });
    const text = await page.$eval('.wrap', (w) => w.textContent);
    assert.match(text, /URL du flux par défaut/);
    assert.match(text, /Couleur d’accent/);
    await context.close();
    await wp.wp(`delete_user_meta( 1, 'locale' );`);
  });

  test('an Author picks « Atelier 1 » in the block picker and publishes', async () => {
    assert.equal((await wp.wp(`echo user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) ? 'yes' : 'no';`)).trim(), 'no');
    const context = await chromium.createBrowserContext();
    const page = await login(context, 'author', wp.passwords.author, wp.url);
    posts.picked = await pickAtelier1AndPublish(page, wp);

    // The Author's other posts, through the REST API (KSES applies to them).
    const save = (title, body) =>
      page.evaluate(
        (t, c) => wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data: { title: t, content: c, status: 'publish' } }).then((p) => ({ id: p.id, link: p.link })),
        title,
        body,
      );
    posts.blocks = {
      ...(await save(
        'Tous les blocs',
        [
          '<!-- wp:aict/session-full {"sessionId":"atelier-1","lang":"fr","noConcurrent":true} /-->',
          '<!-- wp:aict/programme {"lang":"en","headingLevel":"2"} /-->',
          '<!-- wp:aict/room-map {"sessionId":"atelier-1","lang":"fr"} /-->',
          '<!-- wp:aict/concurrent-sessions {"sessionId":"atelier-1","lang":"en"} /-->',
        ].join('\n'),
      )),
      widgets: [['aict-session', 'fr'], ['aict-programme', 'en'], ['aict-room-map', 'fr'], ['aict-concurrent-sessions', 'en']],
    };
    posts.shortcodes = {
      ...(await save(
        'Tous les codes courts',
        [
          '[aict_session id="atelier-1" lang="en" link="https://example.org/forum/atelier-1" text="Atelier 1 — Mobiliser"]',
          '[aict_session id="atelier-1" variant="full" lang="fr" no_map]',
          '[aict_programme lang="fr" view="list"]',
          '[aict_room_map session_id="atelier-1" lang="en"]',
          '[aict_concurrent_sessions session_id="atelier-1" lang="fr" heading_level="4"]',
        ].join('\n\n'),
      )),
      widgets: [['aict-session', 'en'], ['aict-session', 'fr'], ['aict-programme', 'fr'], ['aict-room-map', 'en'], ['aict-concurrent-sessions', 'fr']],
    };
    // Raw markup from an Author is filtered: that is why the plugin has blocks and shortcodes.
    const raw = await save('Balises collées', '<aict-session session-id="atelier-1"></aict-session><script>alert(1)</script>');
    const rawContent = JSON.parse(await wp.wp(`echo wp_json_encode( get_post( ${raw.id} )->post_content );`));
    assert.doesNotMatch(rawContent, /<aict-session|<script/);
    await context.close();
  });

  test('the server writes the elements with their fallback links, and the script only where used', async () => {
    const html = await (await fetch(posts.shortcodes.link)).text();
    assert.match(
      html,
      /<aict-session lang="en" session-id="atelier-1" src="[^"]+forum\.json" variant="card"><a href="https:\/\/example\.org\/forum\/atelier-1">Atelier 1 — Mobiliser<\/a><\/aict-session>/,
    );
    assert.match(html, /<aict-session lang="fr" session-id="atelier-1" no-map src="[^"]+" variant="full"><span>Session atelier-1<\/span><\/aict-session>/);
    const scripts = html.match(/<script\b[^>]*aict-widgets\/assets\/widgets\/aict-widgets\.js[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1, 'one script tag for the widgets');
    assert.match(scripts[0], /type="module"/);
    assert.match(scripts[0], new RegExp(`\\?ver=${version.replaceAll('.', '\\.')}`));
    assert.match(html, new RegExp(`--aict-accent:${ACCENT}`));

    const picked = await (await fetch(posts.picked.link)).text();
    assert.match(picked, /<a href="https:\/\/example\.org\/forum-aict-2022\/atelier-1">Atelier 1 — Mobiliser et coordonner/);

    // Hostile shortcode values (as an Administrator's unfiltered post could hold) come out as
    // inert text. do_shortcode() directly: in a post, wptexturize would first curl the quotes.
    const hostile = await wp.wp(`echo do_shortcode( base64_decode( '${Buffer.from(
      `[aict_session id='a"><b>x</b>' lang="fr" link="javascript:alert(1)" text="<i>Atelier</i>" src="javascript:alert(2)" session_href='/x" onmouseover="alert(3)' heading_level="9"]`,
    ).toString('base64')}' ) );`);
    const element = /<aict-session[^>]*>.*?<\/aict-session>/s.exec(hostile)?.[0] ?? '';
    assert.match(element, /^<aict-session lang="fr" session-id="a&quot;&gt;&lt;b&gt;x&lt;\/b&gt;" src="[^"]+" variant="card">/);
    assert.doesNotMatch(element, /<b>|<i>|javascript:|onmouseover|heading-level|session-href/);
    assert.match(element, /src="[^"]+forum\.json"/, 'a refused feed URL falls back to the default feed');
    assert.match(element, /<span>Atelier<\/span>/, 'no URL, no link; tags stripped from the text');

    const plain = await (await fetch(`${wp.url}/?p=1`)).text();
    assert.match(plain, /Hello world/);
    assert.doesNotMatch(plain, /aict-widgets\.js|--aict-accent/, 'a page without widgets loads nothing of the plugin');
  });

  for (const browserName of ['Chromium', 'Firefox']) {
    test(`${browserName}: each post shows every widget from the feed, in its language, with one feed request`, async (t) => {
      const browser = browserName === 'Chromium' ? chromium : await launchFirefox();
      try {
        await checkPosts(browser, posts, feed, (line) => t.diagnostic(line));
      } finally {
        if (browser !== chromium) await browser.close();
      }
    });
  }

  test('PHP logged no notice or warning from the plugin', async () => {
    const lines = (await wp.debugLog()).split('\n').filter((line) => line.includes('aict-widgets'));
    assert.deepEqual(lines, []);
  });

  test('deleting the plugin removes its option', async () => {
    const out = await wp.wp(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
wp_set_current_user( 1 );
deactivate_plugins( 'aict-widgets/aict-widgets.php' );
$result = delete_plugins( array( 'aict-widgets/aict-widgets.php' ) );
echo wp_json_encode( array( 'deleted' => true === $result, 'option' => get_option( 'aict_widgets_settings', 'absent' ), 'files' => file_exists( WP_PLUGIN_DIR . '/aict-widgets' ) ) );
`);
    assert.deepEqual(JSON.parse(out.trim().split('\n').pop()), { deleted: true, option: 'absent', files: false });
  });
});
