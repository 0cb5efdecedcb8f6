/**
 * Printing `<aict-programme>` (issue #5): "the selected day (or the favourites) prints cleanly
 * on A4". With "my programme" on, every favourite of every day prints, day by day; otherwise the
 * selected day. No chrome, no horizontal overflow at A4's printable width, no card split.
 *
 * Print media is emulated where the driver can (Chromium, through the DevTools protocol); the
 * Firefox driver (WebDriver BiDi) cannot emulate media, so the layout assertions skip there. What
 * prints is decided on `beforeprint`, which both browsers run (dispatched by the test).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { favouritesFor } from '../../src/components/programme/favourites.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { addInlineFeed, DEMO_FEED, mount, nextFrame, parts, shadow, textOf } from '../support/page.js';

/** A4 portrait (210 mm) less 2 × 10 mm margins, in CSS pixels (96 per inch). */
const A4_WIDTH = 718;

function titles(el: Element): string[] {
  return parts(el, 'title').map((t) => textOf(t));
}
function dayHeadings(el: Element): string[] {
  return parts(el, 'day').map((h) => textOf(h));
}
function firePrint(type: 'beforeprint' | 'afterprint'): void {
  window.dispatchEvent(new Event(type));
}
/** Media query listeners hear of a media change at the next rendering step; then the element updates. */
async function mediaSettled(el: AictProgramme): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}
/** Firefox's driver (WebDriver BiDi) cannot emulate media: `emulateMedia` needs the DevTools protocol. */
const CAN_EMULATE = !navigator.userAgent.includes('Firefox');
/** Emulates print media, or skips where the browser driver cannot. */
async function emulatePrint(ctx: Mocha.Context, el: AictProgramme): Promise<void> {
  if (!CAN_EMULATE) ctx.skip();
  await emulateMedia({ media: 'print' });
  await mediaSettled(el);
}
/** A feed `Text` as an English reader sees it. */
function english(text: unknown): string {
  return typeof text === 'string' ? text : ((text as { en?: string; fr: string }).en ?? (text as { fr: string }).fr);
}
async function mountA4(markup: string): Promise<{ host: HTMLDivElement; el: AictProgramme }> {
  const { el: host } = await mount<HTMLDivElement>(`<div style="width: ${A4_WIDTH}px">${markup}</div>`);
  const el = host.querySelector('aict-programme')!;
  await el.updateComplete;
  return { host, el };
}
/** Visible in the layout (not `display: none` itself or through an ancestor, in the shadow tree too). */
function shown(node: Element): boolean {
  return node.checkVisibility();
}

describe('<aict-programme> in print', function () {
  this.timeout(20000);
  const realClock = AictProgramme.clock;

  beforeEach(() => {
    favouritesFor('forum-aict-2022').clear();
    // After the forum: the programme opens on the forum's first day, 20 June 2022.
    AictProgramme.clock = () => Date.parse('2025-01-15T12:00:00Z');
  });
  afterEach(async () => {
    AictProgramme.clock = realClock;
    favouritesFor('forum-aict-2022').clear();
    firePrint('afterprint');
    if (CAN_EMULATE) await emulateMedia({ media: 'screen' });
  });

  describe('what prints', () => {
    it('prints the selected day only when “my programme” is off', async () => {
      favouritesFor('forum-aict-2022').toggle('atelier-1', true);
      const { el } = await mountA4(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
      firePrint('beforeprint');
      expect(dayHeadings(el)).to.deep.equal(['Monday 20 June']);
      expect(titles(el)).to.have.length(5);
      expect(titles(el).some((t) => t.includes('Mobiliser'))).to.equal(false);
    });

    it('prints every favourite of every day, by day, with “my programme” on', async () => {
      // One favourite on 29 June 2021 (the misdated "Atelier 1", under « Other dates »), one on 20 June 2022.
      favouritesFor('forum-aict-2022').toggle('atelier-1', true);
      favouritesFor('forum-aict-2022').toggle('changements-climatiques-nouvelles-crises', true);
      const { el } = await mountA4(`<aict-programme src="${DEMO_FEED}" lang="en" favourites></aict-programme>`);
      // On screen: the selected day's favourite only.
      expect(dayHeadings(el)).to.deep.equal(['Monday 20 June']);
      expect(titles(el)).to.have.length(1);
      firePrint('beforeprint');
      // Synchronously: the browser lays the page out right after the event.
      expect(dayHeadings(el)).to.deep.equal(['Monday 20 June', 'Other dates']);
      const printed = titles(el);
      expect(printed).to.have.length(2);
      expect(printed[0]).to.contain('nouvelles crises');
      expect(printed[1]).to.contain('Mobiliser et coordonner les acteurs');
      // Each day's sessions under its own heading, in day order, « Other dates » last.
      const [, second] = parts(el, 'day');
      const atelier = parts(el, 'card')[1]!;
      expect(second!.compareDocumentPosition(atelier) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      firePrint('afterprint');
      await el.updateComplete;
      expect(dayHeadings(el)).to.deep.equal(['Monday 20 June']);
      expect(titles(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('leaves out a selected day without favourites, and its “no match” message', async () => {
      favouritesFor('forum-aict-2022').toggle('atelier-1', true);
      const { el } = await mountA4(`<aict-programme src="${DEMO_FEED}" lang="en" favourites day="2022-06-20"></aict-programme>`);
      expect(shadow(el).querySelector('.empty')).to.exist;
      firePrint('beforeprint');
      expect(dayHeadings(el)).to.deep.equal(['Other dates']);
      expect(shadow(el).querySelector('.empty')).to.equal(null);
      expect(titles(el)).to.have.length(1);
    });

    it('prints every favourite of a generated 2,000-session, 3-day feed, and a whole day at once', async function () {
      this.timeout(30000);
      const feed = generateFeed({ sessions: 2000, rooms: 40, days: 3, seed: 7 });
      const remove = addInlineFeed('print-large-feed', feed);
      const store = favouritesFor('forum-genere');
      try {
        // The first two sessions of each day.
        const picked = ['2022-06-20', '2022-06-21', '2022-06-22'].flatMap((day) =>
          feed.sessions.filter((s) => s.start.startsWith(day)).slice(0, 2),
        );
        for (const s of picked) store.toggle(s.id, true);
        const { el } = await mountA4(`<aict-programme src="#print-large-feed" lang="en" favourites day="2022-06-21"></aict-programme>`);
        expect(parts(el, 'card')).to.have.length(2);
        firePrint('beforeprint');
        expect(dayHeadings(el)).to.deep.equal(['Monday 20 June', 'Tuesday 21 June', 'Wednesday 22 June']);
        expect(titles(el).sort()).to.deep.equal(picked.map((s) => english(s.title)).sort());
        firePrint('afterprint');
        // "My programme" off: the whole selected day, not only the first screenful.
        el.favourites = false;
        await el.updateComplete;
        const dayCount = feed.sessions.filter((s) => s.start.startsWith('2022-06-21')).length;
        expect(parts(el, 'card').length).to.be.below(dayCount);
        firePrint('beforeprint');
        expect(parts(el, 'card')).to.have.length(dayCount);
        expect(parts(el, 'day')).to.have.length(1);
      } finally {
        store.clear();
        remove();
      }
    });
  });

  describe('on paper (emulated print media)', () => {
    it('hides the tabs, filters, counts and every button, and shows the day heading', async function () {
      favouritesFor('forum-aict-2022').toggle('atelier-1', true);
      const { el } = await mountA4(`<aict-programme src="${DEMO_FEED}" lang="fr" favourites></aict-programme>`);
      await emulatePrint(this, el);
      for (const selector of ['[part~="filters"]', '[part~="tabs"]', '.count']) {
        expect(shown(shadow(el).querySelector(selector)!), selector).to.equal(false);
      }
      const buttons = [...shadow(el).querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(0);
      expect(buttons.filter(shown).map((b) => textOf(b))).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('input, details, [role="tab"]')).to.satisfy((list: NodeListOf<Element>) =>
        [...list].every((n) => !shown(n)),
      );
      // Favourites on: the other day's favourite prints too, under a visible day heading.
      expect(parts(el, 'day').filter(shown).map((h) => textOf(h))).to.deep.equal(['Autres dates']);
      expect(parts(el, 'card').filter(shown)).to.have.length(1);
      await emulateMedia({ media: 'screen' });
      await mediaSettled(el);
      expect(shown(shadow(el).querySelector('[part~="tabs"]')!)).to.equal(true);
    });

    it('fits A4’s width with no horizontal overflow, grid view printed as the list, cards kept whole, badges legible', async function () {
      // The demo's sessions with a summary, so that a card opens.
      const demo = (await (await fetch(DEMO_FEED)).json()) as { sessions: { summary?: string }[] };
      const removeFeed = addInlineFeed('print-summaries', { ...demo, sessions: demo.sessions.map((x) => ({ ...x, summary: x.summary ?? 'Résumé.' })) });
      this.test?.parent?.afterAll(removeFeed);
      const { host, el } = await mountA4(`<aict-programme src="#print-summaries" lang="fr" view="grid"></aict-programme>`);
      // A card opened on screen prints open (its description is content).
      const opened = parts(el, 'card')[0]!;
      const more = opened.querySelector<HTMLButtonElement>('button.more')!;
      more.click();
      await el.updateComplete;
      await emulatePrint(this, el);
      // The list's block and time headings, not the grid's room columns.
      expect(shadow(el).querySelector('.grid')).to.equal(null);
      expect(parts(el, 'block').filter(shown)).to.have.length(1);
      expect(parts(el, 'time').filter(shown).map((h) => textOf(h))).to.deep.equal(['14h00', '16h00']);
      const right = host.getBoundingClientRect().right;
      expect(el.scrollWidth).to.be.at.most(A4_WIDTH);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('[part~="card"], [part~="card"] *')) {
        if (!shown(node)) continue;
        expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
      }
      for (const card of parts(el, 'card')) {
        expect(getComputedStyle(card).breakInside).to.equal('avoid');
        expect(getComputedStyle(card.parentElement!).breakInside).to.equal('avoid');
      }
      expect(shown(shadow(el).querySelector(`#${opened.id} .details`)!)).to.equal(true);
      // Browsers print no backgrounds by default: badges print as black outlined text.
      const badges = [...shadow(el).querySelectorAll('.chip, .theme, .sdg')];
      expect(badges.length).to.be.greaterThan(3);
      for (const badge of badges) {
        const style = getComputedStyle(badge);
        expect([style.backgroundColor, style.color, style.borderTopStyle], textOf(badge)).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)', 'solid']);
      }
      await emulateMedia({ media: 'screen' });
      await mediaSettled(el);
      expect(getComputedStyle(shadow(el).querySelector('.grid')!).display).to.equal('grid');
      await expect(el).to.be.accessible();
    });
  });
});

describe('<aict-programme>: off-screen slots drawn in a full-page capture and in print', function () {
  this.timeout(40000);
  const feed = generateFeed({ sessions: 300, rooms: 10, days: 1, seed: 12 });
  let remove: () => void;
  before(() => (remove = addInlineFeed('offscreen-feed', feed)));
  after(() => remove());
  afterEach(async () => {
    firePrint('afterprint');
    if (CAN_EMULATE) await emulateMedia({ media: 'screen' });
  });

  /** Whether a card is drawn: not inside a slot that `content-visibility: auto` skips. */
  const drawn = (card: Element) => card.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);

  it('lays out every time slot once the page is idle, none before the first screenful is painted', async () => {
    const { el } = await mountA4(`<aict-programme src="#offscreen-feed" lang="fr"></aict-programme>`);
    // The first screenful: the slots below it are skipped (a big day's first frame stays cheap).
    const slots = [...shadow(el).querySelectorAll<HTMLElement>('.slot')];
    expect(getComputedStyle(slots[slots.length - 1]!).contentVisibility).to.equal('auto');
    let cards = parts(el, 'card');
    for (let i = 0; i < 400 && !(cards.length === feed.sessions.length && cards.every(drawn)); i++) {
      await new Promise((r) => setTimeout(r, 50));
      cards = parts(el, 'card');
    }
    expect(cards).to.have.length(feed.sessions.length);
    expect(cards.filter((c) => !drawn(c)).map((c) => c.id)).to.deep.equal([]);
    for (const slot of shadow(el).querySelectorAll('.slot')) expect(getComputedStyle(slot).contentVisibility).to.equal('visible');
    // Chromium's full-page capture lays the page out at 0 px wide for a moment: that is no
    // reason to skip the slots again (they would be blank in the picture).
    const box = el.parentElement!;
    const width = box.style.width;
    box.style.width = '0px';
    await nextFrame();
    await nextFrame();
    box.style.width = width;
    await nextFrame();
    await nextFrame();
    expect(parts(el, 'card').filter((c) => !drawn(c))).to.have.length(0);
    // A new filter starts from a first screenful again, off-screen slots skipped until idle.
    el.kind = 'workshop';
    await el.updateComplete;
    const after = [...shadow(el).querySelectorAll<HTMLElement>('.slot')];
    expect(after.some((slot) => getComputedStyle(slot).contentVisibility === 'auto')).to.equal(true);
  });

  it('prints every slot of the day with its cards drawn (print media)', async function () {
    const { el } = await mountA4(`<aict-programme src="#offscreen-feed" lang="fr"></aict-programme>`);
    expect(parts(el, 'card').length).to.be.below(feed.sessions.length);
    if (CAN_EMULATE) await emulatePrint(this, el);
    else firePrint('beforeprint');
    expect(parts(el, 'card')).to.have.length(feed.sessions.length);
    if (CAN_EMULATE) {
      for (const slot of shadow(el).querySelectorAll('.slot')) expect(getComputedStyle(slot).contentVisibility).to.equal('visible');
      expect(parts(el, 'card').filter((c) => !drawn(c))).to.have.length(0);
    } else {
      // Firefox's driver cannot emulate print media: the stylesheet says it.
      const rules = shadow(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
      const slot = print.flatMap((m) => [...m.cssRules]).find((r) => r instanceof CSSStyleRule && r.selectorText === '.slot') as CSSStyleRule;
      expect(slot.style.getPropertyValue('content-visibility')).to.equal('visible');
    }
  });
});
