/**
 * A newer WordPress than Debian's, from the npm registry (the only other source reachable here
 * and in CI): `@wp-playground/wordpress-builds` ships each release's PHP tree as a zip. It is
 * fetched on first use with `npm pack` (npm's cache, the pinned integrity checked again here),
 * unpacked once into node_modules/.cache/, and served by the same MariaDB + `php -S` harness.
 * The zip holds the PHP; the package's `public/wp-<release>/` folder holds the static files
 * (scripts, styles, fonts), laid over it here so that pages load without a missing file.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

export const WORDPRESS_BUILDS = {
  package: '@wp-playground/wordpress-builds@0.9.19',
  integrity: 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==',
  /** Release → zip inside the package, and the theme it ships. */
  releases: {
    '6.5': { zip: 'package/src/wordpress/wp-6.5.zip', assets: 'package/public/wp-6.5', version: '6.5.5', theme: 'twentytwentyfour' },
  },
};

/** Unpacks a zip into `dir`, refusing any entry that would land outside it. */
export async function unzip(file, dir) {
  const files = unzipSync(await readFile(file));
  for (const [name, data] of Object.entries(files)) {
    const target = path.resolve(dir, name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${file}: unsafe path ${name}`);
    if (name.endsWith('/')) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}

/** The WordPress tree of a release (fetched and unpacked on first use); returns its folder. */
export async function wordpressBuild(release, log = () => {}) {
  const { zip, assets, version } = WORDPRESS_BUILDS.releases[release];
  const cache = path.join(root, 'node_modules', '.cache', 'aict-wordpress', version);
  const complete = path.join(cache, '.aict-complete');
  if (existsSync(complete)) return cache;
  const work = await mkdtemp(path.join(os.tmpdir(), 'aict-wp-build-'));
  try {
    log(`npm pack ${WORDPRESS_BUILDS.package}`);
    await run('npm', ['pack', WORDPRESS_BUILDS.package, '--pack-destination', work, '--silent'], { cwd: work, maxBuffer: 1 << 24 });
    const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
    const digest = `sha512-${createHash('sha512').update(await readFile(path.join(work, tarball))).digest('base64')}`;
    if (digest !== WORDPRESS_BUILDS.integrity) throw new Error(`${WORDPRESS_BUILDS.package}: integrity ${digest} is not the pinned one`);
    await run('tar', ['-xzf', path.join(work, tarball), '-C', work, zip, assets]);
    const tree = path.join(work, 'tree');
    await unzip(path.join(work, zip), tree);
    if (!existsSync(path.join(tree, 'wp-settings.php'))) throw new Error(`${zip}: no wp-settings.php at its root`);
    await run('cp', ['-r', `${path.join(work, assets)}/.`, tree]);
    await writeFile(path.join(tree, '.aict-complete'), `${WORDPRESS_BUILDS.package}\n`);
    await mkdir(path.dirname(cache), { recursive: true });
    await rm(cache, { recursive: true, force: true });
    await rename(tree, cache).catch(async () => {
      await run('cp', ['-r', tree, cache]);
    });
    return cache;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
