/**
 * Hostile host pages (one per condition, `pages.mjs`): root font sizes, body
 * typography, `!important` rules and resets on the host element, 320 px, 200 % text, WCAG
 * 1.4.12 text spacing; then dark scheme, reduced motion, print and forced colours.
 * Each page runs in an iframe; measurements are read from inside the widget's shadow root.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { DEMO_FEED, mount, part, shadow } from '../support/page.js';

/** The browser's default `medium`, what the visitor chose as their text size. */
let medium = 16;
before(() => {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  medium = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
});

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

interface Loaded {
  frame: HTMLIFrameElement;
  doc: Document;
  host: HTMLElement;
  root: ShadowRoot;
  win: Window;
}

async function open(page: string, width = 800): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.width = String(width);
  frame.height = '900';
  frame.src = `/hostile/${page}.html`;
  frames.push(frame);
  document.body.append(frame);
  const started = Date.now();
  for (;;) {
    const doc = frame.contentDocument;
    const host = doc?.querySelector<HTMLElement>('aict-session');
    const root = host?.shadowRoot;
    if (root?.querySelector('[part~="card"]')) {
      await (host as unknown as AictSession).updateComplete;
      return { frame, doc: doc!, host: host!, root, win: frame.contentWindow! };
    }
    if (Date.now() - started > 15000) throw new Error(`${page} did not render`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function style(win: Window, el: Element): CSSStyleDeclaration {
  return win.getComputedStyle(el);
}

/** Elements whose content is cut: overflow hidden or clipped while the content is bigger. */
function clipped(win: Window, root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.classList.contains('visually-hidden') || el.closest('svg')) continue;
    const s = style(win, el);
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      out.push(`${el.localName}.${el.className}`);
    }
  }
  return out;
}

/** `page`: also the whole page (where the host page's own text cannot overflow by itself). */
function expectNoHorizontalScroll({ doc, host, win }: Loaded, page = true): void {
  if (page) expect(doc.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(doc.documentElement.clientWidth);
  expect(host.scrollWidth, 'widget overflows').to.be.at.most(host.clientWidth + 1);
  for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (el.classList.contains('visually-hidden')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${el.localName}.${el.className} sticks out`).to.be.at.most(host.getBoundingClientRect().right + 1);
  }
  expect(win.innerWidth).to.be.greaterThan(0);
}

function expectReadableTypography({ host, root, win }: Loaded): void {
  const h = style(win, host);
  expect(parseFloat(h.fontSize), 'font-size = the visitor’s default').to.equal(medium);
  expect(h.textTransform).to.equal('none');
  // Line height and spacing are the page's to raise (a visitor's text-spacing style sheet,
  // WCAG 1.4.12), so they are not !important on the host; inside, the line height never falls
  // below 1.5 whatever the page sets on the host (a reset's "line-height: 1").
  for (const selector of ['[part~="title"]', '[part~="meta"]', '.actions']) {
    const inner = style(win, root.querySelector(selector)!);
    expect(parseFloat(inner.lineHeight) / parseFloat(inner.fontSize), selector).to.be.at.least(1.49);
  }
  expect(parseFloat(h.letterSpacing) || 0).to.be.at.least(0);
  expect(h.fontWeight).to.equal('400');
  expect(h.fontStyle).to.equal('normal');
  expect(h.whiteSpace).to.equal('normal');
  const title = root.querySelector('[part~="title"]')!;
  expect(parseFloat(style(win, title).fontSize)).to.equal(medium * 1.375);
  const card = root.querySelector('[part~="card"]')!;
  expect(style(win, card).color).to.equal('rgb(27, 31, 36)');
  expect(style(win, card).backgroundColor).to.equal('rgb(255, 255, 255)');
}

describe('hostile host pages', function () {
  this.timeout(30000);

  for (const page of ['root-font-size-62', 'root-font-size-8px', 'body-typography', 'important-rules', 'css-reset']) {
    it(`${page}: readable at the visitor’s default text size, no overflow`, async () => {
      const loaded = await open(page);
      expectReadableTypography(loaded);
      // body-typography sets `white-space: nowrap` on the page's own text, which overflows by itself.
      expectNoHorizontalScroll(loaded, page !== 'body-typography');
      expect(clipped(loaded.win, loaded.root)).to.deep.equal([]);
    });
  }

  it('inherits only the font family from the page, whatever rules target the host', async () => {
    for (const page of ['body-typography', 'important-rules', 'css-reset']) {
      const { host, win } = await open(page);
      expect(style(win, host).fontFamily, page).to.match(/^Georgia/);
    }
  });

  it('uses --aict-font-family when the webmaster sets it', async () => {
    const { host, win } = await open('custom-font');
    expect(style(win, host).fontFamily).to.match(/^Verdana/);
  });

  it('320 px: one column, no horizontal scroll (WCAG 1.4.10)', async () => {
    const loaded = await open('narrow-320', 320);
    expectNoHorizontalScroll(loaded);
    expect(clipped(loaded.win, loaded.root)).to.deep.equal([]);
  });

  it('200 % text at 320 px: no horizontal scroll, nothing clipped', async () => {
    const loaded = await open('zoom-200', 320);
    expect(parseFloat(style(loaded.win, loaded.host).fontSize)).to.equal(medium * 2);
    expectNoHorizontalScroll(loaded);
    expect(clipped(loaded.win, loaded.root)).to.deep.equal([]);
  });

  it('WCAG 1.4.12 text-spacing overrides clip nothing (at 320 px)', async () => {
    const loaded = await open('narrow-320', 320);
    const sheet = new (loaded.win as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
    loaded.root.adoptedStyleSheets = [...loaded.root.adoptedStyleSheets, sheet];
    const title = loaded.root.querySelector('[part~="title"]')!;
    expect(style(loaded.win, title).letterSpacing).not.to.equal('normal');
    expectNoHorizontalScroll(loaded);
    expect(clipped(loaded.win, loaded.root)).to.deep.equal([]);
  });

  describe('media conditions', () => {
    afterEach(async () => {
      try {
        await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
      } catch {
        // not supported in this browser: nothing was changed
      }
    });

    /** Emulates a media condition, or skips where the browser driver cannot. */
    async function emulate(ctx: Mocha.Context, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
      try {
        await emulateMedia(media);
      } catch {
        ctx.skip();
      }
    }

    it('prefers-color-scheme: dark gives the dark surface and light text with color-scheme="auto"', async function () {
      await emulate(this, { colorScheme: 'dark' });
      const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" color-scheme="auto"></aict-session>`);
      const card = part(el, 'card')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(21, 25, 31)');
      expect(getComputedStyle(card).color).to.equal('rgb(238, 241, 245)');
      await expect(el).to.be.accessible();
    });

    it('prefers-reduced-motion: the loading skeleton does not pulse', async function () {
      await emulate(this, { reducedMotion: 'reduce' });
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<aict-session src="/feeds/mini.json?delay=2000&key=${Math.random()}" session-id="s1"></aict-session>`;
      document.body.append(wrapper);
      try {
        const el = wrapper.firstElementChild as AictSession;
        await el.updateComplete;
        const loading = shadow(el).querySelector('.loading')!;
        expect(getComputedStyle(loading).animationName).to.equal('none');
        await emulate(this, { reducedMotion: 'no-preference' });
        expect(getComputedStyle(loading).animationName).to.equal('aict-pulse');
      } finally {
        wrapper.remove();
      }
    });

    it('print: no buttons, black text, no surface colours', async function () {
      await emulate(this, { media: 'print' });
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json?status=404" session-id="s1" lang="en">Fallback</aict-session>`);
      expect(getComputedStyle(part(el, 'error')!.querySelector('button')!).display).to.equal('none');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    });

    it('forced-colors: the skeleton, notices and errors keep a visible border', () => {
      // The test driver cannot emulate forced colours in both engines: check the rules exist.
      const AictSessionClass = customElements.get('aict-session') as unknown as { elementStyles: { styleSheet?: CSSStyleSheet }[] };
      const rules = AictSessionClass.elementStyles
        .flatMap((s) => [...(s.styleSheet?.cssRules ?? [])])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'));
      const text = rules.map((r) => r.cssText).join('\n');
      expect(text).to.contain('.loading');
      expect(text).to.contain('.stale');
      expect(text).to.match(/canvastext/i);
    });
  });

  it('is accessible on a hostile page', async () => {
    const { host } = await open('body-typography');
    // axe runs in this document; the widget's own markup is what is checked.
    expect(host.shadowRoot!.querySelector('[part~="title"]')).to.exist;
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1"></aict-session>`);
    await expect(el).to.be.accessible();
  });
});
