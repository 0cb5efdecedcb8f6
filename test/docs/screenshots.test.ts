/**
 * The screenshots in docs/screenshots/ (made by scripts/screenshots.mjs) against what this
 * browser draws now: each view is loaded in a frame of the screenshot's size, and the boxes of
 * its landmarks (filters, tabs, headings, room headers, first cards) are compared with those
 * recorded next to the PNGs. Horizontal positions and widths come from the layout and must
 * match closely; heights depend on the fonts and how text wraps, which differ between engines
 * and machines, so vertical positions get a tolerance that grows down the page. A failure
 * means the layout changed: run `node scripts/screenshots.mjs`, look at the PNGs, commit them.
 */
import { expect } from '@open-wc/testing';
import type { Box, Structure } from '../../demo/screenshots.js';

interface Recorded extends Structure {
  readonly feed: string;
  readonly view: string;
  readonly width: number;
  readonly height: number;
  readonly lang: string;
}

const recorded: Record<string, Recorded> = await (await fetch('/docs/screenshots/structure.json')).json();

async function draw(v: Recorded): Promise<{ structure: Structure; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${v.width}px; height: ${v.height}px; border: 0; position: absolute; top: 0; left: 0;`;
  frame.src = `/demo/screenshots.html?feed=${v.feed}&view=${v.view}&lang=${v.lang}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { aictScreenshot?: Promise<Structure> };
  for (let i = 0; i < 200 && !win.aictScreenshot; i++) await new Promise((r) => setTimeout(r, 25));
  const structure = await win.aictScreenshot!;
  return { structure, remove: () => frame.remove() };
}

/** Differences beyond the tolerances, in words. */
function differences(expected: Recorded, actual: Structure): string[] {
  const found: string[] = [];
  if (actual.pageOverflow) found.push('the page scrolls sideways');
  const tolX = 6 + 0.02 * expected.width;
  // A box near the bottom of the first screen may start just below it in another engine.
  const sure = (b: Box) => b.y < expected.height - 200;
  const mine = new Map(actual.boxes.map((b) => [b.name, b]));
  const theirs = new Map(expected.boxes.map((b) => [b.name, b]));
  for (const b of expected.boxes) if (sure(b) && !mine.has(b.name)) found.push(`${b.name}: missing`);
  for (const b of actual.boxes) if (sure(b) && !theirs.has(b.name)) found.push(`${b.name}: not in the screenshot`);
  for (const e of expected.boxes) {
    const a = mine.get(e.name);
    if (!a) continue;
    const off = (what: string, x: number, y: number, tol: number) => {
      if (Math.abs(x - y) > tol) found.push(`${e.name}: ${what} ${x}, was ${y} (±${Math.round(tol)})`);
    };
    off('x', a.x, e.x, tolX);
    off('width', a.w, e.w, tolX);
    off('y', a.y, e.y, 24 + 0.15 * e.y);
    off('height', a.h, e.h, 16 + 0.35 * e.h);
  }
  return found;
}

describe('docs/screenshots: the layout recorded with the screenshots', function () {
  this.timeout(60000);
  const names = Object.keys(recorded);

  it('records every view: two feeds, list and grid, 390 and 1,280 px, French and English', () => {
    expect(names).to.have.length(16);
    for (const v of Object.values(recorded)) {
      expect(v.pageOverflow, `${v.feed}-${v.view}-${v.width}-${v.lang}`).to.equal(false);
      const has = (name: string) => v.boxes.some((b) => b.name === name);
      // What the issue asks to see: a grid with rooms on wide screens, the list's headings and
      // one filters button on phones, where a chosen grid says why it is a list.
      if (v.view === 'grid' && v.width > 1000) expect(has('room 1') && has('time label 1') && has('card 1')).to.equal(true);
      if (v.width < 1000) expect(has('filters button') && has('time heading 1') && !has('filter 1')).to.equal(true);
      if (v.view === 'grid' && v.width < 1000) expect(has('grid note')).to.equal(true);
    }
  });

  for (const name of names) {
    it(`draws ${name} as recorded`, async () => {
      const v = recorded[name]!;
      const { structure, remove } = await draw(v);
      try {
        expect(differences(v, structure)).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }
});
