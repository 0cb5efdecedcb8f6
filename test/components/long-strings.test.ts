/**
 * Long unbroken strings (a 120-character URL or word) in the texts a feed controls — titles,
 * labels, room names, people's positions and organisations, descriptions — wrap inside their
 * card at 320 px instead of pushing it, or the page, sideways (WCAG 1.4.10).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { addInlineFeed, mount, nextFrame, parts, shadow } from '../support/page.js';

const WIDTH = 320;
/** 120 characters without a break opportunity. */
const URL_120 = `https://example.org/${'programme-du-forum-'.repeat(6)}`.slice(0, 120);
const WORD_120 = 'Anticonstitutionnellement'.repeat(5).slice(0, 120);
const long = (what: string) => `${what} ${WORD_120} ${URL_120}`;

const FEED = {
  format: 'aict-programme/1',
  event: {
    id: 'long-strings',
    timeZone: 'Europe/Paris',
    startDate: '2022-06-20',
    endDate: '2022-06-20',
    defaultLanguage: 'fr',
  },
  rooms: [{ id: 'r1', name: long('Salle') }],
  organizations: [{ id: 'o1', name: long('Organisation'), shortName: WORD_120.slice(0, 60), url: URL_120 }],
  people: [
    { id: 'p1', name: long('Personne'), title: long('Directrice'), url: URL_120 },
    { id: 'p2', name: 'Ada Lovelace', organization: 'o1' },
  ],
  themes: [{ id: 't1', name: long('Thème'), color: '#2e7d32' }],
  blocks: [{ id: 'b1', title: long('Bloc'), start: '2022-06-20T14:00', end: '2022-06-20T17:00' }],
  sessions: [
    {
      id: 'long-one',
      kind: 'workshop',
      label: long('Atelier'),
      title: long('Titre'),
      summary: long('Résumé'),
      description: `<p>${long('Description')}</p><p><a href="${URL_120}">${URL_120}</a></p><ul><li>${WORD_120}</li></ul><blockquote>${WORD_120}</blockquote>`,
      start: '2022-06-20T14:00',
      end: '2022-06-20T15:30',
      room: 'r1',
      block: 'b1',
      themes: ['t1'],
      sdgs: [11],
      organizers: ['o1'],
      participants: [
        { person: 'p1', role: 'moderator' },
        { person: 'p2', role: 'speaker' },
      ],
      url: URL_120,
      status: 'cancelled',
    },
    {
      id: 'long-two',
      title: WORD_120,
      start: '2022-06-20T14:00',
      end: '2022-06-20T15:00',
      room: 'r1',
      block: 'b1',
    },
  ],
};

let removeFeed: () => void;
before(() => (removeFeed = addInlineFeed('long-strings-feed', FEED)));
after(() => removeFeed());

/** Every element of `root` (and of the shadow roots inside it) that is laid out as a box. */
function* boxes(root: ShadowRoot | Element): Generator<HTMLElement> {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden, svg')) continue;
    yield el;
    if (el.shadowRoot) yield* boxes(el.shadowRoot);
  }
}

function label(el: Element): string {
  return `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
}

/** What sticks out of `card`, sideways: its own scrolling width, and each box inside it. */
function overflowOf(card: HTMLElement): string[] {
  const out: string[] = [];
  if (card.scrollWidth > card.clientWidth)
    out.push(`${label(card)} scrollWidth ${card.scrollWidth} > ${card.clientWidth}`);
  const frame = card.getBoundingClientRect();
  for (const el of boxes(card)) {
    const box = el.getBoundingClientRect();
    // Empty boxes, and the 1 px boxes of text for assistive technology only (clipped).
    if (box.width <= 1 && box.height <= 1) continue;
    if (box.right > frame.right + 0.5 || box.left < frame.left - 0.5) {
      out.push(
        `${label(el)} [${Math.round(box.left)}, ${Math.round(box.right)}] outside [${Math.round(frame.left)}, ${Math.round(frame.right)}]`,
      );
    }
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
      out.push(`${label(el)} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  return out;
}

async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
}

/**
 * What a browser that does not know `overflow-wrap: anywhere` (Safari before 15.4) computes:
 * the declaration is dropped, and the `break-word` one before it applies. `break-word` wraps
 * a long word only where it would overflow its line: unlike `anywhere`, it does not let the
 * word's box shrink, so every flex and grid child on the way must be allowed to (`min-width: 0`).
 */
function withoutOverflowWrapAnywhere(el: Element): void {
  const root = shadow(el);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host { overflow-wrap: break-word !important; }');
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

interface Setting {
  lang?: string;
  /** `--aict-font-size` (the visitor's text size, 200 % in WCAG 1.4.4). */
  fontSize?: string;
  fallback?: boolean;
  view?: string;
}

async function programme({
  lang = 'fr',
  fontSize,
  fallback = false,
  view = 'list',
}: Setting): Promise<{ host: HTMLElement; el: AictProgramme }> {
  const style = `width: ${WIDTH}px${fontSize ? `; --aict-font-size: ${fontSize}` : ''}`;
  const { el: host } = await mount<HTMLDivElement>(
    `<div style="${style}"><aict-programme src="#long-strings-feed" lang="${lang}" view="${view}"></aict-programme></div>`,
  );
  const el = host.querySelector<AictProgramme>('aict-programme')!;
  if (fallback) withoutOverflowWrapAnywhere(el);
  await settle(el);
  // Every card expanded and every facet open, so that the details and the values are laid out too.
  for (const more of shadow(el).querySelectorAll<HTMLButtonElement>('button.more')) more.click();
  await settle(el);
  for (const facet of shadow(el).querySelectorAll<HTMLDetailsElement>('details.facet')) facet.open = true;
  await settle(el);
  return { host, el };
}

function expectProgrammeWithin(host: HTMLElement, el: AictProgramme): void {
  const cards = parts(el, 'card');
  expect(cards).to.have.length(2);
  const full = cards.find((c) => c.querySelector('[part~="title"]')!.textContent!.includes('Titre'))!;
  expect(full.querySelector('.details a[href]'), 'the description is laid out').to.exist;
  for (const card of cards) {
    expect(card.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
    expect(overflowOf(card)).to.deep.equal([]);
  }
  // The filters (open, with their long theme and room names) and the headings too.
  expect(overflowOf(shadow(el).querySelector<HTMLElement>('.programme')!)).to.deep.equal([]);
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(WIDTH);
}

async function session(variant: string, fallback = false): Promise<AictSession> {
  const { el: host } = await mount<HTMLDivElement>(
    `<div style="width: ${WIDTH}px"><aict-session src="#long-strings-feed" session-id="long-one" variant="${variant}" lang="fr"></aict-session></div>`,
  );
  const el = host.querySelector<AictSession>('aict-session')!;
  if (fallback) withoutOverflowWrapAnywhere(el);
  await settle(el);
  // The embedded elements load the same feed after the card.
  for (const inner of shadow(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'aict-room-map, aict-concurrent-sessions',
  )) {
    await settle(inner);
  }
  return el;
}

function expectSessionWithin(el: AictSession): void {
  expect(overflowOf(parts(el, 'card')[0]!)).to.deep.equal([]);
  expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(WIDTH);
}

describe('long unbroken strings at 320 px', function () {
  this.timeout(20000);

  for (const lang of ['fr', 'en']) {
    it(`<aict-programme lang="${lang}">: cards, expanded details and open filters stay within their box`, async () => {
      const { host, el } = await programme({ lang });
      expectProgrammeWithin(host, el);
    });
  }

  it('<aict-programme> at 200 % text: open filters fit the container, not the window', async () => {
    const { host, el } = await programme({ fontSize: '200%' });
    expectProgrammeWithin(host, el);
  });

  it('<aict-programme view="grid">, falling back to the list at 320 px, keeps the cards within their box', async () => {
    const { host, el } = await programme({ view: 'grid' });
    expectProgrammeWithin(host, el);
  });

  it('<aict-programme> where overflow-wrap: anywhere is unknown: break-word and shrinkable flex and grid children', async () => {
    const { host, el } = await programme({ fallback: true });
    expectProgrammeWithin(host, el);
  });

  for (const variant of ['card', 'full']) {
    it(`<aict-session variant="${variant}">: the card and what it embeds stay within their box`, async () => {
      expectSessionWithin(await session(variant));
    });
  }

  it('<aict-session> where overflow-wrap: anywhere is unknown: break-word and shrinkable flex and grid children', async () => {
    expectSessionWithin(await session('card', true));
  });
});
