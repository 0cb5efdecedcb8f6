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
import { addInlineFeed, mount, nextFrame, parts, shadow, textOf } from '../support/page.js';

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
    session('w2', 'workshop', '10:30', '12:00', 'a'),
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

  it('falls back to the list on narrow screens', async () => {
    host.style.width = '320px';
    await nextFrame();
    await nextFrame();
    expect(getComputedStyle(shadow(el).querySelector('.grid')!).display).to.not.equal('grid');
    expect(overlaps(el)).to.deep.equal([]);
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
