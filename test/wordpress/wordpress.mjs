/**
 * A real WordPress for the plugin's end-to-end test, started and stopped by the test itself
 * from Debian packages (see .ci/run): `wordpress` (6.1), `wordpress-theme-twentytwentythree`,
 * `php-cli`, `php-mysql`, `php-xml`, `php-mbstring`, `mariadb-server`.
 *
 * - MariaDB runs on a private data directory and socket under a temporary folder (no TCP port,
 *   nothing shared with a MariaDB the machine may already run);
 * - WordPress is a copy of Debian's tree (`/usr/share/wordpress`, its symlinks resolved) with
 *   its own wp-config.php, served by PHP's built-in server on 127.0.0.1;
 * - nothing leaves the machine: WP_HTTP_BLOCK_EXTERNAL stops WordPress's update checks.
 * PHP notices and warnings go to `debug.log`, which the test reads.
 */
import { spawn, spawnSync, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WORDPRESS_SOURCE = process.env.AICT_WORDPRESS_DIR ?? '/usr/share/wordpress';

/** What is missing on this machine to run WordPress, as apt package names. */
export function missingPackages({ source = WORDPRESS_SOURCE } = {}) {
  const missing = [];
  const which = (cmd) => ['/usr/bin', '/usr/sbin', '/bin', '/sbin', '/usr/local/bin'].some((d) => existsSync(path.join(d, cmd)));
  if (!which('php')) missing.push('php-cli', 'php-mysql', 'php-xml', 'php-mbstring');
  else {
    const modules = spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.split('\n').map((m) => m.trim());
    if (!modules.includes('mysqli')) missing.push('php-mysql');
    if (!modules.includes('xml')) missing.push('php-xml');
    if (!modules.includes('mbstring')) missing.push('php-mbstring');
  }
  if (!which('mariadbd') || !which('mariadb-install-db')) missing.push('mariadb-server');
  if (source === WORDPRESS_SOURCE) {
    if (!existsSync(path.join(source, 'wp-settings.php'))) missing.push('wordpress');
    if (!existsSync(path.join(source, 'wp-content/themes/twentytwentythree/theme.json')))
      missing.push('wordpress-theme-twentytwentythree');
  }
  return missing;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeout = 60000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/**
 * Starts MariaDB and WordPress, installs WordPress with an Administrator (`admin`) and an
 * Author (`author`, no unfiltered_html). Returns the site and a `stop()`.
 * `source`: a WordPress tree (Debian's by default); `theme`: the theme to switch to.
 */
export async function startWordPress({ log = () => {}, source = WORDPRESS_SOURCE, theme = 'twentytwentythree' } = {}) {
  const missing = missingPackages({ source });
  if (missing.length) {
    throw new Error(
      `A real WordPress needs Debian packages that are missing: apt-get install -y ${missing.join(' ')} (npm test and .ci/run install them when run as root)`,
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aict-wp-'));
  const processes = [];
  // If the test process dies first, its servers must not outlive it.
  const killAll = () => {
    for (const child of processes) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    for (const child of processes.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        // Each server leads its own process group: PHP's workers go with their parent.
        const signal = (name) => {
          try {
            process.kill(-child.pid, name);
          } catch {
            child.kill(name);
          }
        };
        const exited = new Promise((r) => child.once('exit', r));
        signal('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
        if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
      }
    }
    if (!process.env.AICT_KEEP_WORDPRESS) await rm(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB on a private socket.
    const datadir = path.join(dir, 'mysql');
    const socket = path.join(dir, 'mysqld.sock');
    await mkdir(datadir);
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    log('mariadb-install-db');
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], {
      maxBuffer: 1 << 24,
    });
    const mysqld = spawn(
      'mariadbd',
      ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${path.join(dir, 'mysqld.pid')}`,
       `--log-error=${path.join(dir, 'mysqld.err')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin', ...asRoot],
      { stdio: 'ignore', detached: true },
    );
    processes.push(mysqld);
    await waitFor(async () => {
      if (mysqld.exitCode !== null) throw new Error(`mariadbd exited: ${await readFile(path.join(dir, 'mysqld.err'), 'utf8').catch(() => '')}`);
      await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']);
      return true;
    }, 'MariaDB');
    log('MariaDB is up');

    // WordPress: Debian's tree, copied so that plugins can be installed into it.
    const root = path.join(dir, 'wordpress');
    await run('cp', ['-r', '--dereference', source, root]);
    await rm(path.join(root, 'wp-config.php'), { force: true });
    await rm(path.join(root, '.htaccess'), { force: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = path.join(dir, 'debug.log');
    await writeFile(
      path.join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'AUTH_KEY', 'aict-test-auth' );
define( 'SECURE_AUTH_KEY', 'aict-test-secure-auth' );
define( 'LOGGED_IN_KEY', 'aict-test-logged-in' );
define( 'NONCE_KEY', 'aict-test-nonce' );
define( 'AUTH_SALT', 'aict-test-auth-salt' );
define( 'SECURE_AUTH_SALT', 'aict-test-secure-auth-salt' );
define( 'LOGGED_IN_SALT', 'aict-test-logged-in-salt' );
define( 'NONCE_SALT', 'aict-test-nonce-salt' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const php = async (code) => {
      const file = path.join(dir, `cli-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
      await writeFile(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = '${port}';
${code}
`,
      );
      try {
        const { stdout } = await run('php', ['-d', 'display_errors=stderr', file], { cwd: root, maxBuffer: 1 << 24 });
        return stdout;
      } finally {
        await rm(file, { force: true });
      }
    };

    log('installing WordPress');
    const passwords = { admin: 'aict-admin-pass-1', author: 'aict-author-pass-1' };
    await php(`
define( 'WP_INSTALLING', true );
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Forum partenaire', 'admin', 'admin@example.org', false, '', '${passwords.admin}' );
switch_theme( '${theme}' );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => '${passwords.author}', 'user_email' => 'author@example.org', 'role' => 'author', 'display_name' => 'Autrice' ) );
if ( is_wp_error( $author ) ) { fwrite( STDERR, $author->get_error_message() ); exit( 1 ); }
`);

    // PHP's built-in server, a few workers so that the editor's parallel requests do not queue.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, '-d', 'display_errors=0', '-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M'], {
      cwd: root,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    processes.push(server);
    let serverLog = '';
    server.stderr.on('data', (chunk) => {
      serverLog = (serverLog + chunk).slice(-20000);
    });
    await waitFor(async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited: ${serverLog}`);
      const response = await fetch(`${url}/wp-login.php`);
      return response.ok;
    }, 'WordPress');
    log(`WordPress is up at ${url}`);

    return {
      url,
      root,
      dir,
      passwords,
      php,
      /** Runs PHP with WordPress loaded (as no user). */
      wp: (code) => php(`require '${root}/wp-load.php';\n${code}`),
      debugLog: async () => readFile(debugLog, 'utf8').catch(() => ''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
