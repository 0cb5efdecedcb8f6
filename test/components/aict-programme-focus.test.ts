/**
 * « Mon programme » with the keyboard: a star turned off takes its card out of the list. The
 * list is rendered by position, so the focused star button is reused for the next session;
 * the focus must land somewhere stable and the visitor must be told what left and where they
 * are, so that a second Space never takes out another session unannounced.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { favouritesFor } from '../../src/components/programme/favourites.js';
import { accessibleName, DEMO_FEED, mount, part, parts, shadow, textOf } from '../support/page.js';

const NBSP = '\u00a0';
const EVENT = 'forum-aict-2022';
/** The five sessions of 20 June 2022 in the demo feed, in list order (14:00 ×3, then 16:00 ×2). */
const FIRST_DAY = [
  'odd-regards-croises-europeens',
  'changement-climatique-effets-genres',
  'mesurer-empreinte-carbone-projets-cooperation',
  'changements-climatiques-nouvelles-crises',
  'mobilisation-jeunesse-enjeux-climat',
];

function stars(el: Element): HTMLButtonElement[] {
  return parts(el, 'favourite') as HTMLButtonElement[];
}
function titleOf(node: Element): string {
  return textOf(node.closest('[part~="card"]')!.querySelector('[part~="title"]'));
}
function titles(el: Element): string[] {
  return parts(el, 'title').map((t) => textOf(t));
}
function status(el: Element): string {
  return textOf(shadow(el).querySelector('[role="status"]'));
}
/**
 * The focused element inside the programme. Elements are compared with `===` below: describing
 * an element for a failing `expect(element).to.equal(…)` stalled the runner for minutes.
 */
function focused(el: Element): Element | null {
  return shadow(el).activeElement;
}
async function settle(el: AictProgramme): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
/** Space on the focused element, as the keyboard sends it (' ': Firefox's WebDriver BiDi knows no "Space"). */
async function space(el: AictProgramme): Promise<void> {
  await sendKeys({ press: ' ' });
  await settle(el);
}

describe('<aict-programme>: a card leaving « Mon programme »', function () {
  this.timeout(20000);
  const realClock = AictProgramme.clock;
  const store = favouritesFor(EVENT);

  beforeEach(() => {
    store.clear();
    for (const id of FIRST_DAY) store.toggle(id, true);
    // After the forum: the first day opens.
    AictProgramme.clock = () => Date.parse('2025-01-15T12:00:00Z');
  });
  afterEach(() => {
    AictProgramme.clock = realClock;
    store.clear();
  });

  describe('in French', () => {
    let el: AictProgramme;
    let before: string[];
    beforeEach(async () => {
      ({ el } = await mount<AictProgramme>(
        `<aict-programme src="${DEMO_FEED}" lang="fr" day="2022-06-20" favourites></aict-programme>`,
      ));
      before = titles(el);
      expect(before).to.have.length(5);
      expect(status(el)).to.equal('5 sessions sur 5');
    });

    it('moves the focus to the star of the card that takes the place, and says what left and where the visitor is', async () => {
      const star = stars(el)[0]!;
      star.focus();
      await space(el);
      expect(titles(el)).to.deep.equal(before.slice(1));
      expect(store.has(FIRST_DAY[0]!)).to.equal(false);
      expect(document.activeElement === el, 'the focus is in the programme').to.equal(true);
      const now = focused(el) as HTMLButtonElement;
      expect(now.getAttribute('part')).to.equal('favourite');
      expect(titleOf(now)).to.equal(before[1]);
      expect(now.getAttribute('aria-pressed')).to.equal('true');
      expect(await accessibleName(now)).to.equal(`Mon programme : ${before[1]!.replaceAll(NBSP, ' ')}`);
      // The very button that had the focus, now the next session's: hence the announcement.
      expect(now === star, 'the same button, now the next session’s').to.equal(true);
      expect(status(el)).to.equal(
        `«${NBSP}${before[0]}${NBSP}» retiré de Mon programme. Vous êtes maintenant sur «${NBSP}${before[1]}${NBSP}». 4 sessions sur 5`,
      );
      // The next session is still a favourite: one Space took out one session.
      expect(store.size).to.equal(4);
      expect(store.has(FIRST_DAY[1]!)).to.equal(true);
    });

    it('announces a second Space too: another session never leaves unannounced', async () => {
      stars(el)[0]!.focus();
      await space(el);
      await space(el);
      expect(titles(el)).to.deep.equal(before.slice(2));
      expect(store.has(FIRST_DAY[1]!)).to.equal(false);
      expect(titleOf(focused(el)!)).to.equal(before[2]);
      expect(status(el)).to.equal(
        `«${NBSP}${before[1]}${NBSP}» retiré de Mon programme. Vous êtes maintenant sur «${NBSP}${before[2]}${NBSP}». 3 sessions sur 5`,
      );
    });

    it('goes to the star of the card before when the last card leaves', async () => {
      stars(el)[4]!.focus();
      await space(el);
      expect(titles(el)).to.deep.equal(before.slice(0, 4));
      const now = focused(el)!;
      expect(now.getAttribute('part')).to.equal('favourite');
      expect(titleOf(now)).to.equal(before[3]);
      expect(status(el)).to.equal(
        `«${NBSP}${before[4]}${NBSP}» retiré de Mon programme. Vous êtes maintenant sur «${NBSP}${before[3]}${NBSP}». 4 sessions sur 5`,
      );
    });

    it('goes to the “no session matches” line when the last favourite of the day leaves', async () => {
      stars(el)[0]!.focus();
      for (let i = 0; i < 4; i++) await space(el);
      expect(titles(el)).to.deep.equal([before[4]]);
      await space(el);
      expect(parts(el, 'card')).to.have.length(0);
      expect(store.size).to.equal(0);
      const now = focused(el) as HTMLElement;
      expect(now === part(el, 'empty')!.querySelector('p'), 'the focus is on the “no session matches” line').to.equal(
        true,
      );
      expect(textOf(now)).to.equal('Aucune session ne correspond à ces filtres.');
      expect(status(el)).to.equal(`«${NBSP}${before[4]}${NBSP}» retiré de Mon programme. 0 session sur 5`);
      // A Space there changes nothing.
      await space(el);
      expect(el.hasAttribute('favourites')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('tells a pointer user what left, without moving a focus it does not have', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      stars(el)[1]!.click();
      await settle(el);
      expect(titles(el)).to.deep.equal([before[0], ...before.slice(2)]);
      expect(focused(el)).to.equal(null);
      expect(status(el)).to.equal(`«${NBSP}${before[1]}${NBSP}» retiré de Mon programme. 4 sessions sur 5`);
    });

    it('also moves the focus when the session is taken out elsewhere (another tab or programme)', async () => {
      stars(el)[2]!.focus();
      store.toggle(FIRST_DAY[2]!, false);
      await settle(el);
      expect(titles(el)).to.deep.equal([...before.slice(0, 2), ...before.slice(3)]);
      expect(titleOf(focused(el)!)).to.equal(before[3]);
      expect(status(el)).to.equal(
        `«${NBSP}${before[2]}${NBSP}» retiré de Mon programme. Vous êtes maintenant sur «${NBSP}${before[3]}${NBSP}». 4 sessions sur 5`,
      );
    });

    it('forgets the message when the view changes', async () => {
      stars(el)[0]!.focus();
      await space(el);
      expect(status(el)).to.contain('retiré');
      el.favourites = false;
      await settle(el);
      expect(status(el)).to.equal('5 sessions');
    });
  });

  it('in English', async () => {
    const { el } = await mount<AictProgramme>(
      `<aict-programme src="${DEMO_FEED}" lang="en" day="2022-06-20" favourites></aict-programme>`,
    );
    const before = titles(el);
    stars(el)[0]!.focus();
    await space(el);
    expect(titleOf(focused(el)!)).to.equal(before[1]);
    expect(status(el)).to.equal(
      `“${before[0]}” removed from My programme. You are now on “${before[1]}”. 4 sessions of 5`,
    );
    stars(el)[3]!.focus();
    await space(el);
    expect(titleOf(focused(el)!)).to.equal(before[3]);
    expect(status(el)).to.equal(
      `“${before[4]}” removed from My programme. You are now on “${before[3]}”. 3 sessions of 5`,
    );
    await expect(el).to.be.accessible();
  });

  it('in the grid view, the next card in reading order takes the focus', async () => {
    const { el } = await mount<AictProgramme>(
      `<aict-programme src="${DEMO_FEED}" lang="en" day="2022-06-20" favourites view="grid"></aict-programme>`,
    );
    const before = titles(el);
    stars(el)[1]!.focus();
    await space(el);
    expect(titles(el)).to.deep.equal([before[0], ...before.slice(2)]);
    expect(titleOf(focused(el)!)).to.equal(before[2]);
    expect(status(el)).to.contain(`“${before[1]}” removed from My programme`);
  });

  it('without « Mon programme », a star turned off stays where it is, focused, and nothing more is said', async () => {
    const { el } = await mount<AictProgramme>(
      `<aict-programme src="${DEMO_FEED}" lang="fr" day="2022-06-20"></aict-programme>`,
    );
    const star = stars(el)[0]!;
    const title = titleOf(star);
    star.focus();
    await space(el);
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    expect(focused(el) === star, 'the focus stays on the star').to.equal(true);
    expect(titleOf(star)).to.equal(title);
    expect(status(el)).to.equal('5 sessions');
  });
});
