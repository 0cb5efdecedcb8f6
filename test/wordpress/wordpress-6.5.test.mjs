/**
 * The plugin on WordPress 6.5 (the script-modules API: `wp_enqueue_script_module`), the path
 * today's sites take; wordpress.test.mjs covers Debian's 6.1 (the type="module" fallback),
 * the upload and the settings page. Here: the zip is unpacked and activated as WordPress does
 * it, a French-speaking Author picks « Atelier 1 » in the block editor and publishes, the
 * Author's posts with every block and shortcode are published, and both browsers check the
 * widgets, the single module tag and the single feed request.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startFeedServer } from './feed-server.mjs';
import { ACCENT, checkPosts, launchChromium, launchFirefox, login, pickAtelier1AndPublish } from './pages.mjs';
import { WORDPRESS_BUILDS, wordpressBuild } from './wordpress-builds.mjs';
import { startWordPress } from './wordpress.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const zipPath = path.join(root, 'dist', 'wordpress', `aict-widgets-${version}.zip`);
const log = (message) => process.env.AICT_VERBOSE && console.log(`[wordpress 6.5] ${message}`);
const release = WORDPRESS_BUILDS.releases['6.5'];

let wp;
let feed;
const posts = {};

before(async () => {
  feed = await startFeedServer(path.join(root, 'demo', 'forum-aict-2022.json'));
  const source = await wordpressBuild('6.5', log);
  wp = await startWordPress({ source, theme: release.theme, log });
  const b64 = (text) => Buffer.from(text).toString('base64');
  const out = await wp.wp(`
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
WP_Filesystem();
$unzipped = unzip_file( ${JSON.stringify(zipPath)}, WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) { fwrite( STDERR, $unzipped->get_error_message() ); exit( 1 ); }
$activated = activate_plugin( 'aict-widgets/aict-widgets.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
update_option( 'aict_widgets_settings', array( 'feed_url' => ${JSON.stringify(feed.url)}, 'accent' => '${ACCENT}' ) );
// The Author's WordPress speaks French (the plugin's editor strings must follow).
update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', 'fr_FR' );
// The Author publishes: KSES filters apply to the content (no unfiltered_html).
wp_set_current_user( get_user_by( 'login', 'author' )->ID );
$links = array();
foreach ( array(
  'blocks' => '${b64(
    [
      '<!-- wp:aict/session-card {"sessionId":"atelier-1","lang":"fr"} /-->',
      '<!-- wp:aict/session-full {"sessionId":"atelier-1","lang":"en","noMap":true} /-->',
      '<!-- wp:aict/programme {"lang":"fr","view":"list"} /-->',
      '<!-- wp:aict/room-map {"sessionId":"atelier-1","lang":"en"} /-->',
      '<!-- wp:aict/concurrent-sessions {"sessionId":"atelier-1","lang":"fr"} /-->',
    ].join('\n'),
  )}',
  'shortcodes' => '${b64(
    [
      '[aict_session id="atelier-1" lang="en" variant="full" no_concurrent]',
      '[aict_programme lang="en"]',
      '[aict_room_map session_id="atelier-1" lang="fr"]',
      '[aict_concurrent_sessions session_id="atelier-1" lang="en"]',
    ].join('\n\n'),
  )}',
) as $name => $content ) {
  $id = wp_insert_post( array( 'post_title' => $name, 'post_status' => 'publish', 'post_content' => base64_decode( $content ) ), true );
  if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
  $links[ $name ] = get_permalink( $id );
}
echo wp_json_encode( array( 'version' => get_bloginfo( 'version' ), 'links' => $links, 'modules' => function_exists( 'wp_enqueue_script_module' ) ) );
`);
  const result = JSON.parse(out.trim().split('\n').pop());
  assert.equal(result.version, release.version);
  assert.equal(result.modules, true);
  posts.blocks = {
    link: result.links.blocks,
    widgets: [['aict-session', 'fr'], ['aict-session', 'en'], ['aict-programme', 'fr'], ['aict-room-map', 'en'], ['aict-concurrent-sessions', 'fr']],
  };
  posts.shortcodes = {
    link: result.links.shortcodes,
    widgets: [['aict-session', 'en'], ['aict-programme', 'en'], ['aict-room-map', 'fr'], ['aict-concurrent-sessions', 'en']],
  };
});

after(async () => {
  await wp?.stop();
  await feed?.stop();
});

describe(`the WordPress plugin on WordPress ${release.version} (script modules)`, { concurrency: false }, () => {
  test('an Author picks « Atelier 1 » in the block picker and publishes', async () => {
    const browser = await launchChromium();
    try {
      const page = await login(await browser.createBrowserContext(), 'author', wp.passwords.author, wp.url);
      posts.picked = await pickAtelier1AndPublish(page, wp);
    } finally {
      await browser.close();
    }
  });

  test('pages with widgets load them once as a script module; other pages do not', async () => {
    for (const post of Object.values(posts)) {
      const html = await (await fetch(post.link)).text();
      const tags = html.match(/<script\b[^>]*aict-widgets\/assets\/widgets\/aict-widgets\.js[^>]*>/g) ?? [];
      assert.equal(tags.length, 1, post.link);
      assert.match(tags[0], /type="module"/);
      assert.match(tags[0], /id="aict-widgets-js-module"/, 'printed by the script-modules API, not the fallback');
      assert.match(tags[0], new RegExp(`\\?ver=${version.replaceAll('.', '\\.')}`));
    }
    const plain = await (await fetch(`${wp.url}/?p=1`)).text();
    assert.match(plain, /Hello world/);
    assert.doesNotMatch(plain, /aict-widgets\.js|--aict-accent/);
  });

  for (const [name, launch] of [['Chromium', launchChromium], ['Firefox', launchFirefox]]) {
    test(`${name}: every widget renders the feed in its language, with one feed request per page`, async (t) => {
      const browser = await launch();
      try {
        await checkPosts(browser, posts, feed, (line) => t.diagnostic(line));
      } finally {
        await browser.close();
      }
    });
  }

  test('PHP logged no notice or warning from the plugin', async () => {
    const lines = (await wp.debugLog()).split('\n').filter((line) => line.includes('aict-widgets'));
    assert.deepEqual(lines, []);
  });
});
