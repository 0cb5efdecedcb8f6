// @web/test-runner configuration: every test runs in Debian's headless Chromium and Firefox ESR.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { closingLineReporter } from './test/support/closing-line-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { feedRoutes } from './test/support/server-plugins.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { defaultReporter } from '@web/test-runner';

/** The browser's zone is pinned so that `time-zone="local"` tests are deterministic. */
export const BROWSER_TIME_ZONE = 'America/Toronto';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const env = { ...process.env, TZ: BROWSER_TIME_ZONE, LANG: 'en_US.UTF-8' };

const chromium = chromeLauncher({
  launchOptions: {
      executablePath: CHROMIUM_PATH,
      env,
      args: CHROMIUM_ARGS,
  },
});
chromium.name = 'Chromium';
const browsers = [chromium];
const groups = [];
if (process.env.AICT_BROWSERS !== 'chromium') {
  if (!existsSync(firefoxPath)) {
    throw new Error(`Firefox ESR not found at ${firefoxPath}: apt-get install -y firefox-esr, or set AICT_BROWSERS=chromium`);
  }
  const firefoxWith = (name, prefs) => {
    const firefox = chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, env, headless: true, extraPrefsFirefox: prefs },
    });
    firefox.name = name;
    return firefox;
  };
  browsers.push(firefoxWith('Firefox', {}));
  // Firefox's driver (WebDriver BiDi) cannot emulate the visitor's colour scheme or forced
  // colours as Chromium's DevTools protocol does: two more Firefox, started with those
  // settings, run the files that need them (issue 15). They run with the whole suite, or
  // alone with `--group firefox-dark-os` / `--group firefox-forced-colors`; not when test
  // files are named on the command line.
  const namedFiles = process.argv.slice(2).some((a) => !a.startsWith('-') && /\.test\.[mc]?[jt]s$/.test(a));
  if (!namedFiles || process.argv.includes('--group')) {
    groups.push(
      {
        name: 'firefox-dark-os',
        files: ['test/components/accessibility.test.ts', 'test/components/aict-programme-a11y.test.ts'],
        browsers: [firefoxWith('Firefox (dark OS)', { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 })],
      },
      {
        name: 'firefox-forced-colors',
        files: ['test/components/forced-colors.test.ts'],
        browsers: [firefoxWith('Firefox (forced colours)', { 'browser.display.document_color_use': 2 })],
      },
    );
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  middleware: [feedRoutes()],
  browsers,
  groups,
  // One page at a time per browser: Chromium hides the second page of a browser, and a hidden
  // page gets no animation frames (modernweb-dev/web#2808), which stalls `fixture()`.
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), closingLineReporter()],
};
