/**
 * Makes `npm start` and `npm test` work on a fresh clone: npm runs this first (`prestart`,
 * `pretest`). It installs the npm packages when `node_modules` is missing or older than the
 * lock file, and with `--browsers` checks that Debian's Chromium and Firefox ESR are there,
 * installing them with apt-get when it can (root on Debian), else saying what to run; with
 * `--wordpress` the same for the Debian packages of the WordPress plugin's test
 * (test/wordpress/wordpress.mjs says which).
 * Plain Node, no dependency: it runs before anything is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const installed = resolve(root, 'node_modules/.package-lock.json');
const lock = resolve(root, 'package-lock.json');

function run(cmd, args, env = process.env) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

if (process.argv.includes('--browsers')) {
  const wanted = ['firefox-esr'];
  if (!process.env.CHROME_PATH) wanted.unshift('chromium');
  if (process.env.AICT_BROWSERS === 'chromium') wanted.pop();
  const missing = wanted.filter((name) => !has(name));
  if (missing.length > 0) {
    const isRoot = process.getuid?.() === 0;
    if (!isRoot || !has('apt-get')) {
      console.error(`The tests need ${missing.join(' and ')}: apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing, 'fonts-dejavu-core'], env);
  }
}

if (process.argv.includes('--wordpress')) {
  const { missingPackages } = await import('../test/wordpress/wordpress.mjs');
  const missing = missingPackages();
  if (missing.length > 0) {
    const isRoot = process.getuid?.() === 0;
    if (!isRoot || !has('apt-get')) {
      console.error(`The WordPress test needs: apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], env);
  }
}
