/**
 * `<aict-programme>`'s filters where space is short: on a phone they fold into one
 * « Filtres (n) » button; no engine's native disclosure triangle; an open filter lies over the
 * programme instead of pushing it down (issue #16).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { accessibleName, addInlineFeed, mount, nextFrame, part, parts, shadow, textOf } from '../support/page.js';

const visible = (node: Element | null | undefined) => !!node && node.getBoundingClientRect().height > 0 && getComputedStyle(node).visibility !== 'hidden';

async function programmeAt(width: number, lang = 'fr'): Promise<AictProgramme> {
  const { el: box } = await mount<HTMLDivElement>(
    `<div style="width: ${width}px"><aict-programme src="#filters-feed" lang="${lang}"></aict-programme></div>`,
  );
  const el = box.querySelector('aict-programme')!;
  // The filters' values come in the first slice after the first screenful.
  for (let i = 0; i < 200 && !shadow(el).querySelector('.facet fieldset'); i++) {
    await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }
  await nextFrame();
  return el;
}

async function settle(el: AictProgramme): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
}

/** Where the programme below the filters starts: the day tabs and the first card. */
function programmeTops(el: AictProgramme): number[] {
  return [part(el, 'tabs')!, part(el, 'card')!].map((n) => n.getBoundingClientRect().top);
}

describe('<aict-programme> filters on a phone and on a desktop', function () {
  this.timeout(20000);
  let removeFeed: () => void;
  before(() => (removeFeed = addInlineFeed('filters-feed', generateFeed({ sessions: 120, rooms: 12, days: 2, seed: 9 }))));
  after(() => removeFeed());

  it('folds the filters into one « Filtres (n) » button on a 390 px phone', async () => {
    const el = await programmeAt(390);
    const form = part(el, 'filters')!;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.filter-toggle')!;
    expect(visible(toggle)).to.equal(true);
    expect(textOf(toggle)).to.equal('Filtres');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('facets');
    // The four filters are behind it, and so is the layout switch (the grid needs 44em).
    expect([...shadow(el).querySelectorAll('.facet summary')].filter(visible)).to.have.length(0);
    expect(visible(shadow(el).querySelector('.views'))).to.equal(false);
    // The search and one row of buttons: about 7em, where the open toolbar took ~28em.
    const em = parseFloat(getComputedStyle(el).fontSize);
    expect(form.getBoundingClientRect().height).to.be.at.most(8 * em);

    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const summaries = [...shadow(el).querySelectorAll<HTMLElement>('.facet summary')];
    expect(summaries.filter(visible).map((s) => textOf(s))).to.deep.equal(['Thématiques', 'Formats', 'Salles', 'ODD']);
    summaries[2]!.click();
    await settle(el);
    const box = shadow(el).querySelector<HTMLInputElement>('.facet[open] input[type="checkbox"]')!;
    box.click();
    await settle(el);
    expect(textOf(toggle)).to.equal('Filtres (1)');
    expect(el.room).to.equal(box.value);
    // Everything open stays within the phone's width.
    const panel = shadow(el).querySelector('.facets')!.getBoundingClientRect();
    expect(panel.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();
  });

  it('closes the panel with Escape and gives the focus back to its button', async () => {
    const el = await programmeAt(390, 'en');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.filter-toggle')!;
    toggle.click();
    await settle(el);
    const summary = shadow(el).querySelector<HTMLElement>('.facet summary')!;
    summary.focus();
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement).to.equal(toggle);
    expect(visible(shadow(el).querySelector('.facets'))).to.equal(false);
  });

  for (const width of [390, 780]) {
    it(`opens a filter over the programme at ${width} px: nothing below it moves`, async () => {
      const el = await programmeAt(width);
      const before = programmeTops(el);
      if (width < 700) {
        shadow(el).querySelector<HTMLButtonElement>('.filter-toggle')!.click();
        await settle(el);
      }
      const facet = shadow(el).querySelector<HTMLDetailsElement>('.facet')!;
      facet.querySelector('summary')!.click();
      await settle(el);
      expect(facet.open).to.equal(true);
      const list = facet.querySelector('fieldset')!.getBoundingClientRect();
      expect(list.height).to.be.greaterThan(20);
      expect(programmeTops(el)).to.deep.equal(before);
      // The open list lies over the programme, and nothing of the page scrolls sideways.
      expect(list.bottom).to.be.greaterThan(before[0]!);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      // One list open at a time.
      shadow(el).querySelectorAll<HTMLDetailsElement>('.facet')[1]!.querySelector('summary')!.click();
      await settle(el);
      expect([...shadow(el).querySelectorAll<HTMLDetailsElement>('.facet')].filter((d) => d.open)).to.have.length(1);
    });
  }

  it('draws no native disclosure triangle on the filters, open or closed', async () => {
    const el = await programmeAt(780);
    const summaries = [...shadow(el).querySelectorAll<HTMLElement>('.facet summary')];
    expect(summaries).to.have.length(4);
    summaries[0]!.click();
    await settle(el);
    for (const summary of summaries) {
      const style = getComputedStyle(summary);
      expect(style.display, textOf(summary)).to.not.equal('list-item');
      expect(style.listStyleType, textOf(summary)).to.equal('none');
      // Our own chevron instead.
      expect(getComputedStyle(summary, '::after').borderRightStyle).to.equal('solid');
    }
    // With a list open over the programme, axe (in Firefox) takes the list's theme badges for
    // the background of the card text they cover, text nobody can see; contrast is checked
    // with the lists closed by the other tests of this file and of aict-programme.
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });
});

describe('<aict-programme> filters on a feed that defines tens of thousands of values', function () {
  this.timeout(60000);
  const THEMES = 30_000;
  const themeId = (i: number) => `t${String(i).padStart(5, '0')}`;

  /** Mounts `feed` inline, waits for `aict-load` and for the filters' values. */
  async function load(id: string, feed: unknown, attributes = ''): Promise<{ el: AictProgramme; remove: () => void }> {
    const remove = addInlineFeed(id, feed);
    const { el: box } = await mount<HTMLDivElement>(`<div style="width: 1000px"><aict-programme src="#${id}" lang="fr" ${attributes}></aict-programme></div>`);
    const el = box.querySelector('aict-programme')!;
    for (let i = 0; i < 400 && !shadow(el).querySelector('.facet fieldset'); i++) {
      await new Promise((r) => setTimeout(r, 25));
      await el.updateComplete;
    }
    await nextFrame();
    return { el, remove };
  }
  const facet = (el: Element, legend: string) =>
    [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.facet')].find((d) => textOf(d.querySelector('summary')).startsWith(legend))!;
  const boxes = (node: ParentNode) => [...node.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  it('lists only the themes sessions have, not every theme the feed defines', async () => {
    const feed = generateFeed({ sessions: 60, rooms: 6, days: 1, seed: 3 });
    const used = new Set(feed.sessions.flatMap((s) => s.themes ?? []));
    feed.themes = [...(feed.themes ?? []), ...Array.from({ length: THEMES }, (_, i) => ({ id: themeId(i), name: { fr: `Thème inutilisé ${i}` } }))];
    const { el, remove } = await load('unused-themes', feed);
    try {
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      const values = boxes(facet(el, 'Thématiques')).map((b) => b.value);
      expect(new Set(values)).to.deep.equal(used);
      expect(shadow(el).querySelectorAll('input[type="checkbox"]').length).to.be.below(100);
    } finally {
      remove();
    }
  });

  it(`loads with ${THEMES.toLocaleString('en')} themes in use: each filter lists 50 at most, searches the others, and takes any value from the URL`, async () => {
    const feed = generateFeed({ sessions: THEMES / 100, rooms: 20, days: 1, seed: 5 });
    feed.themes = Array.from({ length: THEMES }, (_, i) => ({ id: themeId(i), name: { fr: `Thème ${themeId(i)}` } }));
    // Every session has 100 themes (the most a session keeps): all 30,000 are in use.
    feed.sessions.forEach((s, n) => (s.themes = Array.from({ length: 100 }, (_, k) => themeId(n * 100 + k))));
    const last = themeId(THEMES - 1);
    const { el, remove } = await load('many-themes', feed);
    try {
      expect(parts(el, 'card').length).to.be.greaterThan(0);
      // Opening the filters never draws tens of thousands of controls.
      const themes = facet(el, 'Thématiques');
      themes.querySelector('summary')!.click();
      await el.updateComplete;
      expect(boxes(themes).length).to.equal(50);
      expect(shadow(el).querySelectorAll('input, button, summary').length).to.be.below(400);
      const search = themes.querySelector<HTMLInputElement>('.facet-search input')!;
      expect(await accessibleName(search)).to.equal('Rechercher parmi : Thématiques');
      expect(textOf(themes.querySelector('.facet-search .n'))).to.equal(`50 sur ${(30_000).toLocaleString('fr')} affichées, les plus utilisées d’abord`);
      expect(boxes(themes).map((b) => b.value)).to.not.include(last);

      // The search within the filter finds a value beyond the first 50.
      search.value = last;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(boxes(themes).map((b) => b.value)).to.deep.equal([last]);
      boxes(themes)[0]!.click();
      await el.updateComplete;
      expect(el.theme).to.equal(last);
      expect(parts(el, 'card')).to.have.length(1);

      // A value set from outside (an attribute, a shared link) is listed, ticked, whatever the search.
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.theme = themeId(THEMES - 2);
      await el.updateComplete;
      const ticked = boxes(themes).filter((b) => b.checked).map((b) => b.value);
      expect(ticked).to.deep.equal([themeId(THEMES - 2)]);
      expect(boxes(themes).length).to.equal(50);
      expect(parts(el, 'card')).to.have.length(1);
    } finally {
      remove();
    }
  });
});
