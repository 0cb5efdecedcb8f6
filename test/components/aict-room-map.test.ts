import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { generateFeed, oneBlockFeed } from '../fixtures/generate-feed.js';
import type { AictRoomMap } from '../../src/components/room-map/aict-room-map.js';
import type { AictErrorEvent, AictRoomSelectEvent } from '../../src/shared/events.js';
import { accessibleName, addInlineFeed, DEMO_FEED, mount, nextFrame, part, parts, shadow, textOf } from '../support/page.js';

const VENUE = '/feeds/venue.json';
const NBSP = '\u00a0';

const rooms = (el: Element) => parts(el, 'room') as unknown as SVGGElement[];
/** The visible label drawn for a room (labels sit in their own layer above the rooms). */
const labelOf = (room: Element) =>
  [...room.closest('svg')!.querySelectorAll(`text[data-room-id="${room.getAttribute('data-room-id')}"] tspan`)]
    .map((t) => t.textContent)
    .join(' ');
const focused = (el: Element) => shadow(el).activeElement;

/**
 * A key press on the focused room. Synthetic events rather than the runner's real keyboard:
 * bringing a page to the front for real key presses stalls the other test pages running
 * beside it.
 */
async function press(el: AictRoomMap, key: string): Promise<void> {
  const target = focused(el) ?? el;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
  await el.updateComplete;
}

describe('<aict-room-map>', () => {
  describe('the seed session’s room, in French', () => {
    let el: AictRoomMap;
    beforeEach(async () => {
      ({ el } = await mount<AictRoomMap>(
        `<aict-room-map src="${DEMO_FEED}" session-id="atelier-1" lang="fr" selectable-rooms></aict-room-map>`,
      ));
    });

    it('has the seed’s heading, names the room and its floor, without a line break in « Niveau 0 »', () => {
      expect(textOf(shadow(el).querySelector('h3'))).to.equal('Localisation de la salle');
      expect(textOf(shadow(el).querySelector('.room-line'))).to.equal(`Salle L. Armand Ouest · Niveau${NBSP}0 (plan schématique)`);
    });

    it('draws the floor to scale with every room outlined and labelled, the current one marked', () => {
      const svg = shadow(el).querySelector('svg.plan')!;
      expect(svg.getAttribute('viewBox')).to.equal('0 0 1000 600');
      expect(rooms(el).map(labelOf)).to.deep.equal(['Amphi G. Berger', 'Salle L. Armand Ouest', 'Salle L. Armand Est', 'Accueil']);
      const current = part(el, 'room-current')!;
      expect(parts(el, 'room-current')).to.have.length(1);
      expect(current.getAttribute('aria-current')).to.equal('location');
      expect(current.getAttribute('part')).to.equal('room room-current');
      expect(labelOf(current)).to.equal('Salle L. Armand Ouest');
      expect(getComputedStyle(current.querySelector('.shape')!).fill).not.to.equal(getComputedStyle(rooms(el)[0]!.querySelector('.shape')!).fill);
    });

    it('names the figure and the plan, says how to use the keys, and names each room with what is on there', async () => {
      const figure = shadow(el).querySelector('figure')!;
      const svg = shadow(el).querySelector('svg.plan')!;
      expect(await accessibleName(figure)).to.equal('Plan : Niveau 0 (plan schématique)');
      expect(await accessibleName(svg)).to.equal('Plan : Niveau 0 (plan schématique)');
      expect(svg.getAttribute('role')).to.equal('group');
      expect(textOf(shadow(el).getElementById(svg.getAttribute('aria-describedby')!))).to.equal(
        `Les flèches passent d’une salle à l’autre\u202f; Entrée en choisit une.`,
      );
      const amphi = await accessibleName(rooms(el)[0]!);
      expect(amphi).to.match(/^Amphi G\. Berger : /);
      expect(amphi).to.contain('14h00 – 15h30 : Les ODD');
      expect(amphi).to.contain('Les changements climatiques responsables');
      expect(await accessibleName(part(el, 'room-current')!)).to.contain('Mobiliser et coordonner');
    });

    it('has a legend, a text alternative, the venue and a plain directions link', () => {
      expect(textOf(shadow(el).querySelector('.legend'))).to.equal('Salle de cette session Autres salles');
      const list = shadow(el).querySelector('.room-list')!;
      expect(list.classList.contains('visually-hidden')).to.equal(true);
      expect([...list.querySelectorAll('li')].map((li) => textOf(li).split(':')[0]!.replace(/\u00a0$/, ''))).to.deep.equal([
        'Amphi G. Berger',
        'Salle L. Armand Ouest (Salle de cette session)',
        'Salle L. Armand Est',
        'Accueil',
      ]);
      const venue = textOf(shadow(el).querySelector('.venue'));
      expect(venue).to.contain('Cité des Sciences et de l\'Industrie');
      expect(venue).to.contain(`30 avenue Corentin-Cariou, 75019${NBSP}Paris`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a.directions')!;
      expect(link.href).to.equal('https://www.openstreetmap.org/directions?to=48.8957%2C2.3876');
      expect(textOf(link)).to.equal('Itinéraire (OpenStreetMap)');
    });

    it('is one Tab stop; arrow keys move between rooms; Enter fires aict-room-select', async () => {
      const stops = rooms(el).filter((r) => r.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      expect(stops[0]).to.equal(part(el, 'room-current'));
      stops[0]!.focus();
      await press(el, 'ArrowRight');
      expect(focused(el)?.getAttribute('data-room-id')).to.equal('salle-louis-armand-est');
      expect(rooms(el).filter((r) => r.getAttribute('tabindex') === '0').map((r) => r.dataset.roomId)).to.deep.equal(['salle-louis-armand-est']);
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(focused(el)?.getAttribute('data-room-id')).to.equal('amphi-gaston-berger');
      await press(el, 'End');
      expect(focused(el)?.getAttribute('data-room-id')).to.equal('accueil');
      const selected = new Promise<AictRoomSelectEvent>((r) => el.addEventListener('aict-room-select', r, { once: true }));
      await press(el, 'Enter');
      const event = await selected;
      expect(event.detail.roomId).to.equal('accueil');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('a click on a room fires aict-room-select', async () => {
      const selected = new Promise<AictRoomSelectEvent>((r) => el.addEventListener('aict-room-select', r, { once: true }));
      rooms(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await selected).detail.roomId).to.equal('amphi-gaston-berger');
    });

    it('shows focus on a room', async () => {
      // Reached with the Tab key, as a visitor does: a focus by keyboard shows in every engine
      // (whether a focus by script shows depends on how the browser was used before).
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        before.focus();
        for (let i = 0; i < 8 && !focused(el)?.matches('.room'); i++) await sendKeys({ press: 'Tab' });
        const room = focused(el)!;
        expect(room === part(el, 'room-current'), 'Tab reaches the current room').to.equal(true);
        expect(room.matches(':focus-visible')).to.equal(true);
        expect(parseFloat(getComputedStyle(room.querySelector('.shape')!).strokeWidth)).to.be.at.least(4);
        // The arrows move the focus on, and it still shows.
        await press(el, 'ArrowDown');
        const next = focused(el)!;
        expect(next === room, 'focus moved').to.equal(false);
        expect(next.matches(':focus-visible')).to.equal(true);
        expect(parseFloat(getComputedStyle(next.querySelector('.shape')!).strokeWidth)).to.be.at.least(4);
      } finally {
        before.remove();
      }
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English, and highlights a `room-id`', async () => {
    const { el } = await mount<AictRoomMap>(`<aict-room-map src="${DEMO_FEED}" room-id="amphi-gaston-berger" lang="en"></aict-room-map>`);
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Where the room is');
    expect(await accessibleName(shadow(el).querySelector('figure')!)).to.equal('Floor plan: Level 0 (schematic plan)');
    expect(labelOf(part(el, 'room-current')!)).to.equal('Amphi G. Berger');
    expect(textOf(shadow(el).querySelector('.room-name'))).to.equal('Amphi G. Berger');
    expect(textOf(shadow(el).querySelector('.legend'))).to.equal('Selected room Other rooms');
    expect(textOf(shadow(el).querySelector('a.directions'))).to.equal('Directions (OpenStreetMap)');
    await expect(el).to.be.accessible();
  });

  describe('what it cannot show, it says plainly', () => {
    it('a session without a (named) room: no map, the address and the rooms', async () => {
      const { el } = await mount<AictRoomMap>(
        `<aict-room-map src="${DEMO_FEED}" session-id="changement-climatique-effets-genres" lang="fr"></aict-room-map>`,
      );
      expect(textOf(shadow(el).querySelector('.notice'))).to.equal('La salle de cette session n’est pas encore confirmée.');
      expect(shadow(el).querySelector('svg.plan')).to.equal(null);
      expect(textOf(shadow(el).querySelector('.venue'))).to.contain('30 avenue Corentin-Cariou');
      const list = shadow(el).querySelector('.room-list')!;
      expect(list.classList.contains('visually-hidden')).to.equal(false);
      expect(textOf(list)).to.contain('Amphi G. Berger');
      await expect(el).to.be.accessible();
    });

    it('a room without a shape: the floor is drawn without it, and the list is shown', async () => {
      const { el } = await mount<AictRoomMap>(`<aict-room-map src="${VENUE}" room-id="noshape" lang="fr"></aict-room-map>`);
      expect(textOf(shadow(el).querySelector('.notice'))).to.equal('Cette salle ne figure pas encore sur le plan.');
      expect(rooms(el)).to.have.length(2);
      expect(part(el, 'room-current')).to.equal(null);
      expect(shadow(el).querySelector('.room-list')!.classList.contains('visually-hidden')).to.equal(false);
      // No geo: directions to the address.
      expect(shadow(el).querySelector<HTMLAnchorElement>('a.directions')!.href).to.equal(
        'https://www.openstreetmap.org/directions?to=1+rue+de+l%E2%80%99Essai%2C+75001+Paris',
      );
      await expect(el).to.be.accessible();
    });

    it('a feed without floors: says so, still shows the rooms', async () => {
      const { el } = await mount<AictRoomMap>(`<aict-room-map src="/feeds/mini.json" room-id="r1" lang="en"></aict-room-map>`);
      expect(textOf(shadow(el).querySelector('.notice'))).to.equal('The programme has no floor plan yet.');
      expect(textOf(shadow(el).querySelector('.room-name'))).to.equal('Main hall');
      expect(textOf(shadow(el).querySelector('.room-list li'))).to.equal('Main hall (Selected room)');
      await expect(el).to.be.accessible();
    });

    it('an unknown room: aict-error not-found, with the fallback content', async () => {
      const { el, event } = await mount<AictRoomMap>(
        `<aict-room-map src="${DEMO_FEED}" room-id="nope" lang="fr"><a href="/plan">Plan</a></aict-room-map>`,
      );
      expect((event as AictErrorEvent).detail.code).to.equal('not-found');
      expect(textOf(part(el, 'error'))).to.equal('Cette salle ne figure pas au programme.');
      expect(shadow(el).querySelector('slot')!.assignedElements()[0]?.textContent).to.equal('Plan');
    });
  });

  describe('feed content is never markup', () => {
    let el: AictRoomMap;
    beforeEach(async () => {
      (window as unknown as Record<string, unknown>).__aictPwned = undefined;
      ({ el } = await mount<AictRoomMap>(`<aict-room-map src="${VENUE}" room-id="poly" lang="fr" selectable-rooms></aict-room-map>`));
    });

    it('draws polygons from numbers, labels names as text, with clean white space', async () => {
      // Labels are fitted once the plan is measured (a frame after the first render).
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      const current = part(el, 'room-current')!;
      expect(current.querySelector('polygon')!.getAttribute('points')).to.equal('220,20 380,20 380,180 300,180');
      expect(labelOf(current)).to.equal('Salle polygone Est');
      expect(textOf(shadow(el).querySelector('.facts'))).to.equal('· 80 places, accès de plain-pied');
      const other = rooms(el).find((r) => r.dataset.roomId === 'rect')!;
      expect(other.querySelector('img')).to.equal(null);
      expect(await accessibleName(other)).to.equal('<img src=x onerror="window.__aictPwned=1">');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as Record<string, unknown>).__aictPwned).to.equal(undefined);
    });

    it('uses an http(s) background image as <image href>, and only that', async () => {
      const image = shadow(el).querySelector('svg.plan image')!;
      expect(image.getAttribute('href')).to.equal('http://127.0.0.1:9/plan.png');
      const { el: upstairs } = await mount<AictRoomMap>(`<aict-room-map src="${VENUE}" room-id="upstairs"></aict-room-map>`);
      expect(rooms(upstairs)).to.have.length(1);
      expect(shadow(upstairs).querySelector('svg.plan image')).to.equal(null);
    });
  });

  describe('container sizes', () => {
    for (const width of [320, 1200]) {
      it(`scales to a ${width} px container, keeping the floor’s proportions`, async () => {
        const { el: host } = await mount<HTMLDivElement>(
          `<div style="width: ${width}px"><aict-room-map src="${DEMO_FEED}" session-id="atelier-1"></aict-room-map></div>`,
        );
        const el = host.querySelector('aict-room-map')!;
        const box = shadow(el).querySelector('svg.plan')!.getBoundingClientRect();
        // The element paints its own surface, with a small padding around the plan.
        const map = shadow(el).querySelector('.map')!;
        const padding = parseFloat(getComputedStyle(map).paddingLeft) + parseFloat(getComputedStyle(map).paddingRight);
        expect(padding).to.be.at.most(20);
        expect(box.width).to.be.closeTo(width - padding, 1);
        expect(box.height).to.be.closeTo(((width - padding) * 600) / 1000, 2);
        expect(el.scrollWidth).to.be.at.most(width);
        // Labels stay legible on screen whatever the scale (about 13 px).
        await new Promise((r) => setTimeout(r, 100));
        await el.updateComplete;
        const label = shadow(el).querySelector('.label')!.getBoundingClientRect();
        expect(label.height).to.be.within(8, 40);
      });
    }
  });
  describe('labels at any width: they fit their rooms, or the rooms are numbered with the list shown', () => {
    const feed40 = generateFeed({ sessions: 200, rooms: 40, days: 1, seed: 3 });
    let removeFeed: () => void;
    before(() => (removeFeed = addInlineFeed('forty-rooms-map', feed40)));
    after(() => removeFeed());

    async function mapAt(width: number, attrs: string): Promise<AictRoomMap> {
      const { el: host } = await mount<HTMLDivElement>(`<div style="width: ${width}px"><aict-room-map ${attrs}></aict-room-map></div>`);
      const el = host.querySelector('aict-room-map')!;
      // The plan is measured after its first render, then drawn again at its real size.
      for (let i = 0; i < 20 && Math.abs(shadow(el).querySelector('svg.plan')!.getBoundingClientRect().width - width) > 1; i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      return el;
    }

    /** Each room's label box lies inside its shape's box (a pixel of anti-aliasing allowed). */
    function expectLabelsInside(el: AictRoomMap): void {
      const svg = shadow(el).querySelector('svg.plan')!;
      for (const room of rooms(el)) {
        const id = room.getAttribute('data-room-id')!;
        const shape = room.querySelector('.shape')!.getBoundingClientRect();
        const label = svg.querySelector(`text[data-room-id="${CSS.escape(id)}"]`)!.getBoundingClientRect();
        const where = `${id}: label ${JSON.stringify(label)} in room ${JSON.stringify(shape)}`;
        expect(label.width, where).to.be.greaterThan(0);
        expect(label.left, where).to.be.at.least(shape.left - 1);
        expect(label.right, where).to.be.at.most(shape.right + 1);
        expect(label.top, where).to.be.at.least(shape.top - 1);
        expect(label.bottom, where).to.be.at.most(shape.bottom + 1);
      }
    }

    const keyList = (el: AictRoomMap) => shadow(el).querySelector<HTMLElement>('.room-list')!;
    /** A room's name as its entry in the room list gives it (without what is on there). */
    const listedName = (el: AictRoomMap, room: Element) => {
      const li = shadow(el).querySelectorAll('.room-list li')[rooms(el).indexOf(room as SVGGElement)]!.cloneNode(true) as Element;
      li.querySelectorAll('.on, .current-note').forEach((n) => n.remove());
      return textOf(li);
    };

    for (const width of [320, 360]) {
      it(`numbers the 20 rooms of a floor at ${width} px, and shows the list as their key`, async () => {
        const el = await mapAt(width, `src="#forty-rooms-map" room-id="${feed40.rooms![7]!.id}" lang="fr"`);
        expectLabelsInside(el);
        const drawn = rooms(el);
        expect(drawn).to.have.length(20);
        expect(drawn.map(labelOf)).to.deep.equal(drawn.map((_, i) => String(i + 1)));
        const list = keyList(el);
        expect(list.classList.contains('visually-hidden')).to.equal(false);
        expect(list.getBoundingClientRect().height).to.be.greaterThan(100);
        const items = [...list.querySelectorAll('ol > li')];
        expect(items).to.have.length(20);
        // The key's order is the plan's: item n names room n.
        items.forEach((li, i) => expect(textOf(li), `item ${i + 1}`).to.contain(listedName(el, drawn[i]!)));
        expect(textOf(shadow(el).querySelector('.key-note'))).to.equal('Les numéros du plan renvoient à la liste des salles ci-dessous.');
        expect(el.scrollWidth).to.be.at.most(width);
        await expect(el).to.be.accessible();
      });
    }

    it('writes the names in the rooms when they fit (the same feed at 900 px), the list hidden', async () => {
      const el = await mapAt(900, `src="#forty-rooms-map" room-id="${feed40.rooms![7]!.id}"`);
      expectLabelsInside(el);
      const drawn = rooms(el);
      expect(drawn.map((r) => labelOf(r).replace(/\s+/g, ' '))).to.deep.equal(drawn.map((r) => listedName(el, r).replace(/\u00a0/g, ' ')));
      expect(keyList(el).classList.contains('visually-hidden')).to.equal(true);
      expect(shadow(el).querySelector('.key-note')).to.equal(null);
    });

    for (const width of [320, 1200]) {
      it(`keeps the demo’s labels inside their rooms at ${width} px`, async () => {
        expectLabelsInside(await mapAt(width, `src="${DEMO_FEED}" session-id="atelier-1"`));
      });
    }
  });

  it('names at most three sessions per room, and counts the rest', async () => {
    const feed = oneBlockFeed({ sessions: 300, seed: 7 });
    const removeFeed = addInlineFeed('one-block-map-feed', feed);
    try {
      const { el } = await mount<AictRoomMap>(
        `<aict-room-map src="#one-block-map-feed" session-id="${feed.sessions[0]!.id}" lang="en" selectable-rooms></aict-room-map>`,
      );
      const label = await accessibleName(part(el, 'room-current')!);
      expect(label).to.match(/and \d+ more$/);
      expect(label.split('; ').length).to.equal(3 + 1);
    } finally {
      removeFeed();
    }
  });

  describe('accessibility of the parts (issue 15)', () => {
    it('by default the plan is a named picture: rooms are not controls that would do nothing', async () => {
      const { el } = await mount<AictRoomMap>(`<aict-room-map src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-room-map>`);
      const svg = shadow(el).querySelector('svg.plan')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(await accessibleName(svg)).to.equal('Plan : Niveau 0 (plan schématique)');
      expect(shadow(el).querySelectorAll('[role="button"], [tabindex]')).to.have.length(0);
      let fired = false;
      el.addEventListener('aict-room-select', () => (fired = true));
      rooms(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(fired).to.equal(false);
      // The room list stays the plan's text alternative.
      expect(textOf(shadow(el).querySelector('.room-list'))).to.contain('Amphi G. Berger');
      await expect(el).to.be.accessible();
    });

    it('an English map marks the French titles and names it shows as French (language of parts)', async () => {
      const { el } = await mount<AictRoomMap>(
        `<aict-room-map src="${DEMO_FEED}" session-id="atelier-1" lang="en" selectable-rooms></aict-room-map>`,
      );
      const list = shadow(el).querySelector('.room-list')!;
      const title = [...list.querySelectorAll('[lang]')].find((n) => textOf(n).startsWith('Les ODD'));
      expect(title?.getAttribute('lang')).to.equal('fr');
      // No text node in an English part holds the French title unmarked.
      for (const node of [...shadow(el).querySelectorAll('*')]) {
        const own = [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join('');
        if (own.includes('Les ODD')) expect(node.closest('[lang]')?.getAttribute('lang'), node.localName).to.equal('fr');
      }
      // Rooms are named by their list entries, which carry those marks.
      const current = part(el, 'room-current')!;
      expect(current.hasAttribute('aria-label')).to.equal(false);
      expect(shadow(el).getElementById(current.getAttribute('aria-labelledby')!)?.localName).to.equal('li');
      expect(shadow(el).querySelector('svg desc, svg title')).to.equal(null);
    });

    it('says « et 1 autre » (singular) and « et 2 autres »', async () => {
      const session = (id: string, h: number) => ({
        id, kind: 'workshop', title: `Session ${id}`, room: 'r', block: 'b',
        start: `2022-06-20T${String(h).padStart(2, '0')}:00`, end: `2022-06-20T${String(h).padStart(2, '0')}:30`,
      });
      const feed = (n: number) => ({
        format: 'aict-programme/1',
        event: { id: 'e', title: 'E', timeZone: 'Europe/Paris', startDate: '2022-06-20', endDate: '2022-06-20', defaultLanguage: 'fr' },
        floors: [{ id: 'f', name: 'Niveau 1', width: 100, height: 100 }],
        rooms: [{ id: 'r', name: 'Salle 3', floor: 'f', shape: { x: 0, y: 0, width: 100, height: 100 } }],
        blocks: [{ id: 'b', title: 'Journée', start: '2022-06-20T08:00', end: '2022-06-20T20:00' }],
        sessions: Array.from({ length: n }, (_, i) => session(`s${i}`, 9 + i)),
      });
      for (const [n, expected] of [[4, 'et 1 autre'], [5, 'et 2 autres']] as const) {
        const remove = addInlineFeed(`plural-${n}`, feed(n));
        try {
          const { el } = await mount<AictRoomMap>(`<aict-room-map src="#plural-${n}" session-id="s0" lang="fr"></aict-room-map>`);
          expect(textOf(shadow(el).querySelector('.room-list li'))).to.match(new RegExp(`; ${expected}$`));
          expect(textOf(shadow(el).querySelector('.room-list li'))).to.match(new RegExp(`^Salle${NBSP}3 `));
        } finally {
          remove();
        }
      }
    });
  });
});
