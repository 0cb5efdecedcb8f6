/**
 * The page `scripts/screenshots.mjs` photographs and `test/docs/screenshots.test.ts` measures:
 * one `<aict-programme>` on a plain page, from the demo feed or a generated 40-room feed.
 * `window.aictScreenshot` resolves once the first cards are drawn and gives the layout's
 * structure: the boxes of the programme's landmarks, relative to the element.
 */
import '../src/define.js';
import type { AictProgramme } from '../src/components/programme/aict-programme.js';
import { generateFeed } from '../test/fixtures/generate-feed.js';

export interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Structure {
  /** The window's width, and whether the page scrolls sideways (it never should). Boxes are
   * those that start on the first screen, in CSS pixels from the element's top left corner. */
  readonly width: number;
  readonly pageOverflow: boolean;
  readonly boxes: readonly Box[];
}

/** Cards described: enough for a first screen at every size. */
const CARDS = 8;

const params = new URLSearchParams(location.search);
const feed = params.get('feed') === 'forty' ? generateFeed({ sessions: 240, rooms: 40, days: 2, seed: 16 }) : undefined;
const el = document.createElement('aict-programme') as AictProgramme;
if (feed) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'forty-rooms';
  script.textContent = JSON.stringify(feed);
  document.body.append(script);
  el.setAttribute('src', '#forty-rooms');
} else {
  el.setAttribute('src', new URL('./forum-aict-2022.json', import.meta.url).href);
  // The demo's day with the parallel sessions (the first tab is the misdated session's).
  el.setAttribute('day', '2022-06-20');
}
el.setAttribute('lang', params.get('lang') === 'en' ? 'en' : 'fr');
el.setAttribute('view', params.get('view') === 'grid' ? 'grid' : 'list');
// The page follows the visitor's setting (`color-scheme: light dark`), and so does the programme:
// the "-dark" screenshots show its dark scheme (it is light by default, whatever the OS says).
el.setAttribute('color-scheme', 'auto');
document.body.append(el);

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

function structure(): Structure {
  const root = el.shadowRoot!;
  const origin = el.getBoundingClientRect();
  const boxes: Box[] = [];
  const add = (name: string, node: Element | null | undefined) => {
    if (!node) return;
    const r = node.getBoundingClientRect();
    // What the first screen shows (the screenshot): content below it may still be arriving.
    if ((r.width === 0 && r.height === 0) || (name !== 'programme' && r.top >= innerHeight)) return;
    // The element's own height grows while the rest of the day arrives: not recorded.
    const h = name === 'programme' ? 0 : Math.round(r.height);
    boxes.push({ name, x: Math.round(r.left - origin.left), y: Math.round(r.top - origin.top), w: Math.round(r.width), h });
  };
  const all = (selector: string, name: string, max = Infinity) =>
    [...root.querySelectorAll(selector)].slice(0, max).forEach((n, i) => add(`${name} ${i + 1}`, n));
  add('programme', el);
  add('filters', root.querySelector('[part~="filters"]'));
  add('search', root.querySelector('.search input'));
  add('filters button', root.querySelector('.filter-toggle'));
  all('.facet summary', 'filter');
  add('my programme', root.querySelector('[part~="my-programme"]'));
  add('layout switch', root.querySelector('.views'));
  all('[part~="tab"]', 'day tab');
  add('grid note', root.querySelector('.grid-note'));
  add('grid', root.querySelector('.grid-scroll'));
  all('.room-head', 'room', 6);
  all('.time-head', 'time label', 4);
  all('[part~="block"]', 'block heading', 2);
  all('[part~="time"]', 'time heading', 3);
  all('[part~="card"]', 'card', CARDS);
  return { width: innerWidth, pageOverflow: document.documentElement.scrollWidth > innerWidth, boxes };
}

declare global {
  interface Window {
    aictScreenshot: Promise<Structure>;
  }
}

window.aictScreenshot = (async () => {
  await new Promise((resolve) => el.addEventListener('aict-load', resolve, { once: true }));
  const total = (feed ? feed.sessions.length : 5) > CARDS ? CARDS : 5;
  for (let i = 0; i < 200 && el.shadowRoot!.querySelectorAll('[part~="card"]').length < total; i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await el.updateComplete;
  await document.fonts.ready;
  await frame();
  await frame();
  return structure();
})();
