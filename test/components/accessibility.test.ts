/**
 * Right on every host page (issue 15): the colour scheme each element paints, the custom accent,
 * text spacing, language of parts, focus after "Try again", landmark names, and axe-core over
 * every element in every state, on light and dark host pages with a light and a dark OS.
 *
 * The OS scheme is emulated with `emulateMedia`, which needs the DevTools protocol: Firefox's
 * driver (WebDriver BiDi) cannot, so this file runs in two Firefox, one with a light OS (the
 * default) and one started with a dark one (`firefox-dark-os` in web-test-runner.config.mjs);
 * each runs the combinations of its OS scheme and skips the others. The host page's scheme is
 * page CSS.
 */
import { expect, fixture, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import type { AictRoomMap } from '../../src/components/room-map/aict-room-map.js';
import { contrastRatio } from '../../src/i18n/sdgs.js';
import { accentFor, resolveColor, schemeOfComputed } from '../../src/shared/color-scheme.js';
import { axeViolations } from '../support/axe.js';
import { CAN_EMULATE, hostPage, osScheme } from '../support/schemes.js';
import { DEMO_FEED, mount, part, shadow, textOf } from '../support/page.js';


const rgbOf = (css: string) => resolveColor(css)!;
const contrast = (a: string, b: string) => contrastRatio(rgbOf(a), rgbOf(b));

/** The colour of the first painted background at or above `node` (through shadow roots). */
function backgroundOf(node: Element): string {
  let n: Element | null = node;
  while (n) {
    const bg = getComputedStyle(n).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('colour scheme', () => {
  afterEach(async () => {
    if (CAN_EMULATE) await emulateMedia({ colorScheme: 'light' });
  });

  it('reads a computed color-scheme: one scheme alone decides, "normal" or both leave it to the OS', () => {
    expect(schemeOfComputed('dark')).to.equal('dark');
    expect(schemeOfComputed('only light')).to.equal('light');
    expect(schemeOfComputed('normal')).to.equal(undefined);
    expect(schemeOfComputed('light dark')).to.equal(undefined);
  });

  it('is light by default, even on a dark OS and a dark page, and paints its own surface', async function () {
    if (!(await osScheme('dark'))) this.skip();
    const restore = hostPage('dark');
    try {
      const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`);
      const card = part(el, 'card')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(contrast(getComputedStyle(part(el, 'title')!).color, 'rgb(255, 255, 255)')).to.be.at.least(7);
    } finally {
      restore();
    }
  });

  it('color-scheme="dark" paints dark on a light page and light OS', async function () {
    if (!(await osScheme('light'))) this.skip();
    const { el } = await mount<AictSession>(
      `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" color-scheme="dark"></aict-session>`,
    );
    const bg = getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(contrast(bg, '#000000')).to.be.below(1.5);
    expect(contrast(getComputedStyle(part(el, 'title')!).color, bg)).to.be.at.least(7);
  });

  for (const setting of ['dark', 'auto'] as const) {
    it(`a full card's map and concurrent list paint the card's scheme (color-scheme="${setting}" on a dark page)`, async () => {
      const restore = hostPage('dark');
      try {
        const { el } = await mount<AictSession>(
          `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" variant="full" color-scheme="${setting}"></aict-session>`,
        );
        const map = shadow(el).querySelector<AictRoomMap>('aict-room-map')!;
        const list = shadow(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('aict-concurrent-sessions')!;
        await map.updateComplete;
        await list.updateComplete;
        const card = getComputedStyle(part(el, 'card')!).backgroundColor;
        expect(card, 'the card').not.to.equal('rgb(255, 255, 255)');
        expect(backgroundOf(part(map, 'map')!), 'the map').to.equal(card);
        expect(backgroundOf(part(list, 'list')!), 'the concurrent list').to.equal(card);
        // And their text is the card's (light on dark), not the light scheme's.
        expect(getComputedStyle(part(map, 'map')!).color).to.equal(getComputedStyle(part(el, 'card')!).color);
      } finally {
        restore();
      }
    });
  }

  for (const [host, os, expected] of [
    ['light', 'dark', 'light'],
    ['dark', 'light', 'dark'],
    ['dark', 'dark', 'dark'],
    ['light', 'light', 'light'],
  ] as const) {
    it(`color-scheme="auto" follows the host page first: ${host} page, ${os} OS → ${expected}`, async function () {
      if (!(await osScheme(os))) this.skip();
      const restore = hostPage(host);
      try {
        const { el } = await mount<AictSession>(
          `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" color-scheme="auto"></aict-session>`,
        );
        const bg = getComputedStyle(part(el, 'card')!).backgroundColor;
        expect(bg === 'rgb(255, 255, 255)' ? 'light' : 'dark').to.equal(expected);
      } finally {
        restore();
      }
    });
  }

  it('color-scheme="auto" on a page that does not say follows the OS, and its changes', async function () {
    // Chromium is told the OS is dark; Firefox runs this file with a light and with a dark OS.
    if (CAN_EMULATE) await emulateMedia({ colorScheme: 'dark' });
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const { el } = await mount<AictSession>(
      `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" color-scheme="auto"></aict-session>`,
    );
    const bg = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(bg() === 'rgb(255, 255, 255)' ? 'light' : 'dark').to.equal(dark ? 'dark' : 'light');
    if (!CAN_EMULATE) return;
    await emulateMedia({ colorScheme: 'light' });
    // The media query's change event arrives on its own schedule.
    for (let i = 0; i < 40 && bg() !== 'rgb(255, 255, 255)'; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(bg()).to.equal('rgb(255, 255, 255)');
  });

  it('never sets color-scheme on the host: the page’s fallback link keeps the page’s colours', async function () {
    if (!(await osScheme('dark'))) this.skip();
    const restore = hostPage('light');
    try {
      const { el } = await mount<AictSession>(
        `<aict-session src="/feeds/mini.json?status=503" session-id="s1" color-scheme="auto"><a href="/atelier-1">Atelier 1</a></aict-session>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      const link = el.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal('rgb(11, 79, 168)');
      expect(contrast(getComputedStyle(link).color, backgroundOf(link))).to.be.at.least(4.5);
    } finally {
      restore();
    }
  });
});

describe('custom accent', () => {
  it('text on the accent is black or white for 4.5:1, and a light accent is darkened on light surfaces', () => {
    const light = (accent: string) => accentFor('light', { accent, onAccent: '', surface: '', subtle: '' })!;
    expect(light('#8a1538')).to.deep.equal({ accent: '#8a1538', onAccent: '#ffffff' });
    const yellow = light('#ffd400');
    expect(contrast(yellow.accent, '#ffffff')).to.be.at.least(4.5);
    expect(contrast(yellow.accent, '#eef1f5')).to.be.at.least(4.5);
    expect(contrast(yellow.accent, yellow.onAccent)).to.be.at.least(4.5);
    expect(accentFor('light', { accent: '', onAccent: '', surface: '', subtle: '' })).to.equal(undefined);
  });

  it('derives a dark-scheme accent readable on the dark surfaces, keeping its hue', () => {
    const dark = accentFor('dark', { accent: '#8a1538', onAccent: '', surface: '', subtle: '' })!;
    expect(contrast(dark.accent, '#15191f')).to.be.at.least(4.5);
    expect(contrast(dark.accent, '#232a33')).to.be.at.least(4.5);
    expect(contrast(dark.accent, dark.onAccent)).to.be.at.least(4.5);
    const [r, g, b] = rgbOf(dark.accent);
    expect(r).to.be.greaterThan(g).and.greaterThan(b - 20);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`--aict-accent: #8a1538 on the page gives readable chips and links in the ${scheme} scheme`, async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" color-scheme="${scheme}" variant="full" no-map
          style="--aict-accent: #8a1538"></aict-session>`,
      );
      await nextFrame();
      const chip = shadow(el).querySelector('.chip')!;
      const chipStyle = getComputedStyle(chip);
      expect(contrast(chipStyle.color, chipStyle.backgroundColor)).to.be.at.least(4.5);
      const link = shadow(el).querySelector('a.details, a.calendar')!;
      expect(contrast(getComputedStyle(link).color, backgroundOf(link))).to.be.at.least(4.5);
      if (scheme === 'light') expect(chipStyle.backgroundColor).to.equal('rgb(138, 21, 56)');
      else expect(chipStyle.backgroundColor).not.to.equal('rgb(138, 21, 56)');
    });
  }

  it('--aict-accent-dark is used in the dark scheme', async () => {
    const { el } = await mount<AictSession>(
      `<aict-session src="${DEMO_FEED}" session-id="atelier-1" color-scheme="dark"
        style="--aict-accent: #8a1538; --aict-accent-dark: #ffb3c6"></aict-session>`,
    );
    await nextFrame();
    expect(getComputedStyle(shadow(el).querySelector('.chip')!).backgroundColor).to.equal('rgb(255, 179, 198)');
  });
});

describe('text spacing (WCAG 1.4.12, RGAA 10.12)', () => {
  it('a visitor’s spacing style sheet reaches inside the widgets, and nothing clips', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
    try {
      const { el: wrapper } = await mount<HTMLDivElement>(
        `<div style="width: 360px"><aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" variant="full"></aict-session></div>`,
      );
      const session = wrapper.querySelector('aict-session')!;
      await new Promise((r) => setTimeout(r, 300));
      const map = shadow(session).querySelector<AictRoomMap>('aict-room-map')!;
      const list = shadow(session).querySelector('aict-concurrent-sessions')!;
      await map.updateComplete;
      for (const [el, selector] of [
        [session, '[part~="title"]'],
        [session, '.meta'],
        [map, '.room-line'],
        [list, '.item .title'],
      ] as const) {
        const node = shadow(el).querySelector(selector)!;
        const s = getComputedStyle(node);
        const size = parseFloat(s.fontSize);
        const hostSize = parseFloat(getComputedStyle(el).fontSize);
        expect(parseFloat(s.letterSpacing), `${el.localName} ${selector} letter-spacing`).to.be.closeTo(0.12 * hostSize, 0.05);
        expect(parseFloat(s.wordSpacing), `${el.localName} ${selector} word-spacing`).to.be.closeTo(0.16 * hostSize, 0.05);
        expect(parseFloat(s.lineHeight) / size, `${el.localName} ${selector} line-height`).to.be.at.least(1.45);
      }
      // Nothing wider than the column, nothing cut by an overflow box.
      for (const el of [session, map, list]) {
        expect(el.scrollWidth, el.localName).to.be.at.most(360);
        for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
          const s = getComputedStyle(node);
          if (s.overflow === 'visible' || node.classList.contains('visually-hidden') || node.closest('.visually-hidden')) continue;
          expect(node.scrollHeight - node.clientHeight, `${el.localName} ${node.className}`).to.be.at.most(1);
          expect(node.scrollWidth - node.clientWidth, `${el.localName} ${node.className}`).to.be.at.most(1);
        }
      }
      // The plan's room labels still fit their rooms.
      for (const label of shadow(map).querySelectorAll<SVGTextElement>('text.label')) {
        const id = label.getAttribute('data-room-id')!;
        const room = shadow(map).querySelector<SVGGraphicsElement>(`.room[data-room-id="${id}"] .shape`)!;
        expect(label.getBBox().width, id).to.be.at.most(room.getBBox().width + 1);
      }
    } finally {
      style.remove();
    }
  });
});

describe('language of parts (RGAA 8.7)', () => {
  it('English interface text on a German page is marked lang="en"; French feed text stays marked French', async () => {
    const { el: wrapper } = await mount<HTMLDivElement>(
      `<div lang="de"><aict-session src="${DEMO_FEED}" session-id="atelier-1"></aict-session></div>`,
    );
    const el = wrapper.querySelector('aict-session')!;
    const card = part(el, 'card')!;
    expect(card.getAttribute('lang')).to.equal('en');
    expect(textOf(shadow(el).querySelector('.actions'))).to.contain('Add to my calendar');
    expect(part(el, 'title')!.querySelector('[lang]')?.getAttribute('lang')).to.equal('fr');
  });

  it('on a French page nothing is re-marked', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`);
    expect(part(el, 'card')!.hasAttribute('lang')).to.equal(false);
    expect(part(el, 'title')!.querySelector('[lang]')).to.equal(null);
  });

  it('the failure message in English on a Spanish page is marked lang="en"', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json?status=503" session-id="s1" lang="es"></aict-session>`);
    expect(part(el, 'error')!.getAttribute('lang')).to.equal('en');
  });
});

describe('focus after "Try again"', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('stays on the button while the new attempt runs and when it fails again', async () => {
    const url = `/feeds/mini.json?status=503&key=${Math.random()}`;
    const { el } = await mount<AictSession>(`<aict-session src="${url}" session-id="s1" lang="fr"></aict-session>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part~="error"] button')!;
    expect(textOf(button)).to.equal('Réessayer');
    button.focus();
    const again = new Promise((r) => el.addEventListener('aict-error', r, { once: true }));
    button.click();
    await el.updateComplete;
    expect(shadow(el).activeElement, 'while loading').to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await again;
    await el.updateComplete;
    expect(shadow(el).activeElement, 'after a new failure').to.equal(shadow(el).querySelector('[part~="error"] button'));
    expect(shadow(el).activeElement?.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('goes to the session’s heading when the new attempt succeeds', async () => {
    const url = `${DEMO_FEED}?key=${Math.random()}`;
    let failing = true;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(url) && failing) {
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return realFetch(input, init);
    };
    const { el } = await mount<AictSession>(`<aict-session src="${url}" session-id="atelier-1" lang="fr"></aict-session>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part~="error"] button')!;
    button.focus();
    failing = false;
    const loaded = new Promise((r) => el.addEventListener('aict-load', r, { once: true }));
    button.click();
    await loaded;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(part(el, 'title'));
  });
});

describe('the offline copy', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows its notice and "Try again" readably, light and dark (axe-core)', async function () {
    // A network failure is retried with pauses before the offline copy is shown.
    this.timeout(60000);
    const url = `${DEMO_FEED}?key=offline-${Math.random()}`;
    const { el } = await mount<AictSession>(`<aict-session src="${url}" session-id="atelier-1" lang="fr"></aict-session>`);
    // The good copy is kept on the device; then the network fails.
    await new Promise((r) => setTimeout(r, 500));
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    for (let i = 0; i < 3 && !part(el, 'stale'); i++) {
      const next = new Promise((r) => el.addEventListener('aict-load', r, { once: true }));
      (el as unknown as { reload(): void }).reload();
      await next;
      await el.updateComplete;
      if (!part(el, 'stale')) await new Promise((r) => setTimeout(r, 500));
    }
    expect(textOf(part(el, 'stale'))).to.match(/^Copie hors ligne/);
    for (const scheme of ['light', 'dark']) {
      el.setAttribute('color-scheme', scheme);
      await el.updateComplete;
      await nextFrame();
      expect(await axeViolations(el.parentElement!), scheme).to.deep.equal([]);
    }
  });
});

describe('structure', () => {
  it('two full cards on one page have distinct landmark names', async () => {
    const { el: wrapper } = await mount<HTMLDivElement>(
      `<div><aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" variant="full"></aict-session>
        <aict-session src="${DEMO_FEED}" session-id="odd-regards-croises-europeens" lang="fr" variant="full"></aict-session></div>`,
    );
    await settled(wrapper);
    expect(await axeViolations(wrapper)).to.deep.equal([]);
    const names = await landmarkNames(wrapper);
    expect(names.length).to.be.at.least(4);
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
  });
});

/** Accessible names of the regions inside `root`'s elements (shadow roots included). */
async function landmarkNames(root: Element): Promise<string[]> {
  const { accessibleName } = await import('../support/page.js');
  const regions: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.matches('section[aria-labelledby], section[aria-label], [role="region"]')) regions.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return Promise.all(regions.map((r) => accessibleName(r)));
}

// ---- axe-core over every element and state, in the four host/OS combinations ------------------

/** Every element in every state it can be in, on a page with its own headings and landmark. */
/**
 * The loading state comes from a feed that answers after 6 s: long enough for the checks, short
 * enough not to hold the browser's connections to the test server (a request that never answers
 * holds one until the loader gives up after 15 s; a few rounds of them stalled the next test
 * file's requests in Chromium). The three elements share the URL, so one request.
 */
const SLOW_FEED_MS = 6000;

function everyState(setting: string, accent: string | undefined): string {
  const slow = `/feeds/mini.json?delay=${SLOW_FEED_MS}&key=${Math.random()}`;
  const attrs = `lang="fr"${setting ? ` color-scheme="${setting}"` : ''}${accent ? ` style="--aict-accent: ${accent}"` : ''}`;
  return `<main><h1>Forum</h1><h2>Programme</h2>
    <aict-session src="${DEMO_FEED}" session-id="atelier-1" ${attrs}></aict-session>
    <aict-session src="${DEMO_FEED}" session-id="atelier-1" variant="full" ${attrs}></aict-session>
    <aict-session src="${DEMO_FEED}" session-id="odd-regards-croises-europeens" variant="full" heading-level="4" ${attrs}></aict-session>
    <aict-room-map src="${DEMO_FEED}" session-id="mesurer-empreinte-carbone-projets-cooperation" selectable-rooms ${attrs}></aict-room-map>
    <aict-room-map src="${DEMO_FEED}" room-id="amphi-gaston-berger" ${attrs}></aict-room-map>
    <aict-room-map src="${DEMO_FEED}" session-id="changement-climatique-effets-genres" ${attrs}></aict-room-map>
    <aict-concurrent-sessions src="${DEMO_FEED}" session-id="changements-climatiques-nouvelles-crises" scope="overlap" ${attrs}></aict-concurrent-sessions>
    <aict-concurrent-sessions src="${DEMO_FEED}" at="2022-06-20T08:00" ${attrs}></aict-concurrent-sessions>
    <aict-session src="/feeds/mini.json?status=503" session-id="s1" ${attrs}><a href="/atelier">Atelier</a></aict-session>
    <aict-room-map src="${DEMO_FEED}" room-id="nope" ${attrs}><a href="/plan">Plan</a></aict-room-map>
    <aict-concurrent-sessions src="/feeds/mini.json?status=503" session-id="x" ${attrs}></aict-concurrent-sessions>
    <aict-session src="${slow}" session-id="x" ${attrs}></aict-session>
    <aict-room-map src="${slow}" room-id="x" ${attrs}></aict-room-map>
    <aict-concurrent-sessions src="${slow}" session-id="x" ${attrs}></aict-concurrent-sessions>
  </main>`;
}

describe('axe-core: 0 violations for every element and state', () => {
  afterEach(async () => {
    if (CAN_EMULATE) await emulateMedia({ colorScheme: 'light' });
  });

  for (const host of ['light', 'dark'] as const) {
    for (const os of ['light', 'dark'] as const) {
      for (const accent of [undefined, '#8a1538']) {
        // Default (light) and auto everywhere; dark where auto would not already be dark.
        const settings = host === 'light' && os === 'light' ? ['', 'auto', 'dark'] : ['', 'auto'];
        it(`${host} host page, ${os} OS, ${accent ?? 'default'} accent (color-scheme ${settings.map((v) => v || 'unset').join(', ')})`, async function () {
          this.timeout(60000);
          if (!(await osScheme(os))) this.skip();
          const restore = hostPage(host);
          try {
            for (const setting of settings) {
              const container = await fixture<HTMLDivElement>(`<div>${everyState(setting, accent)}</div>`);
              await settled(container);
              expect(await axeViolations(container), `color-scheme="${setting}"`).to.deep.equal([]);
              // The loading state was among the states checked.
              const slow = [...container.querySelectorAll('[src*="delay="]')];
              expect(slow.map((el) => Boolean(shadow(el).querySelector('.loading'))), 'still loading after axe').to.deep.equal([true, true, true]);
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

/** Waits until every element has rendered the feed or failed (the slow ones stay loading). */
async function settled(container: Element): Promise<void> {
  const elements = [...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('aict-session, aict-room-map, aict-concurrent-sessions')];
  for (let i = 0; i < 100; i++) {
    const pending = elements.filter((el) => !el.getAttribute('src')!.includes('delay=') && shadow(el).querySelector('.loading'));
    if (pending.length === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 200));
  const nested = elements.flatMap((el) => [...shadow(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('aict-room-map, aict-concurrent-sessions')]);
  await Promise.all([...elements, ...nested].map((el) => el.updateComplete));
  await nextFrame();
}
