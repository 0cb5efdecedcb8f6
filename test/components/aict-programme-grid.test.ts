/**
 * `<aict-programme view="grid">` when sessions overlap: in one room (lanes side by side, as in
 * a calendar), and a break or plenary that runs alongside other sessions. Issue #5: every card
 * readable and reachable, breaks and plenaries spanning the grid.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { generateFeed } from '../fixtures/generate-feed.js';
import { accessibleName, addInlineFeed, mount, nextFrame, parts, shadow, textOf } from '../support/page.js';

const session = (id: string, kind: string, start: string, end: string, room?: string) => ({
  id,
  kind,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  start: `2022-06-20T${start}`,
  end: `2022-06-20T${end}`,
  ...(room ? { room } : {}),
});

/** One day, two rooms; in room A, "w1" and "w2" overlap from 10h30 to 11h30. */
const OVERLAP_FEED = {
  format: 'aict-programme/1',
  event: {
    id: 'grid-overlap',
    title: 'Grid',
    timeZone: 'Europe/Paris',
    startDate: '2022-06-20',
    endDate: '2022-06-20',
    defaultLanguage: 'fr',
  },
  rooms: [
    { id: 'a', name: 'Salle A' },
    { id: 'b', name: 'Salle B' },
  ],
  sessions: [
    session('plen', 'plenary', '09:00', '10:00', 'a'),
    session('w1', 'workshop', '10:00', '11:30', 'a'),
    // Something to show when opened, so it has a "More details" button.
    { ...session('w2', 'workshop', '10:30', '12:00', 'a'), summary: 'Résumé w2.' },
    session('w3', 'workshop', '10:00', '12:00', 'b'),
    session('pause', 'break', '12:00', '13:00'),
    session('w4', 'workshop', '13:00', '14:00', 'a'),
    // A plenary that runs while room B has a workshop cannot span it: it keeps to room A.
    session('plen2', 'plenary', '14:00', '15:00', 'a'),
    session('w5', 'workshop', '14:30', '15:00', 'b'),
  ],
};

function card(el: Element, id: string): HTMLElement {
  const found = parts(el, 'card').find((c) => textOf(c.querySelector('[part~="title"]')) === `Titre ${id}`);
  if (!found) throw new Error(`No card ${id}`);
  return found;
}

function intersect(a: DOMRect, b: DOMRect): boolean {
  // Sub-pixel rounding: a shared edge is not an overlap.
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Pairs of cards whose boxes intersect, by title. */
function overlaps(el: Element): string[] {
  const boxes = parts(el, 'card').map((c) => ({
    title: textOf(c.querySelector('[part~="title"]')),
    box: c.getBoundingClientRect(),
  }));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (intersect(a.box, b.box)) found.push(`${a.title} × ${b.title}`);
  });
  return found;
}

/** The element at the centre of `target` is `target` or inside it: nothing covers it. */
function onTop(el: Element, target: HTMLElement): boolean {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (hit === target || target.contains(hit));
}

describe('<aict-programme view="grid"> with overlapping sessions', function () {
  this.timeout(20000);
  let removeFeed: () => void;
  let host: HTMLDivElement;
  let el: AictProgramme;

  before(() => {
    removeFeed = addInlineFeed('grid-overlap-feed', OVERLAP_FEED);
  });
  after(() => removeFeed());

  beforeEach(async () => {
    // Wide enough for the grid (three lanes) inside the test page's 800 px viewport.
    ({ el: host } = await mount<HTMLDivElement>(
      `<div style="width: 780px"><aict-programme src="#grid-overlap-feed" lang="fr" view="grid"></aict-programme></div>`,
    ));
    el = host.querySelector('aict-programme')!;
    await el.updateComplete;
    await nextFrame();
  });

  it('puts two overlapping sessions of one room side by side, both visible', () => {
    expect(getComputedStyle(shadow(el).querySelector('.grid')!).display).to.equal('grid');
    const [w1, w2] = [card(el, 'w1'), card(el, 'w2')];
    const [a, b] = [w1.getBoundingClientRect(), w2.getBoundingClientRect()];
    expect(intersect(a, b), 'w1 and w2 overlap').to.equal(false);
    expect(a.width).to.be.greaterThan(100);
    expect(b.width).to.be.greaterThan(100);
    // Side by side in room A: the second starts to the right of the first.
    expect(b.left).to.be.at.least(a.right - 0.5);
    expect(onTop(el, w1.querySelector('[part~="favourite"]')!)).to.equal(true);
    expect(onTop(el, w2.querySelector('[part~="favourite"]')!)).to.equal(true);
    // w2 has a summary and no link: its control is « Plus de détails » (its title is plain text).
    expect(w2.querySelector('[part~="title"] :is(a, button)'), 'w2 title control').to.equal(null);
    expect(onTop(el, w2.querySelector('button.more')!)).to.equal(true);
    expect(overlaps(el)).to.deep.equal([]);
  });

  it('widens room A’s header over its lanes, and a lone session to the room’s width', () => {
    const heads = [...shadow(el).querySelectorAll<HTMLElement>('.room-head')];
    expect(heads.map((h) => textOf(h))).to.deep.equal(['Salle A', 'Salle B']);
    const roomA = heads[0]!.getBoundingClientRect();
    const [w1, w2, w4] = ['w1', 'w2', 'w4'].map((id) => card(el, id).getBoundingClientRect()) as [
      DOMRect,
      DOMRect,
      DOMRect,
    ];
    expect(w1.left).to.be.closeTo(roomA.left, 1);
    expect(w2.right).to.be.closeTo(roomA.right, 1);
    expect(w4.left).to.be.closeTo(roomA.left, 1);
    expect(w4.right).to.be.closeTo(roomA.right, 1);
  });

  it('spans breaks and plenaries over every room, unless something runs alongside', () => {
    const heads = [...shadow(el).querySelectorAll<HTMLElement>('.room-head')].map((h) => h.getBoundingClientRect());
    const left = heads[0]!.left;
    const right = heads[heads.length - 1]!.right;
    for (const id of ['plen', 'pause']) {
      const box = card(el, id).getBoundingClientRect();
      expect(box.left, id).to.be.closeTo(left, 1);
      expect(box.right, id).to.be.closeTo(right, 1);
    }
    const plen2 = card(el, 'plen2').getBoundingClientRect();
    expect(plen2.right).to.be.closeTo(heads[0]!.right, 1);
    expect(overlaps(el)).to.deep.equal([]);
  });

  it('reaches both overlapping cards with the keyboard, in time order', async () => {
    const first = card(el, 'w1').querySelector<HTMLButtonElement>('[part~="favourite"]')!;
    const target = card(el, 'w2').querySelector<HTMLButtonElement>('[part~="favourite"]')!;
    first.focus();
    expect(shadow(el).activeElement).to.equal(first);
    const visited: Element[] = [];
    for (let i = 0; i < 12 && shadow(el).activeElement !== target; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement;
      if (active) visited.push(active);
    }
    expect(shadow(el).activeElement, 'Tab reaches w2').to.equal(target);
    // Every stop on the way was something the visitor can see.
    for (const stop of visited) expect((stop as HTMLElement).getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows the list, with its headings, when the element is too narrow for a grid, and says so', async () => {
    const pressed = () =>
      [...shadow(el).querySelectorAll('.views button')].map((b) => `${textOf(b)}:${b.getAttribute('aria-pressed')}`);
    expect(pressed()).to.deep.equal(['Liste:false', 'Grille:true']);
    host.style.width = '320px';
    for (let i = 0; i < 20 && shadow(el).querySelector('.grid'); i++) await nextFrame();
    await el.updateComplete;
    expect(shadow(el).querySelector('.grid')).to.equal(null);
    expect(textOf(shadow(el).querySelector('.grid-note'))).to.equal(
      'La grille demande un écran plus large\u00a0: les sessions sont listées par horaire.',
    );
    // The list's time headings are there, and « Grille » is not left pressed on a list.
    expect(parts(el, 'time').map((t) => textOf(t))).to.include('10h00');
    expect(pressed()).to.deep.equal(['Liste:true', 'Grille:false']);
    expect(el.view).to.equal('grid');
    expect(overlaps(el)).to.deep.equal([]);
    // Wide again: the grid the visitor chose comes back.
    host.style.width = '780px';
    for (let i = 0; i < 20 && !shadow(el).querySelector('.grid'); i++) await nextFrame();
    await el.updateComplete;
    expect(shadow(el).querySelector('.grid')).to.not.equal(null);
    expect(pressed()).to.deep.equal(['Liste:false', 'Grille:true']);
  });

  it('never overlaps cards in a generated feed that shares rooms within blocks', async function () {
    this.timeout(30000);
    // 200 sessions, 4 rooms, 20 blocks: 10 sessions per block, so rooms hold two or three at once.
    const feed = generateFeed({ sessions: 200, rooms: 4, days: 1, seed: 11 });
    const remove = addInlineFeed('grid-shared-rooms', feed);
    try {
      const { el: wide } = await mount<HTMLDivElement>(
        `<div style="width: 780px"><aict-programme src="#grid-shared-rooms" lang="en" view="grid"></aict-programme></div>`,
      );
      const big = wide.querySelector('aict-programme')!;
      while (parts(big, 'card').length < feed.sessions.length) {
        await new Promise((r) => setTimeout(r, 50));
        await big.updateComplete;
      }
      await nextFrame();
      expect(getComputedStyle(shadow(big).querySelector('.grid')!).display).to.equal('grid');
      expect(shadow(big).querySelectorAll('.room-head').length).to.be.within(4, 5);
      expect(overlaps(big)).to.deep.equal([]);
    } finally {
      remove();
    }
  });
});

describe('<aict-programme view="grid">: a proportional, contained grid', function () {
  this.timeout(30000);

  /** Mounts a grid in a `width` px box and waits until every card is drawn. */
  async function gridOf(feedId: string, count: number, width = 780, lang = 'fr'): Promise<AictProgramme> {
    const { el: box } = await mount<HTMLDivElement>(
      `<div style="width: ${width}px"><aict-programme src="#${feedId}" lang="${lang}" view="grid"></aict-programme></div>`,
    );
    const el = box.querySelector('aict-programme')!;
    for (let i = 0; i < 400 && parts(el, 'card').length < count; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    await nextFrame();
    return el;
  }

  const TIMED_FEED = {
    ...OVERLAP_FEED,
    event: { ...OVERLAP_FEED.event, id: 'grid-timed' },
    sessions: [
      session('court', 'workshop', '09:00', '09:30', 'a'),
      session('long', 'workshop', '09:00', '10:30', 'b'),
      session('apres', 'workshop', '11:00', '11:30', 'a'),
      // Listed right to left: the grid still reads (and tabs) left to right.
      session('droite', 'workshop', '12:00', '12:30', 'b'),
      session('gauche', 'workshop', '12:00', '12:30', 'a'),
      {
        ...session('mot', 'workshop', '13:00', '14:00', 'a'),
        title: { fr: 'Anticonstitutionnellementinternationalisationdelacoopérationdécentralisée', en: 'x' },
      },
    ],
  };
  let removeTimed: () => void;
  before(() => (removeTimed = addInlineFeed('grid-timed-feed', TIMED_FEED)));
  after(() => removeTimed());

  it('draws time to scale: a 90-minute session is taller than a 30-minute one, and a gap shows', async () => {
    const el = await gridOf('grid-timed-feed', TIMED_FEED.sessions.length);
    const em = parseFloat(getComputedStyle(shadow(el).querySelector('.grid')!).fontSize);
    const [court, long, apres] = ['court', 'long', 'apres'].map((id) => card(el, id).getBoundingClientRect()) as [DOMRect, DOMRect, DOMRect];
    // Sixty more minutes are twelve more rows of 0.6em (rows only grow, for a card that needs it).
    expect(long.height - court.height).to.be.at.least(12 * 0.6 * em - 2);
    // 10h30 to 11h00 is empty: half an hour of rows between the long session and the next one.
    expect(apres.top - long.bottom).to.be.at.least(6 * 0.6 * em - 2);
    // Every start and whole hour is labelled down the time column.
    const times = [...shadow(el).querySelectorAll('.time-head')].map((t) => textOf(t));
    expect(times).to.include.members(['9h00', '10h00', '11h00', '12h00', '13h00']);
  });

  it('follows the visual order with the keyboard: row by row, left to right', async () => {
    const el = await gridOf('grid-timed-feed', TIMED_FEED.sessions.length);
    const cards = parts(el, 'card');
    const byEye = [...cards].sort((a, b) => {
      const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      return Math.round(p.top) - Math.round(q.top) || p.left - q.left;
    });
    expect(cards.map((c) => c.id)).to.deep.equal(byEye.map((c) => c.id));
    expect(cards.indexOf(card(el, 'gauche'))).to.be.lessThan(cards.indexOf(card(el, 'droite')));
  });

  it('hyphenates long words, and no card is wider than its column', async () => {
    const el = await gridOf('grid-timed-feed', TIMED_FEED.sessions.length);
    const title = parts(el, 'title').find((t) => textOf(t).startsWith('Anticonstitutionnellement'))!;
    expect(getComputedStyle(title).hyphens).to.equal('auto');
    for (const c of parts(el, 'card')) expect(c.scrollWidth, c.id).to.be.at.most(c.clientWidth + 1);
    const head = shadow(el).querySelector<HTMLElement>('.room-head')!;
    expect(getComputedStyle(head).hyphens).to.equal('auto');
  });

  it('keeps room headers and the time column in view while the grid scrolls', async () => {
    const feed = generateFeed({ sessions: 160, rooms: 12, days: 1, seed: 4 });
    const remove = addInlineFeed('grid-sticky', feed);
    try {
      const el = await gridOf('grid-sticky', feed.sessions.length);
      const scroller = shadow(el).querySelector<HTMLElement>('.grid-scroll')!;
      expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      scroller.scrollTo(400, 600);
      await nextFrame();
      await nextFrame();
      const frame = scroller.getBoundingClientRect();
      const head = shadow(el).querySelector<HTMLElement>('.room-head')!.getBoundingClientRect();
      expect(head.top).to.be.closeTo(frame.top + scroller.clientTop, 2);
      const times = [...shadow(el).querySelectorAll<HTMLElement>('.time-head')].map((t) => t.getBoundingClientRect());
      const inView = times.find((t) => t.bottom > frame.top + 60 && t.top < frame.bottom);
      expect(inView, 'a time label in view').to.not.equal(undefined);
      expect(inView!.left).to.be.closeTo(frame.left + scroller.clientLeft, 2);
    } finally {
      remove();
    }
  });

  for (const rooms of [43, 55]) {
    it(`scrolls ${rooms} rooms inside the widget: the page never gets wider than the window`, async () => {
      const feed = generateFeed({ sessions: rooms * 3, rooms, days: 1, seed: rooms });
      const remove = addInlineFeed(`grid-${rooms}`, feed);
      try {
        const el = await gridOf(`grid-${rooms}`, feed.sessions.length, 780, 'en');
        expect(shadow(el).querySelectorAll('.room-head').length).to.be.at.least(rooms - 2);
        const scroller = shadow(el).querySelector<HTMLElement>('.grid-scroll')!;
        expect(scroller.scrollWidth).to.be.greaterThan(rooms * 150);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(780);
      } finally {
        remove();
      }
    });
  }
});

describe('<aict-programme view="grid">: details in a dialog, not in the cell', function () {
  this.timeout(30000);
  const DETAILED_FEED = {
    ...OVERLAP_FEED,
    event: { ...OVERLAP_FEED.event, id: 'grid-details' },
    sessions: [
      {
        ...session('w1', 'workshop', '10:00', '11:30', 'a'),
        summary: { fr: 'Un résumé de la séance.' },
        description: { fr: '<p>Premier paragraphe de la description.</p><p>Second paragraphe, après un espace.</p>' },
      },
      session('w3', 'workshop', '10:00', '12:00', 'b'),
    ],
  };
  let removeFeed: () => void;
  let el: AictProgramme;
  before(() => (removeFeed = addInlineFeed('grid-details-feed', DETAILED_FEED)));
  after(() => removeFeed());

  beforeEach(async () => {
    const { el: box } = await mount<HTMLDivElement>(
      `<div style="width: 780px"><aict-programme src="#grid-details-feed" lang="fr" view="grid"></aict-programme></div>`,
    );
    el = box.querySelector('aict-programme')!;
    for (let i = 0; i < 100 && parts(el, 'card').length < 2; i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
  });

  /** Waits until the dialog is there and open (or gone), the details drawn. */
  async function dialogState(open: boolean): Promise<HTMLDialogElement | null> {
    for (let i = 0; i < 100; i++) {
      await el.updateComplete;
      await nextFrame();
      const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog');
      if (open ? dialog?.open && dialog.querySelector('.description') : !dialog) return dialog;
    }
    throw new Error(`the dialog did not ${open ? 'open' : 'close'}`);
  }

  it('opens « Plus de détails » as a modal dialog with the keyboard; Escape closes it and the focus returns', async () => {
    const opener = card(el, 'w1').querySelector<HTMLButtonElement>('button.more')!;
    expect(opener.getAttribute('aria-haspopup')).to.equal('dialog');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = (await dialogState(true))!;
    expect(dialog.matches(':modal'), 'modal').to.equal(true);
    // Labelled by the session's title; the details are in the dialog, not in the cell.
    expect(await accessibleName(dialog)).to.equal('Titre w1');
    expect(card(el, 'w1').querySelector('.details, .description')).to.equal(null);
    expect(textOf(dialog)).to.include('Un résumé de la séance.');
    // The focus is in the dialog.
    expect(dialog.contains(shadow(el).activeElement), 'focus inside').to.equal(true);
    // Paragraphs are spaced.
    const [p1, p2] = [...dialog.querySelectorAll('.description p')].map((p) => p.getBoundingClientRect());
    expect(p2!.top - p1!.bottom, 'space between paragraphs').to.be.at.least(4);
    // As wide as reading needs, within the window: the page does not scroll sideways.
    const box = dialog.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(400);
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await dialogState(false);
    expect(shadow(el).activeElement, 'focus back on the opener').to.equal(card(el, 'w1').querySelector('button.more'));
  });

  it('closes with its « Fermer » button, and opens again', async () => {
    const opener = () => card(el, 'w1').querySelector<HTMLButtonElement>('button.more')!;
    for (let round = 0; round < 2; round++) {
      opener().focus();
      await sendKeys({ press: 'Enter' });
      const dialog = (await dialogState(true))!;
      const close = dialog.querySelector<HTMLButtonElement>('button.close')!;
      expect(textOf(close)).to.equal('Fermer');
      close.focus();
      await sendKeys({ press: 'Enter' });
      await dialogState(false);
      expect(shadow(el).activeElement).to.equal(opener());
    }
  });

  it('keeps the details inline in the list view', async () => {
    el.view = 'list';
    await el.updateComplete;
    const opener = card(el, 'w1').querySelector<HTMLButtonElement>('button.more')!;
    expect(opener.getAttribute('aria-expanded')).to.equal('false');
    opener.click();
    for (let i = 0; i < 50 && !card(el, 'w1').querySelector('.description'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    expect(card(el, 'w1').querySelector('.description')).to.not.equal(null);
    expect(shadow(el).querySelector('dialog')).to.equal(null);
  });
});
