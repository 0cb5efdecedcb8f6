import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { DEMO_FEED, mount, shadow, textOf } from '../support/page.js';

/**
 * A session card on paper. Browsers print no backgrounds by default, so a badge drawn as white
 * text on a colour would print as nothing. Firefox's driver (WebDriver BiDi) cannot emulate
 * media (`emulateMedia` needs the DevTools protocol), so these run in Chromium only.
 */
const CAN_EMULATE = !navigator.userAgent.includes('Firefox');

describe('<aict-session> in print', function () {
  afterEach(async () => {
    if (CAN_EMULATE) await emulateMedia({ media: 'screen' });
  });

  it('prints its label, themes and SDGs as black outlined text, and no buttons', async function () {
    if (!CAN_EMULATE) this.skip();
    const { el } = await mount<AictSession>(
      `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" variant="full" no-map no-concurrent></aict-session>`,
    );
    const badges = [...shadow(el).querySelectorAll('.chip, .theme, .sdg')];
    // The seed session has a label, themes and SDGs.
    expect(badges.map((badge) => badge.className.split(' ')[0])).to.include.members(['chip', 'theme', 'sdg']);
    const onScreen = getComputedStyle(shadow(el).querySelector('.chip')!).backgroundColor;
    expect(onScreen, 'the label has a background on screen').not.to.equal('rgba(0, 0, 0, 0)');

    await emulateMedia({ media: 'print' });
    await nextFrame();
    for (const badge of badges) {
      const style = getComputedStyle(badge);
      expect([style.backgroundColor, style.color, style.borderTopStyle], textOf(badge)).to.deep.equal([
        'rgba(0, 0, 0, 0)',
        'rgb(0, 0, 0)',
        'solid',
      ]);
    }
    for (const button of shadow(el).querySelectorAll('button')) expect(button.checkVisibility(), textOf(button)).to.equal(false);
  });
});
