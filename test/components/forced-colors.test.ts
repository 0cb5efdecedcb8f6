/**
 * Forced colours (Windows high contrast; issue 15): the selected day tab and the pressed view
 * buttons of `<aict-programme>` stay distinguishable when the system replaces every colour.
 *
 * Chromium emulates `forced-colors: active` through the DevTools protocol (the
 * `aict-forced-colors` command of test/support/forced-colors-plugin.mjs). Firefox's driver cannot:
 * the "Firefox (forced colours)" browser of web-test-runner.config.mjs is started with the page
 * colours overridden (`browser.display.document_color_use = 2`), so forced colours are on from
 * the start; the plain Firefox run skips.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { DEMO_FEED, mount, shadow, textOf } from '../support/page.js';

const forced = () => matchMedia('(forced-colors: active)').matches;
/** Whether forced colours were already on when the file started (the Firefox browser set so). */
const FORCED_BY_BROWSER = forced();

async function forcedColors(active: boolean): Promise<boolean> {
  if (FORCED_BY_BROWSER) return active;
  return Boolean(await executeServerCommand('aict-forced-colors', { active }));
}

describe('forced colours', () => {
  afterEach(async () => {
    if (!FORCED_BY_BROWSER) await executeServerCommand('aict-forced-colors', { active: false });
  });

  it('the selected day tab and the pressed view button keep a mark of their own', async function () {
    const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
    if (!(await forcedColors(true))) this.skip();
    await nextFrame();
    expect(forced(), 'forced-colors: active').to.equal(true);
    const selected = shadow(el).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
    const other = shadow(el).querySelector<HTMLElement>('[role="tab"][aria-selected="false"]')!;
    const pressed = shadow(el).querySelector<HTMLElement>('.views button[aria-pressed="true"]')!;
    const unpressed = shadow(el).querySelector<HTMLElement>('.views button[aria-pressed="false"]')!;
    for (const [on, off] of [
      [selected, other],
      [pressed, unpressed],
    ] as const) {
      const a = getComputedStyle(on);
      const b = getComputedStyle(off);
      expect(a.backgroundColor, textOf(on)).not.to.equal(b.backgroundColor);
      expect(a.color, textOf(on)).not.to.equal(b.color);
      expect(a.outlineStyle, textOf(on)).to.equal('solid');
      expect(b.outlineStyle, textOf(off)).not.to.equal('solid');
    }
  });
});
