/**
 * How this project starts Debian's Chromium, for the test runner, the benchmark and the
 * screenshot script alike. As root it needs `--no-sandbox`; the network is closed, so
 * everything that would phone home is switched off (see ../shared/design/TOOLCHAIN.md).
 */
import { existsSync } from 'node:fs';

/** `CHROME_PATH`, else Debian's binary (the real one first: the wrapper prints a shell warning). */
export const CHROMIUM_PATH =
  process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
