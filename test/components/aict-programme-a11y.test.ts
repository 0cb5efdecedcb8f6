/**
 * `<aict-programme>` right on every host page (issue 15): axe-core in every state on light and
 * dark pages with a light and a dark OS, card titles in the outline, French counts, language of
 * parts, and a clock the page can freeze. Forced colours: forced-colors.test.ts.
 */
import { expect, fixture, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { favouritesFor } from '../../src/components/programme/favourites.js';
import { axeViolations } from '../support/axe.js';
import { CAN_EMULATE, hostPage, osScheme } from '../support/schemes.js';
import { accessibleName, addDetailedDemoFeed, addInlineFeed, DEMO_FEED, mount, part, parts, shadow, textOf } from '../support/page.js';

const NBSP = '\u00a0';
const DURING_THE_FORUM = Date.parse('2022-06-20T15:00:00+02:00');

async function settle(el: AictProgramme): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

const headingLevel = (node: Element | null | undefined) => Number(node?.localName.slice(1));

describe('<aict-programme> accessibility', function () {
  this.timeout(60000);
  const realClock = AictProgramme.clock;
  let removeDetailed: () => void;
  before(async () => {
    removeDetailed = await addDetailedDemoFeed('a11y-detailed-demo');
  });
  after(() => removeDetailed());
  beforeEach(() => {
    favouritesFor('forum-aict-2022').clear();
    AictProgramme.clock = () => DURING_THE_FORUM;
  });
  afterEach(async () => {
    AictProgramme.clock = realClock;
    favouritesFor('forum-aict-2022').clear();
    if (CAN_EMULATE) await emulateMedia({ colorScheme: 'light' });
  });

  describe('structure and wording', () => {
    it('card titles are headings one level below their start time (list), or the day (grid)', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#a11y-detailed-demo" lang="fr"></aict-programme>`);
      const time = part(el, 'time')!;
      const title = parts(el, 'title')[0]!;
      expect(title.localName).to.match(/^h[2-6]$/);
      expect(headingLevel(title)).to.equal(headingLevel(time) + 1);
      // The block's heading reads as spoken: « Lundi après-midi 14h00 – 17h30 ».
      expect(await accessibleName(part(el, 'block')!)).to.equal('Lundi après-midi 14h00 – 17h30');
      expect(textOf(part(el, 'block'))).to.equal(`Lundi après-midi 14h00${NBSP}–${NBSP}17h30`);

      const { el: wide } = await mount<HTMLDivElement>(
        `<div style="width: 1200px"><aict-programme src="#a11y-detailed-demo" lang="fr" view="grid"></aict-programme></div>`,
      );
      const grid = wide.querySelector('aict-programme')!;
      await settle(grid);
      expect(headingLevel(parts(grid, 'title')[0])).to.equal(headingLevel(part(grid, 'day')) + 1);
    });

    it('counts in French: « 0 session », « 1 session », and tab badges say « N sessions correspondantes »', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
      el.query = 'zzzz-rien';
      await settle(el);
      expect(textOf(shadow(el).querySelector('.count'))).to.equal('0 session sur 5');
      el.query = 'jeunesse';
      await settle(el);
      expect(textOf(shadow(el).querySelector('.count'))).to.equal('1 session sur 5');
      el.query = 'climat';
      await settle(el);
      const tab = shadow(el).querySelector('[role="tab"][aria-selected="true"]')!;
      const n = Number(textOf(tab.querySelector('.badge')));
      expect(n).to.be.greaterThan(1);
      expect(await accessibleName(tab)).to.equal(`lundi 20 juin aujourd’hui ${n} sessions correspondantes`);
      expect(tab.querySelector('[aria-label]')).to.equal(null);
      const other = shadow(el).querySelector('[role="tab"][aria-selected="false"]')!;
      expect(await accessibleName(other)).to.match(/ [01] session correspondante$/);
    });

    it('says « et 1 autre » for one more person, « et 2 autres » for two', async () => {
      const person = (i: number) => ({ id: `p${i}`, name: `Personne ${i}` });
      const feed = (n: number) => ({
        format: 'aict-programme/1',
        event: { id: `people-${n}`, title: 'E', timeZone: 'Europe/Paris', startDate: '2022-06-20', endDate: '2022-06-20', defaultLanguage: 'fr' },
        people: Array.from({ length: n }, (_, i) => person(i)),
        sessions: [
          {
            id: 's', kind: 'workshop', title: 'Atelier', start: '2022-06-20T10:00', end: '2022-06-20T11:00',
            participants: Array.from({ length: n }, (_, i) => ({ person: `p${i}`, role: 'speaker' })),
          },
        ],
      });
      for (const [n, expected] of [[4, 'et 1 autre'], [5, 'et 2 autres']] as const) {
        const remove = addInlineFeed(`people-${n}`, feed(n));
        try {
          const { el } = await mount<AictProgramme>(`<aict-programme src="#people-${n}" lang="fr"></aict-programme>`);
          expect(textOf(shadow(el).querySelector('.more-people'))).to.equal(expected);
        } finally {
          remove();
        }
      }
    });

    it('English interface on a German page is marked lang="en"', async () => {
      const { el: wrapper } = await mount<HTMLDivElement>(`<div lang="de"><aict-programme src="${DEMO_FEED}"></aict-programme></div>`);
      const el = wrapper.querySelector('aict-programme')!;
      expect(shadow(el).querySelector('.programme')!.getAttribute('lang')).to.equal('en');
      expect(parts(el, 'title')[0]!.querySelector('[lang="fr"]')).to.exist;
    });
  });

  describe('keyboard', () => {
    it('grid view: Tab goes through the cards in the order the eye reads them (row by row, left to right)', async () => {
      const { el: wide } = await mount<HTMLDivElement>(
        // A button after the programme keeps the last Tab inside the page (past the page's last
        // control, Firefox moves the focus to its own interface, where later key presses go).
        `<div style="width: 1100px"><aict-programme src="#a11y-detailed-demo" lang="fr" view="grid"></aict-programme><button>after</button></div>`,
      );
      const el = wide.querySelector('aict-programme')!;
      await settle(el);
      const grid = shadow(el).querySelector('.grid')!;
      expect(getComputedStyle(grid).display).to.equal('grid');
      const cards = [...grid.querySelectorAll<HTMLElement>('[part~="card"]')];
      expect(cards.length).to.be.greaterThan(3);
      const byEye = [...cards].sort((a, b) => {
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        return Math.round(p.top) - Math.round(q.top) || p.left - q.left;
      });
      // The grid really has sessions side by side, so that document order could differ from it.
      const tops = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(tops.size).to.be.lessThan(cards.length);
      // Tab from the control just before the grid, and note whose card each stop is in.
      const first = cards[0]!.querySelector<HTMLElement>('a, button')!;
      first.focus();
      const visited: HTMLElement[] = [cards[0]!];
      for (let i = 0; i < cards.length * 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(el).activeElement;
        if (!active || !grid.contains(active)) break;
        const card = active.closest<HTMLElement>('[part~="card"]');
        if (card && visited.at(-1) !== card) visited.push(card);
      }
      expect(document.activeElement?.localName === 'body', 'focus stays in the page').to.equal(false);
      (document.activeElement as HTMLElement | null)?.blur();
      expect(visited.map((c) => c.id)).to.deep.equal(byEye.map((c) => c.id));
    });
  });

  describe('now and next', () => {
    const realSetInterval = window.setInterval;
    let ticks: (() => void)[] = [];
    beforeEach(() => {
      ticks = [];
      window.setInterval = ((fn: () => void, ms?: number) => {
        if (ms === 60_000) ticks.push(fn);
        return realSetInterval(() => undefined, 1e9);
      }) as typeof window.setInterval;
    });
    afterEach(() => {
      window.setInterval = realSetInterval;
    });

    it('move each minute by default', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
      await settle(el);
      expect(ticks).to.have.length.greaterThan(0);
      ticks.forEach((tick) => tick());
      expect(el.isUpdatePending).to.equal(true);
    });

    it('freeze-clock: nothing changes by itself; the marks move when the visitor acts', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr" freeze-clock></aict-programme>`);
      await settle(el);
      expect(shadow(el).querySelector('.live')).to.exist;
      ticks.forEach((tick) => tick());
      expect(el.isUpdatePending).to.equal(false);
    });
  });

  describe('axe-core: 0 violations in every state', () => {
    for (const host of ['light', 'dark'] as const) {
      for (const os of ['light', 'dark'] as const) {
        for (const accent of [undefined, '#8a1538']) {
          const settings = host === 'light' && os === 'light' ? ['', 'auto', 'dark'] : ['', 'auto'];
          it(`${host} host page, ${os} OS, ${accent ?? 'default'} accent`, async function () {
            this.timeout(120000);
            if (!(await osScheme(os))) this.skip();
            const restore = hostPage(host);
            try {
              for (const setting of settings) {
                const attrs = `lang="fr"${setting ? ` color-scheme="${setting}"` : ''}${accent ? ` style="--aict-accent: ${accent}"` : ''}`;
                const container = await fixture<HTMLDivElement>(`<div style="width: 1100px"><main><h1>Forum</h1><h2>Programme</h2>
                  <aict-programme src="#a11y-detailed-demo" ${attrs}></aict-programme>
                  <aict-programme src="/feeds/mini.json?status=503" ${attrs}><a href="/programme">Programme</a></aict-programme>
                  <aict-programme src="/feeds/hang.json?key=${Math.random()}" ${attrs}></aict-programme>
                </main></div>`);
                const [el, failed] = [...container.querySelectorAll('aict-programme')] as AictProgramme[];
                for (let i = 0; i < 200 && (shadow(el!).querySelector('.loading') || shadow(failed!).querySelector('.loading')); i++) {
                  await new Promise((r) => setTimeout(r, 25));
                }
                await settle(el!);
                const states: [string, () => Promise<void>][] = [
                  ['list, now and next, a card open, a favourite', async () => {
                    shadow(el!).querySelector<HTMLButtonElement>('button.more')!.click();
                    shadow(el!).querySelector<HTMLButtonElement>('[part~="favourite"]')!.click();
                  }],
                  ['my programme', async () => void (el!.favourites = true)],
                  ['grid', async () => {
                    shadow(el!).querySelectorAll<HTMLButtonElement>('button.more[aria-expanded="true"]').forEach((b) => b.click());
                    el!.favourites = false;
                    el!.view = 'grid';
                  }],
                  ['grid, a session’s details open (dialog)', async () => {
                    shadow(el!).querySelector<HTMLButtonElement>('.grid button.more')!.click();
                    await settle(el!);
                    expect(shadow(el!).querySelector('dialog[open]'), 'the dialog').to.exist;
                  }],
                  ['filters open', async () => {
                    shadow(el!).querySelector<HTMLDialogElement>('dialog[open]')?.close();
                    el!.view = 'list';
                    shadow(el!).querySelector<HTMLElement>('.facet summary')!.click();
                  }],
                  ['no match', async () => {
                    shadow(el!).querySelector<HTMLDetailsElement>('.facet[open]')?.removeAttribute('open');
                    el!.query = 'zzzz-rien';
                  }],
                ];
                // The custom accent only changes colours: the list and the grid show them all.
                for (const [name, go] of accent ? states.filter(([n]) => !n.startsWith('my') && !n.startsWith('no')) : states) {
                  await go();
                  await settle(el!);
                  expect(await axeViolations(container), `color-scheme="${setting}", ${name}`).to.deep.equal([]);
                }
                container.remove();
              }
            } finally {
              restore();
            }
          });
        }
      }
    }
  });
});
