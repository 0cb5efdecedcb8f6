import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { favouritesFor, STORAGE_PREFIX } from '../../src/components/programme/favourites.js';
import { WARM_UP_SESSIONS } from '../../src/components/programme/warm-up-feed.js';
import type { Programme } from '../../src/feed/model.js';
import type { RawFeed, RawSession } from '../../src/feed/schema.js';
import type { AictSessionSelectEvent } from '../../src/shared/events.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import {
  accessibleName,
  addDetailedDemoFeed,
  addInlineFeed,
  after as outcomeOf,
  DEMO_FEED,
  mount,
  part,
  parts,
  shadow,
  textOf,
} from '../support/page.js';

const NBSP = '\u00a0';
const at = (time: string) => `2022-06-20T${time}:00+02:00`;
/** One day in two blocks, the afternoon's listed first, and sessions listed out of time order. */
const BLOCKS_FEED = {
  format: 'aict-programme/1',
  event: {
    id: 'blocks-in-order',
    title: 'Blocs',
    timeZone: 'Europe/Paris',
    startDate: '2022-06-20',
    endDate: '2022-06-20',
    defaultLanguage: 'fr',
  },
  blocks: [
    { id: 'pm', title: 'Après-midi', start: at('14:00'), end: at('17:30') },
    { id: 'am', title: 'Matinée', start: at('09:00'), end: at('12:30') },
  ],
  sessions: [
    { id: 'pm-2', block: 'pm', start: at('16:00'), end: at('17:30') },
    { id: 'am-2', block: 'am', start: at('11:00'), end: at('12:30') },
    { id: 'pm-1a', block: 'pm', start: at('14:00'), end: at('15:30') },
    { id: 'am-1a', block: 'am', start: at('09:00'), end: at('10:30') },
    { id: 'am-1b', block: 'am', start: at('09:00'), end: at('10:00') },
    { id: 'pm-1b', block: 'pm', start: at('14:00'), end: at('15:00') },
  ].map((s) => ({ ...s, kind: 'workshop', title: `Atelier ${s.id}` })),
};
const FAVOURITES_KEY = `${STORAGE_PREFIX}forum-aict-2022`;
/** 20 June 2022, 15:00 in Paris: the first afternoon of the forum. */
const DURING_THE_FORUM = Date.parse('2022-06-20T15:00:00+02:00');

function titles(el: Element): string[] {
  return parts(el, 'title').map((t) => textOf(t));
}
function tabs(el: Element): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}
function selectedTab(el: Element): string {
  return textOf(tabs(el).find((t) => t.getAttribute('aria-selected') === 'true'));
}
function cardOf(el: Element, title: string): HTMLElement {
  const card = parts(el, 'card').find((c) => textOf(c.querySelector('[part~="title"]')).includes(title));
  if (!card) throw new Error(`No card "${title}"`);
  return card;
}
function facet(el: Element, name: string): HTMLDetailsElement {
  const found = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.facet')].find((d) =>
    textOf(d.querySelector('summary')).startsWith(name),
  );
  if (!found) throw new Error(`No facet ${name}`);
  return found;
}
function option(el: Element, facetName: string, label: string): HTMLInputElement {
  const found = [...facet(el, facetName).querySelectorAll('label')].find((l) => textOf(l).startsWith(label));
  if (!found) throw new Error(`No option ${label}`);
  return found.querySelector('input')!;
}
/** Waits until every session the count announces has its card (days longer than a screenful come in slices). */
async function allRendered(el: AictProgramme): Promise<void> {
  const announced = () => Number(textOf(shadow(el).querySelector('.count')).match(/\d+/)?.[0]);
  while (parts(el, 'card').length < announced()) {
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  }
}

let demoData: Promise<RawFeed> | undefined;
/** The demo feed as the test server serves it: expected values are computed from it. */
function demoFeed(): Promise<RawFeed> {
  return (demoData ??= fetch(DEMO_FEED).then((r) => r.json() as Promise<RawFeed>));
}
/**
 * The sessions of an event-local day. The feeds used here give their times in Paris summer time
 * or event-local, so a session's day is the date its `start` begins with.
 */
function sessionsOn(feed: RawFeed, day: string): RawSession[] {
  // « Autres dates » (`other`): the sessions outside the event's dates.
  if (day === 'other') return feed.sessions.filter((s) => !(s.start.slice(0, 10) >= feed.event.startDate! && s.start.slice(0, 10) <= feed.event.endDate!));
  return feed.sessions.filter((s) => s.start.startsWith(day));
}
/** A feed `Text` in `lang`, else in French (the default language of the feeds used here). */
function inLang(text: string | Record<string, string>, lang: string): string {
  return typeof text === 'string' ? text : (text[lang] ?? text.fr ?? '');
}
/** The count a filter value's label shows, "Climat (4)" → 4. */
function countOf(input: HTMLInputElement): number | undefined {
  const n = textOf(input.closest('label')).match(/\((\d+)\)$/)?.[1];
  return n === undefined ? undefined : Number(n);
}
/** The number in each day tab's "matching" badge ('' when a tab has none). */
function tabBadges(el: Element): string[] {
  return tabs(el).map((t) => textOf(t.querySelector('.badge')));
}
/** Where each card's title links to (`null`: no link), in the cards' order. */
function titleLinks(el: Element): (string | null)[] {
  return parts(el, 'title').map((t) => t.querySelector('a')?.getAttribute('href') ?? null);
}

async function settle(el: AictProgramme): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
function button(el: Element, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b).startsWith(text));
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

describe('<aict-programme>', function () {
  // The machine is shared: axe and the 2,000-session feed need room under load (no timing is asserted).
  this.timeout(20000);
  const realClock = AictProgramme.clock;
  let savedHash = '';
  // Cards open only when they have something to show: most of the seed's sessions have a title
  // only, so the tests that open cards use the demo with a summary on each (`#detailed-demo`).
  let removeDetailed: () => void;
  before(async () => {
    removeDetailed = await addDetailedDemoFeed('detailed-demo');
  });
  after(() => removeDetailed());

  beforeEach(() => {
    savedHash = location.hash;
    favouritesFor('forum-aict-2022').clear();
    // After the forum: no "today" among its days.
    AictProgramme.clock = () => Date.parse('2025-01-15T12:00:00Z');
  });
  afterEach(() => {
    AictProgramme.clock = realClock;
    favouritesFor('forum-aict-2022').clear();
    history.replaceState(history.state, '', savedHash || location.pathname + location.search);
  });

  describe('the demo feed, in French', () => {
    let el: AictProgramme;
    beforeEach(async () => {
      ({ el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`));
    });

    it('shows the days as tabs and opens on the forum’s first day', () => {
      expect(shadow(el).querySelector('[role="tablist"]')).to.exist;
      // The seed’s misdated workshop (29 June 2021) goes to a last tab, « Autres dates ».
      expect(tabs(el).map((t) => textOf(t))).to.deep.equal(['lundi 20 juin', 'Autres dates']);
      expect(selectedTab(el)).to.equal('lundi 20 juin');
      const panel = shadow(el).querySelector('[role="tabpanel"]')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
    });

    it('puts the block and the start times in headings, and sessions by start time', () => {
      const block = part(el, 'block')!;
      expect(block.localName).to.equal('h4');
      expect(textOf(block)).to.equal(`Lundi après-midi 14h00${NBSP}–${NBSP}17h30`);
      const times = parts(el, 'time');
      expect(times.map((t) => [t.localName, textOf(t)])).to.deep.equal([
        ['h5', '14h00'],
        ['h5', '16h00'],
      ]);
      const slots = [...shadow(el).querySelectorAll('.slot')].map((s) => s.querySelectorAll('[part~="item"]').length);
      expect(slots).to.deep.equal([3, 2]);
      expect(titles(el)).to.include(`Le changement climatique a-t-il des effets genrés${NBSP}?`);
    });

    it('repeats time and room in each item, and never shows an empty room name', () => {
      const meta = textOf(cardOf(el, 'empreinte carbone').querySelector('[part~="meta"]'));
      expect(meta).to.equal(`Quand${NBSP}: 14h00${NBSP}–${NBSP}15h30 Salle${NBSP}: Salle L. Armand Ouest`);
      const unnamed = textOf(cardOf(el, 'effets genrés').querySelector('[part~="meta"]'));
      expect(unnamed).to.contain('Salle à confirmer');
      expect(textOf(cardOf(el, 'nouvelles crises').querySelector('[part~="meta"]'))).to.contain('Amphi G. Berger');
    });

    it('moves between days with the arrow keys (tab pattern)', async () => {
      const [first, second] = tabs(el);
      expect(first!.tabIndex).to.equal(0);
      expect(second!.tabIndex).to.equal(-1);
      first!.focus();
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
      await settle(el);
      expect(el.getAttribute('day')).to.equal('other');
      expect(shadow(el).activeElement?.id).to.equal('tab-other');
      expect(titles(el)).to.deep.equal(['Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT']);
    });

    it('offers « Plus de détails » only on a card with something more to show', () => {
      const card = cardOf(el, 'empreinte carbone');
      expect(card.querySelector('button.more, .details')).to.equal(null);
    });

    it('expands a card in place', async () => {
      el.day = 'other';
      await settle(el);
      const card = cardOf(el, 'Mobiliser et coordonner');
      const more = card.querySelector<HTMLButtonElement>('button.more')!;
      const title = 'Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT';
      // Named with the session's title: a screen reader's list of buttons tells them apart.
      expect(await accessibleName(more)).to.equal(`Plus de détails ${title}`.replaceAll(NBSP, ' '));
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await settle(el);
      const again = cardOf(el, 'Mobiliser et coordonner');
      expect(again.querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('true');
      expect(await accessibleName(again.querySelector('button.more')!)).to.equal(`Moins de détails ${title}`.replaceAll(NBSP, ' '));
      expect(again.querySelector<HTMLElement>('.details')!.hidden).to.equal(false);
    });

    it('counts sessions per filter value and filters by theme, in step with the attribute', async () => {
      expect(textOf(option(el, 'Thématiques', 'Climat').closest('label'))).to.equal('Climat (4)');
      expect(textOf(option(el, 'Thématiques', 'Acteurs du territoire').closest('label'))).to.equal('Acteurs du territoire (0)');
      option(el, 'Thématiques', 'Climat').click();
      await settle(el);
      expect(el.getAttribute('theme')).to.equal('climat');
      expect(titles(el)).to.have.length(4);
      expect(textOf(shadow(el).querySelector('.count'))).to.equal('4 sessions sur 5');
      el.setAttribute('theme', 'gouvernance-locale');
      await settle(el);
      expect(part(el, 'empty')).to.exist;
      expect(textOf(part(el, 'empty'))).to.contain('Aucune session ne correspond à ces filtres.');
      // The day tabs say where the matches are: each badge counts its day's sessions of the theme.
      const feed = await demoFeed();
      const ofTheme = (day: string) => sessionsOn(feed, day).filter((s) => s.themes?.includes('gouvernance-locale'));
      // « Autres dates » holds the seed's misdated workshop.
      const matching = tabs(el).map((t) => ofTheme(t.dataset.day === 'other' ? '2021-06-29' : t.dataset.day!));
      expect(matching.flat()).to.have.length.greaterThan(0);
      expect(tabBadges(el)).to.deep.equal(matching.map((list) => String(list.length)));
    });

    it('searches as you type, ignoring case and accents ("genres" finds "genrés")', async () => {
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'GENRES';
      input.dispatchEvent(new Event('input'));
      await settle(el);
      expect(el.getAttribute('query')).to.equal('GENRES');
      expect(titles(el)).to.deep.equal([`Le changement climatique a-t-il des effets genrés${NBSP}?`]);
      el.setAttribute('query', 'europeens odd');
      await settle(el);
      expect(titles(el)).to.deep.equal([`Les ODD - Objectifs de développement durable et coopération décentralisée${NBSP}: regards croisés européens`]);
    });

    it('filters by kind and room from attributes, and resets', async () => {
      el.setAttribute('room', 'amphi-gaston-berger');
      await settle(el);
      expect(titles(el)).to.have.length(2);
      el.setAttribute('kind', 'workshop');
      await settle(el);
      const empty = part(el, 'empty')!;
      expect(empty).to.exist;
      empty.querySelector('button')!.click();
      await settle(el);
      expect(el.hasAttribute('room')).to.equal(false);
      expect(el.hasAttribute('kind')).to.equal(false);
      expect(titles(el)).to.have.length(5);
    });

    it('keeps favourites on the device, shows “my programme”, and survives a remount', async () => {
      const toggle = cardOf(el, 'empreinte carbone').querySelector<HTMLButtonElement>('button[aria-pressed]')!;
      expect(await accessibleName(toggle)).to.equal('Mon programme : Comment mesurer l’empreinte carbone dans les projets de coopération ?');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await settle(el);
      expect(cardOf(el, 'empreinte carbone').querySelector('button[aria-pressed]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem(FAVOURITES_KEY)!)).to.deep.equal(['mesurer-empreinte-carbone-projets-cooperation']);
      button(el, 'Mon programme').click();
      await settle(el);
      expect(el.hasAttribute('favourites')).to.equal(true);
      expect(titles(el)).to.deep.equal([`Comment mesurer l’empreinte carbone dans les projets de coopération${NBSP}?`]);
      const { el: again } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr" favourites></aict-programme>`);
      expect(titles(again)).to.deep.equal([`Comment mesurer l’empreinte carbone dans les projets de coopération${NBSP}?`]);
    });

    it('exports the favourites as an .ics file through a blob: URL', async () => {
      cardOf(el, 'empreinte carbone').querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
      await settle(el);
      let link: HTMLAnchorElement | undefined;
      const capture = (e: Event) => {
        const target = e.target as HTMLElement;
        if (target.localName === 'a' && target.hasAttribute('download')) {
          link = target as HTMLAnchorElement;
          e.preventDefault();
        }
      };
      shadow(el).addEventListener('click', capture, true);
      const blobs: Blob[] = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return create.call(URL, blob);
      };
      try {
        part(el, 'calendar')!.click();
        // The first export loads the calendar writer (a chunk of its own) first.
        await waitUntil(() => link, 'the calendar file', { timeout: 5000 });
      } finally {
        URL.createObjectURL = create;
        shadow(el).removeEventListener('click', capture, true);
      }
      expect(link?.download).to.match(/\.ics$/);
      expect(link?.href).to.match(/^blob:/);
      const text = await blobs[0]!.text();
      expect(text).to.contain('BEGIN:VCALENDAR');
      expect(text).to.contain('UID:mesurer-empreinte-carbone-projets-cooperation@forum-aict-2022');
      expect(text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('blocks and start times', () => {
    let removeFeed: () => void;
    before(() => (removeFeed = addInlineFeed('blocks-feed', BLOCKS_FEED)));
    after(() => removeFeed());

    it('shows a day’s blocks in time order, each with its sessions under their start times in order', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#blocks-feed" lang="fr"></aict-programme>`);
      const blocks = [...BLOCKS_FEED.blocks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      const headings = parts(el, 'block');
      // A block heading is its title, then its time range.
      const range = (h: Element) => textOf(h.querySelector('.range'));
      const blockTitles = headings.map((h) => textOf(h).replace(range(h), '').trim());
      expect(blockTitles).to.deep.equal(blocks.map((b) => b.title));
      for (const [i, block] of blocks.entries()) {
        const sessions = BLOCKS_FEED.sessions.filter((s) => s.block === block.id);
        const starts = [...new Set(sessions.map((s) => Date.parse(s.start)))].sort((a, b) => a - b);
        expect(starts.length, block.id).to.be.greaterThan(1);
        const slots = [...headings[i]!.closest('section')!.querySelectorAll('.slot')];
        const slotTimes = slots.map((slot) => slot.querySelector('[part~="time"] time')?.getAttribute('datetime'));
        expect(slotTimes, block.id).to.deep.equal(starts.map((t) => new Date(t).toISOString()));
        slots.forEach((slot, j) => {
          const shown = [...slot.querySelectorAll('[part~="title"]')].map((t) => textOf(t));
          const expected = sessions.filter((s) => Date.parse(s.start) === starts[j]).map((s) => s.title);
          expect(shown.sort(), `${block.id} at ${slotTimes[j]}`).to.deep.equal(expected.sort());
        });
      }
      expect(titles(el)).to.have.length(BLOCKS_FEED.sessions.length);
    });
  });

  describe('links to the full session', () => {
    it('links each title to `session-href` with the session’s id, and fires a cancelable aict-session-select', async () => {
      const feed = await demoFeed();
      const template = '/programme/{id}?from=programme';
      const { el } = await mount<AictProgramme>(
        `<aict-programme src="#detailed-demo" lang="fr" session-href="${template}"></aict-programme>`,
      );
      const day = sessionsOn(feed, '2022-06-20');
      const href = (s: RawSession) => new URL(template.replace('{id}', encodeURIComponent(s.id)), location.href).href;
      expect(titleLinks(el).sort()).to.deep.equal(day.map(href).sort());

      const session = day.find((s) => inLang(s.title, 'fr').includes('nouvelles crises'))!;
      const card = cardOf(el, 'nouvelles crises');
      const selected: AictSessionSelectEvent[] = [];
      let cancel = true;
      const listener = (e: AictSessionSelectEvent) => {
        selected.push(e);
        if (cancel) e.preventDefault();
      };
      // Whether the click would still follow the link (then this test stays on the page anyway).
      const followed: boolean[] = [];
      const stay = (e: Event) => {
        if (!(e.target instanceof HTMLAnchorElement)) return;
        followed.push(!e.defaultPrevented);
        e.preventDefault();
      };
      document.addEventListener('aict-session-select', listener);
      shadow(el).addEventListener('click', stay);
      const before = location.href;
      try {
        card.querySelector<HTMLAnchorElement>('[part~="title"] a')!.click();
        expect(selected.map((e) => e.detail.sessionId)).to.deep.equal([session.id]);
        const [event] = selected;
        expect([event!.cancelable, event!.bubbles, event!.composed]).to.deep.equal([true, true, true]);
        expect(followed).to.deep.equal([false]);
        expect(location.href).to.equal(before);
        // A click elsewhere on the card does what its title does (follows the link, even when the
        // card also has "More details"); an event left alone lets it be followed.
        expect(card.querySelector('button.more'), 'the card has details too').to.not.equal(null);
        cancel = false;
        card.querySelector<HTMLElement>('[part~="meta"]')!.click();
        expect(selected.map((e) => e.detail.sessionId)).to.deep.equal([session.id, session.id]);
        expect(followed).to.deep.equal([false, true]);
      } finally {
        document.removeEventListener('aict-session-select', listener);
        shadow(el).removeEventListener('click', stay);
      }
    });

    it('without `session-href`, links a title to the session’s `url` in the feed, and to nothing without one', async () => {
      const feed = await demoFeed();
      expect(feed.sessions.some((s) => s.url)).to.equal(true);
      expect(feed.sessions.some((s) => !s.url)).to.equal(true);
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
      for (const tab of tabs(el)) {
        el.day = tab.dataset.day!;
        await settle(el);
        const expected = sessionsOn(feed, el.day).map((s) => s.url ?? null);
        expect(titleLinks(el).sort(), el.day).to.deep.equal(expected.sort());
      }
    });
    it('without any link, opening a session or activating its title fires a cancelable aict-session-select', async () => {
      const feed = await demoFeed();
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
      // The demo's sessions of 20 June have no link and nothing more to show: their title selects them.
      const unlinked = feed.sessions.find((s) => !s.url)!;
      const selected: string[] = [];
      let cancel = true;
      const listener = (e: Event) => {
        selected.push((e as CustomEvent<{ sessionId: string }>).detail.sessionId);
        if (cancel) e.preventDefault();
      };
      document.addEventListener('aict-session-select', listener);
      try {
        const card = cardOf(el, inLang(unlinked.title, 'fr'));
        expect(card.querySelector('button.more')).to.equal(null);
        card.querySelector<HTMLButtonElement>('[part~="title"] button')!.click();
        expect(selected).to.deep.equal([unlinked.id]);
        // The whole card is its target.
        card.querySelector<HTMLElement>('[part~="meta"]')!.click();
        expect(selected).to.deep.equal([unlinked.id, unlinked.id]);
        // A session without a link but with details is selected by opening them.
        const removeFeed = addInlineFeed('no-link-feed', { ...feed, sessions: feed.sessions.map(({ url: _url, ...s }) => s) });
        try {
          const { el: other } = await mount<AictProgramme>(`<aict-programme src="#no-link-feed" lang="fr" day="other"></aict-programme>`);
          const atelier = feed.sessions.find((s) => s.id === 'atelier-1')!;
          const more = () => cardOf(other, inLang(atelier.title, 'fr')).querySelector<HTMLButtonElement>('button.more')!;
          // Cancelled: the page shows the session its own way, the card stays closed.
          more().click();
          await settle(other);
          expect(selected.at(-1)).to.equal('atelier-1');
          expect(more().getAttribute('aria-expanded')).to.equal('false');
          // Not cancelled: the card opens; closing it says nothing.
          cancel = false;
          more().click();
          await settle(other);
          expect(more().getAttribute('aria-expanded')).to.equal('true');
          const count = selected.length;
          more().click();
          await settle(other);
          expect(selected).to.have.length(count);
        } finally {
          removeFeed();
        }
      } finally {
        document.removeEventListener('aict-session-select', listener);
      }
    });
  });

  describe('favourites storage failures', () => {
    it('still toggles when localStorage throws', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
        const card = cardOf(el, 'regards croisés');
        card.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
        await settle(el);
        expect(cardOf(el, 'regards croisés').querySelector('button[aria-pressed]')!.getAttribute('aria-pressed')).to.equal('true');
        // Undo, so that the page-wide store is clean for the other tests.
        cardOf(el, 'regards croisés').querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
        expect(localStorage.getItem(FAVOURITES_KEY)).to.equal(null);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('now and next', () => {
    it('opens on today during the forum, marks now and next, and jumps to them', async () => {
      AictProgramme.clock = () => DURING_THE_FORUM;
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
      expect(selectedTab(el)).to.equal('Monday 20 June today');
      const now = parts(el, 'card').filter((c) => c.classList.contains('now'));
      const next = parts(el, 'card').filter((c) => c.classList.contains('next'));
      expect(now).to.have.length(3);
      expect(next).to.have.length(2);
      expect(textOf(now[0]!.querySelector('.live'))).to.equal('Now');
      expect(textOf(next[0]!.querySelector('.live'))).to.equal('Next');
      // From another day, "now and next" comes back to today and focuses what runs now.
      el.day = 'other';
      await settle(el);
      button(el, 'Now and next').click();
      await settle(el);
      expect(selectedTab(el)).to.contain('Monday 20 June');
      expect(shadow(el).activeElement?.classList.contains('now')).to.equal(true);
    });

    it('takes an injected `now` over the clock', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
      el.now = new Date('2022-06-20T15:45:00+02:00');
      await settle(el);
      // 15:45: the 14:00 sessions are over, the 16:00 ones come next.
      expect(parts(el, 'card').filter((c) => c.classList.contains('now'))).to.have.length(0);
      expect(parts(el, 'card').filter((c) => c.classList.contains('next'))).to.have.length(2);
    });
  });

  describe('deep links and the URL hash', () => {
    it('opens the session named by #aict=session-id, on its day, and follows hash changes', async () => {
      history.replaceState(null, '', '#aict=atelier-1');
      const { el } = await mount<AictProgramme>(`<aict-programme src="#detailed-demo" lang="fr"></aict-programme>`);
      await settle(el);
      expect(selectedTab(el)).to.equal('Autres dates');
      const card = cardOf(el, 'Mobiliser');
      expect(card.querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(card);
      location.hash = '#aict=mobilisation-jeunesse-enjeux-climat';
      await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
      await settle(el);
      expect(selectedTab(el)).to.equal('lundi 20 juin');
      // Nothing more to show on that card: it takes the focus.
      expect(shadow(el).activeElement).to.equal(cardOf(el, 'jeunesse'));
      // Without `sync-hash` the element never writes the hash.
      el.setAttribute('query', 'climat');
      await settle(el);
      expect(location.hash).to.equal('#aict=mobilisation-jeunesse-enjeux-climat');
    });

    it('ignores a host page’s own anchors', async () => {
      history.replaceState(null, '', '#content');
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr" sync-hash></aict-programme>`);
      expect(selectedTab(el)).to.equal('lundi 20 juin');
      expect(location.hash).to.equal('#content');
    });

    it('with sync-hash: restores the view from #aict:…, writes it back, and follows back/forward', async () => {
      history.replaceState(null, '', '#aict:theme=climat&day=2022-06-20');
      // The demo's sessions with something more to show (a summary), so that they open.
      const feed = await demoFeed();
      const removeFeed = addInlineFeed('summaries-feed', { ...feed, sessions: feed.sessions.map((x) => ({ ...x, summary: x.summary ?? 'Résumé.' })) });
      const { el } = await mount<AictProgramme>(`<aict-programme src="#summaries-feed" lang="fr" sync-hash></aict-programme>`);
      await settle(el);
      expect(el.getAttribute('theme')).to.equal('climat');
      expect(titles(el)).to.have.length(4);
      el.setAttribute('query', 'crises');
      await settle(el);
      expect(location.hash).to.equal('#aict:day=2022-06-20&query=crises&theme=climat');
      // Opening a card is a history entry: back closes it.
      cardOf(el, 'nouvelles crises').querySelector<HTMLButtonElement>('button.more')!.click();
      await settle(el);
      expect(location.hash).to.equal('#aict=changements-climatiques-nouvelles-crises');
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      await settle(el);
      expect(location.hash).to.equal('#aict:day=2022-06-20&query=crises&theme=climat');
      expect(el.getAttribute('query')).to.equal('crises');
      expect(cardOf(el, 'nouvelles crises').querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('false');
      // Forward opens it again, in the same view, and takes the focus to it.
      const forwarded = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.forward();
      await forwarded;
      await settle(el);
      expect(location.hash).to.equal('#aict=changements-climatiques-nouvelles-crises');
      const reopened = cardOf(el, 'nouvelles crises');
      expect(reopened.querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('true');
      expect(reopened.querySelector<HTMLElement>('.details')!.hidden).to.equal(false);
      expect(shadow(el).activeElement).to.equal(reopened);
      expect([el.getAttribute('query'), el.getAttribute('theme')]).to.deep.equal(['crises', 'climat']);
      removeFeed();
    });
  });

  describe('grid view', () => {
    it('puts rooms in columns on wide screens and falls back to the list on narrow ones', async () => {
      const { el: host } = await mount<HTMLDivElement>(
        `<div style="width: 1100px"><aict-programme src="${DEMO_FEED}" lang="fr" view="grid"></aict-programme></div>`,
      );
      const el = host.querySelector('aict-programme')!;
      await settle(el);
      const grid = shadow(el).querySelector<HTMLElement>('.grid')!;
      expect(getComputedStyle(grid).display).to.equal('grid');
      const heads = [...shadow(el).querySelectorAll('.room-head')].map((h) => textOf(h));
      expect(heads).to.deep.equal(['Salle L. Armand Ouest', 'Amphi G. Berger', 'Salle à confirmer']);
      for (const head of shadow(el).querySelectorAll('.room-head, .time-head')) expect(head.getAttribute('aria-hidden')).to.equal('true');
      // The items still say their time and room (the list alternative for assistive technology).
      expect(textOf(cardOf(el, 'nouvelles crises').querySelector('[part~="meta"]'))).to.contain('16h00');
      const item = cardOf(el, 'nouvelles crises').closest<HTMLElement>('[part~="item"]')!;
      expect(getComputedStyle(item).gridColumnStart).to.equal('3');
      host.style.width = '320px';
      for (let i = 0; i < 20 && shadow(el).querySelector('.grid'); i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      // The list, with its block and time headings (see aict-programme-grid.test.ts).
      expect(shadow(el).querySelector('.grid')).to.equal(null);
      expect(parts(el, 'block')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('switches view with the layout buttons', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
      button(el, 'Grid').click();
      await settle(el);
      expect(el.getAttribute('view')).to.equal('grid');
      expect(button(el, 'Grid').getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('a generated 2,000-session, 40-room feed', () => {
    let script: HTMLScriptElement;
    let feed: ReturnType<typeof generateFeed>;
    before(() => {
      feed = generateFeed({ sessions: 2000, rooms: 40, days: 3, seed: 7 });
      script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'large-feed';
      script.textContent = JSON.stringify(feed);
      document.body.append(script);
    });
    after(() => script.remove());

    it('renders the first day first, then the rest of it in chunks, never the hidden days', async function () {
      this.timeout(30000);
      const { el } = await mount<AictProgramme>(`<aict-programme src="#large-feed" lang="en"></aict-programme>`);
      const firstDay = feed.sessions.filter((s) => s.start.startsWith('2022-06-20')).length;
      expect(tabs(el)).to.have.length(3);
      const initial = parts(el, 'card').length;
      expect(initial).to.be.greaterThan(0).and.below(firstDay);
      // Every card rendered belongs to the first day.
      for (const time of shadow(el).querySelectorAll('[part~="meta"] time')) {
        expect(time.getAttribute('datetime')!.startsWith('2022-06-20')).to.equal(true);
      }
      while (parts(el, 'card').length < firstDay) {
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
      }
      expect(parts(el, 'card').length).to.equal(firstDay);
      expect(textOf(shadow(el).querySelector('.count'))).to.equal(`${firstDay} sessions`);
    });

    it('renders, at aict-load, a first screenful that fills the window, and at most one row more', async function () {
      this.timeout(30000);
      const rendered: number[] = [];
      // A phone's width, then a desktop column's: the narrow one needs fewer cards to fill the window.
      for (const width of [320, 760]) {
        const { el } = await mount<AictProgramme>(`<aict-programme src="#large-feed" lang="en" style="width: ${width}px"></aict-programme>`);
        const cards = parts(el, 'card').map((card) => card.getBoundingClientRect());
        const firstDay = feed.sessions.filter((s) => s.start.startsWith('2022-06-20')).length;
        expect(cards.length, `${width}px`).to.be.greaterThan(0).and.below(firstDay);
        expect(el.getBoundingClientRect().top, 'the programme starts in the window').to.be.below(innerHeight / 2);
        // Filled: the window's bottom is covered by a card (or lies beyond the last one).
        expect(Math.max(...cards.map((r) => r.bottom)), `${width}px: the bottom of the last card`).to.be.at.least(innerHeight);
        // And no more: the rows starting below the window are one at most.
        const below = new Set(cards.filter((r) => r.top >= innerHeight).map((r) => Math.round(r.top)));
        expect(below.size, `${width}px: rows entirely below the window`).to.be.at.most(1);
        rendered.push(cards.length);
        el.remove();
      }
      expect(rendered[0]).to.be.below(rendered[1]!);
    });

    it('lists the facets’ values and counts after the first screenful, and fires aict-load once', async function () {
      this.timeout(30000);
      const { el } = await mount<AictProgramme>(`<aict-programme src="#large-feed" lang="en"></aict-programme>`);
      let loads = 0;
      el.addEventListener('aict-load', () => loads++);
      // At aict-load the facets are there, closed, without their lists of values yet.
      expect([...shadow(el).querySelectorAll('details.facet summary')].map((s) => textOf(s))).to.deep.equal(['Themes', 'Formats', 'Rooms', 'SDGs']);
      expect(shadow(el).querySelectorAll('details.facet label')).to.have.length(0);
      // They come in a slice of their own, before any more cards (a slice of both could pass
      // 50 ms on a cold page): the observer sees the DOM as each slice's task leaves it.
      const firstScreen = parts(el, 'card').length;
      let cardsWithValues: number | undefined;
      const observer = new MutationObserver(() => {
        if (cardsWithValues === undefined && shadow(el).querySelector('details.facet label')) cardsWithValues = parts(el, 'card').length;
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
      while (!shadow(el).querySelector('details.facet label')) {
        await new Promise((r) => setTimeout(r, 20));
        await el.updateComplete;
      }
      observer.disconnect();
      expect(firstScreen).to.be.greaterThan(0);
      expect(cardsWithValues).to.equal(firstScreen);
      const firstDay = feed.sessions.filter((s) => s.start.startsWith('2022-06-20'));
      const count = (input: HTMLInputElement) => textOf(input.closest('label')).match(/\((\d+)\)$/)?.[1];
      for (const theme of feed.themes!) {
        expect(count(option(el, 'Themes', (theme.name as { en: string }).en)), theme.id).to.equal(
          String(firstDay.filter((s) => s.themes?.includes(theme.id)).length),
        );
      }
      const workshops = firstDay.filter((s) => s.kind === 'workshop').length;
      expect(workshops).to.be.greaterThan(0);
      expect(count(option(el, 'Formats', 'Workshop'))).to.equal(String(workshops));
      // The rest of the day follows; nothing announces the element again.
      while (parts(el, 'card').length < firstDay.length) {
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
      }
      expect(loads).to.equal(0);
    });

    it('keeps the rendered day, the card and the focus when a favourite is toggled below the first screenful', async function () {
      this.timeout(30000);
      const { el } = await mount<AictProgramme>(`<aict-programme src="#large-feed" lang="en"></aict-programme>`);
      try {
        while (parts(el, 'card').length < 40) {
          await new Promise((r) => setTimeout(r, 50));
          await el.updateComplete;
        }
        const rendered = parts(el, 'card').length;
        const card = parts(el, 'card')[30]!;
        const star = card.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
        star.focus();
        star.click();
        await settle(el);
        expect(star.getAttribute('aria-pressed')).to.equal('true');
        // Before: the day started again from its first screenful, so the card (and the focus) went.
        expect(parts(el, 'card').length).to.be.at.least(rendered);
        expect(parts(el, 'card')[30]).to.equal(card);
        expect(shadow(el).activeElement).to.equal(star);
        expect(textOf(button(el, 'My programme'))).to.equal('My programme 1');
      } finally {
        favouritesFor(feed.event.id!).clear();
      }
    });

    it('filters while typing and counts per value', async function () {
      this.timeout(30000);
      const { el } = await mount<AictProgramme>(`<aict-programme src="#large-feed" lang="en"></aict-programme>`);
      const theme = feed.themes![0]!;
      const expected = feed.sessions.filter((s) => s.start.startsWith('2022-06-20') && s.themes?.includes(theme.id)).length;
      el.setAttribute('theme', theme.id);
      await settle(el);
      expect(textOf(shadow(el).querySelector('.count'))).to.match(new RegExp(`^${expected} sessions of \\d+$`));
      // A person's name in capitals and without accents finds every first-day session they are in.
      const person = feed.people!.find((p) => /[À-ÿœ]/.test(p.name))!;
      const theirs = feed.sessions
        .filter((s) => s.start.startsWith('2022-06-20') && s.participants?.some((p) => p.person === person.id))
        .map((s) => (s.title as { en: string }).en);
      expect(theirs.length).to.be.greaterThan(0);
      el.removeAttribute('theme');
      el.setAttribute('query', person.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace('œ', 'oe').toUpperCase());
      await settle(el);
      await allRendered(el);
      const shown = titles(el);
      for (const title of theirs) expect(shown).to.include(title);
    });
  });

  describe('a generated 40-session, 2-day feed', () => {
    let feed: RawFeed;
    let removeFeed: () => void;
    before(() => {
      feed = generateFeed({ sessions: 40, days: 2, seed: 5 });
      removeFeed = addInlineFeed('small-feed', feed);
    });
    after(() => removeFeed());

    /** The feed's session a card shows, found by its title's link (every generated session has a `url`). */
    function sessionOf(card: Element): RawSession {
      const url = card.querySelector('[part~="title"] a')?.getAttribute('href');
      const session = feed.sessions.find((s) => s.url === url);
      if (!session) throw new Error(`No session for ${url}`);
      return session;
    }

    it('names the session’s main people on its compact card, and its themes and SDGs', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#small-feed" lang="en"></aict-programme>`);
      await allRendered(el);
      expect(parts(el, 'card')).to.have.length(sessionsOn(feed, '2022-06-20').length);
      const people = new Map(feed.people!.map((p) => [p.id, p.name]));
      const themes = new Map(feed.themes!.map((t) => [t.id, inLang(t.name, 'en')]));
      // The contract's roles in its order; discussants and rapporteurs are left to the details.
      const roles = ['chair', 'introduction', 'moderator', 'speaker'];
      let leftOut = 0;
      let summed = 0;
      for (const card of parts(el, 'card')) {
        const session = sessionOf(card);
        const participants = session.participants ?? [];
        const main = participants
          .filter((p) => roles.includes(p.role ?? 'speaker'))
          .sort((a, b) => roles.indexOf(a.role ?? 'speaker') - roles.indexOf(b.role ?? 'speaker'));
        const names = [...new Set(main.map((p) => people.get(p.person)!))];
        leftOut += participants.length - main.length;
        if (names.length > 3) summed++;
        const more = names.length > 3 ? ` +${names.length - 3} more` : '';
        const expected = `With: ${names.slice(0, 3).join(', ')}${more}`;
        expect(textOf(card.querySelector('[part~="people"]')), session.id).to.equal(expected);
        const tags = (kind: string) => [...card.querySelectorAll(`.tags .${kind}`)].map((t) => textOf(t));
        expect(tags('theme'), session.id).to.deep.equal((session.themes ?? []).map((id) => themes.get(id)));
        expect(tags('sdg'), session.id).to.deep.equal((session.sdgs ?? []).map((n) => `SDG ${n}`));
      }
      // The day has cards that name three people and count the others, and people left out.
      expect(summed).to.be.greaterThan(0);
      expect(leftOut).to.be.greaterThan(0);
    });

    it('filters by SDG in step with `sdg`, and counts each SDG’s sessions of the day', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#small-feed" lang="en"></aict-programme>`);
      await allRendered(el);
      const firstDay = sessionsOn(feed, '2022-06-20');
      const withSdg = (list: RawSession[], ...any: number[]) =>
        list.filter((s) => s.sdgs?.some((n) => any.includes(n)));
      const urls = (list: RawSession[]) => list.map((s) => s.url!).sort();
      const inFeed = [...new Set(feed.sessions.flatMap((s) => s.sdgs ?? []))].sort((a, b) => a - b);
      const inputs = () => [...facet(el, 'SDGs').querySelectorAll<HTMLInputElement>('input')];
      const expectedCounts = inFeed.map((n) => withSdg(firstDay, n).length);
      expect(inputs().map((i) => Number(i.value))).to.deep.equal(inFeed);
      expect(inputs().map(countOf)).to.deep.equal(expectedCounts);
      // The day's most frequent SDG: in some of its sessions, not all.
      const sdg = inFeed.reduce((best, n) => (withSdg(firstDay, n).length > withSdg(firstDay, best).length ? n : best));
      const expected = withSdg(firstDay, sdg);
      expect(expected.length).to.be.within(2, firstDay.length - 1);
      const choice = inputs().find((i) => Number(i.value) === sdg)!;
      choice.click();
      await settle(el);
      await allRendered(el);
      expect(el.getAttribute('sdg')).to.equal(String(sdg));
      expect(titleLinks(el).sort()).to.deep.equal(urls(expected));
      expect(textOf(shadow(el).querySelector('.count'))).to.equal(`${expected.length} sessions of ${firstDay.length}`);
      // The facet's own counts stay those of the day (choosing another SDG adds its sessions)…
      expect(inputs().map(countOf)).to.deep.equal(expectedCounts);
      // … and the day tabs count each day's sessions with that SDG.
      const perDay = tabs(el).map((t) => String(withSdg(sessionsOn(feed, t.dataset.day!), sdg).length));
      expect(tabBadges(el)).to.deep.equal(perDay);
      // Two SDGs from the attribute: sessions with either.
      const other = inFeed.find((n) => n !== sdg && withSdg(firstDay, n).some((s) => !s.sdgs!.includes(sdg)))!;
      el.setAttribute('sdg', `${other},${sdg}`);
      await settle(el);
      await allRendered(el);
      const checked = inputs().flatMap((i) => (i.checked ? [Number(i.value)] : []));
      expect(checked).to.deep.equal([sdg, other].sort((a, b) => a - b));
      expect(titleLinks(el).sort()).to.deep.equal(urls(withSdg(firstDay, sdg, other)));
      expect(withSdg(firstDay, sdg, other).length).to.be.greaterThan(expected.length);
    });
  });

  describe('time zone and language', () => {
    it('shows the times in `time-zone`, says which zone they are in, and follows a change', async () => {
      const feed = await demoFeed();
      const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(local).to.not.equal(feed.event.timeZone);
      const starts = [...new Set(sessionsOn(feed, '2022-06-20').map((s) => Date.parse(s.start)))].sort((a, b) => a - b);
      const hhmm = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
      const clock = (zone: string) => (t: number) =>
        new Intl.DateTimeFormat('en-GB', { ...hhmm, timeZone: zone }).format(t);
      const city = (zone: string) => zone.split('/').pop()!.replaceAll('_', ' ');
      const { el } = await mount<AictProgramme>(
        `<aict-programme src="${DEMO_FEED}" lang="en" time-zone="local"></aict-programme>`,
      );
      const times = () => parts(el, 'time').map((h) => textOf(h.querySelector('time')));
      const notes = () => parts(el, 'time').map((h) => textOf(h.querySelector('.zone')));
      expect(times()).to.deep.equal(starts.map(clock(local)));
      expect(notes()).to.have.length(starts.length);
      for (const note of notes()) expect(note).to.contain(city(local));
      // So do the blocks' time ranges, read before them.
      const blockNotes = parts(el, 'block').map((h) => textOf(h.querySelector('.zone')));
      expect(blockNotes.length).to.be.greaterThan(0);
      for (const note of blockNotes) expect(note).to.contain(city(local));
      el.setAttribute('time-zone', 'Asia/Tokyo');
      await settle(el);
      expect(times()).to.deep.equal(starts.map(clock('Asia/Tokyo')));
      for (const note of notes()) expect(note).to.contain('Tokyo');
      // The event's zone needs no note.
      el.setAttribute('time-zone', 'event');
      await settle(el);
      expect(times()).to.deep.equal(starts.map(clock(feed.event.timeZone)));
      expect(notes()).to.deep.equal(starts.map(() => ''));
      expect(parts(el, 'block').filter((h) => h.querySelector('.zone'))).to.deep.equal([]);
    });

    it('says the zone above the grid too, whose time column is for the eye only', async () => {
      const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const city = local.split('/').pop()!.replaceAll('_', ' ');
      const { el } = await mount<AictProgramme>(
        `<aict-programme src="${DEMO_FEED}" lang="fr" view="grid" time-zone="local"></aict-programme>`,
      );
      const line = () => shadow(el).querySelector('.zone-line');
      // Read before the grid, in words a screen reader says: « Horaires : votre heure, Toronto (UTC−4) ».
      expect(line()?.compareDocumentPosition(shadow(el).querySelector('.grid-scroll')!)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
      expect(textOf(line())).to.match(new RegExp(`^Horaires\u00a0: votre heure, ${city} \\(UTC`));
      el.setAttribute('time-zone', 'event');
      await settle(el);
      expect(line()).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('re-renders its controls, days, times and cards in the other language when `lang` changes', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#detailed-demo" lang="fr"></aict-programme>`);
      const read = () => ({
        search: textOf(shadow(el).querySelector('label[for="query"]')),
        facets: [...shadow(el).querySelectorAll('details.facet summary')].map((s) => textOf(s)),
        tab: selectedTab(el),
        time: textOf(part(el, 'time')),
        other: textOf(parts(el, 'tab').at(-1)),
      });
      expect(read()).to.deep.equal({
        search: 'Rechercher dans le programme',
        facets: ['Thématiques', 'Formats', 'Salles', 'ODD'],
        tab: 'lundi 20 juin',
        time: '14h00',
        other: 'Autres dates',
      });
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(read()).to.deep.equal({
        search: 'Search the programme',
        facets: ['Themes', 'Formats', 'Rooms', 'SDGs'],
        tab: 'Monday 20 June',
        time: '14:00',
        other: 'Other dates',
      });
    });
  });

  it('warms up off the page: nothing added to the document or the device, nothing announced', async () => {
    const events: string[] = [];
    const record = (e: Event) => events.push(e.type);
    document.addEventListener('aict-load', record, true);
    document.addEventListener('aict-error', record, true);
    // Its sample must stay a programme with a session in a block, or the warm-up does little.
    const proto = AictProgramme.prototype as unknown as { renderReady(p: Programme): unknown };
    const renderReady = proto.renderReady;
    const rendered: Programme[] = [];
    proto.renderReady = function (this: unknown, programme: Programme) {
      rendered.push(programme);
      return renderReady.call(this, programme);
    };
    const stored = () => Object.keys(localStorage).sort();
    const before = { elements: document.querySelectorAll('*').length, stored: stored(), hash: location.hash };
    try {
      AictProgramme.warmUp();
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      proto.renderReady = renderReady;
      document.removeEventListener('aict-load', record, true);
      document.removeEventListener('aict-error', record, true);
    }
    // A clean feed (a warning would send the warm-up down paths a real feed rarely takes) with
    // the shapes of a real one, every session in a block and a room, with people and a description.
    expect(rendered).to.have.length(1);
    const [sample] = rendered;
    expect(sample!.warnings).to.deep.equal([]);
    expect(sample!.sessions).to.have.length(WARM_UP_SESSIONS);
    for (const s of sample!.sessions) {
      expect([s.block, s.themes, s.participants.length, s.organizers.length]).to.deep.equal(['b', ['t'], 2, 1]);
      expect(s.room).to.match(/^r\d$/);
      expect(s.description?.fr).to.contain('<strong>');
    }
    expect({ elements: document.querySelectorAll('*').length, stored: stored(), hash: location.hash }).to.deep.equal(before);
    expect(events).to.deep.equal([]);
    // And a programme rendered afterwards is the usual one.
    const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
    expect(selectedTab(el)).to.equal('lundi 20 juin');
    expect(titles(el)).to.have.length(5);
  });

  it('speaks English and marks French content', async () => {
    const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="en"></aict-programme>`);
    expect(tabs(el).map((t) => textOf(t))).to.deep.equal(['Monday 20 June', 'Other dates']);
    expect(textOf(cardOf(el, 'empreinte').querySelector('[part~="meta"]'))).to.contain(`14:00${NBSP}–${NBSP}15:30`);
    expect(part(el, 'title')!.querySelector('[lang="fr"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loads another feed when `src` changes, and takes the page’s accent colour', async () => {
    const { el } = await mount<AictProgramme>(`<aict-programme src="${DEMO_FEED}" lang="fr"></aict-programme>`);
    const demo = await demoFeed();
    const mini = (await (await fetch('/feeds/mini.json')).json()) as RawFeed;
    expect(titles(el).length).to.be.greaterThan(0);
    const next = await outcomeOf(el, () => el.setAttribute('src', '/feeds/mini.json'));
    expect(next.type).to.equal('aict-load');
    await settle(el);
    await allRendered(el);
    const day = tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')!.dataset.day!;
    const titlesOf = (feed: RawFeed) => sessionsOn(feed, day).map((x) => inLang(x.title, 'fr'));
    expect(titlesOf(mini).length).to.be.greaterThan(0);
    expect(titles(el).sort()).to.deep.equal(titlesOf(mini).sort());
    expect(titles(el).some((t) => titlesOf(demo).includes(t))).to.equal(false);
    // `--aict-accent`, set by the page, reaches the day tabs' rule.
    el.style.setProperty('--aict-accent', 'rgb(138, 21, 56)');
    expect(getComputedStyle(part(el, 'tabs')!).borderBottomColor).to.equal('rgb(138, 21, 56)');
  });

  it('follows heading-level and shows the fallback and a message on failure', async () => {
    const { el, event } = await mount<AictProgramme>(
      `<aict-programme src="/feeds/mini.json?status=503" lang="fr"><a href="/programme">Programme</a></aict-programme>`,
    );
    expect(event.type).to.equal('aict-error');
    expect(textOf(part(el, 'error'))).to.contain('erreur 503');
    // The page's own fallback (a link to its programme page) stays in view.
    const slot = shadow(el).querySelector('slot')!;
    expect(slot.assignedElements().map((a) => a.getAttribute('href'))).to.deep.equal(['/programme']);
    expect(slot.assignedElements()[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
    const { el: ok } = await mount<AictProgramme>(`<aict-programme src="/feeds/mini.json" heading-level="2"></aict-programme>`);
    expect(part(ok, 'day')!.localName).to.equal('h2');
    expect(part(ok, 'time')!.localName).to.equal('h3');
    await expect(el).to.be.accessible();
  });
});
