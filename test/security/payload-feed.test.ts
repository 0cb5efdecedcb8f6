/**
 * A feed full of payloads (test/fixtures/hostile.json): script and handlers in every text,
 * `javascript:` / `data:` / obfuscated schemes in every URL field (event, organisations,
 * people, sessions, floor images), mXSS in descriptions, forms, iframes, SVG, `<style>`,
 * CSS injection through theme colours, markup in ids. Every element renders it or fails
 * cleanly; nothing runs; no dangerous node or attribute reaches any shadow tree.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';

const FEED = '/feeds/hostile.json';
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
/**
 * Nodes no feed value may become. (The programme's own search form and buttons are the
 * widget's UI: they carry no URL, which the attribute checks below verify.)
 */
const DANGEROUS = 'script, iframe, frame, object, embed, style, link, meta, base, math, foreignObject, img, textarea, template';
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster', 'background'];

/** Every shadow root under `root`, nested elements included. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

function expectNothingDangerous(root: ShadowRoot, label: string): void {
  // Strings only in assertions: chai inspecting a live <form> can take the page down.
  expect(root.querySelector(DANGEROUS)?.outerHTML.slice(0, 200) ?? 'none', label).to.equal('none');
  for (const el of root.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      expect(name, `${label}: <${el.localName} ${name}>`).not.to.match(/^on/i);
      // Nested widgets pass the feed address on in their own `src`; in-page anchors are the widget's.
      const ownLink = (name === 'href' && value.startsWith('#')) || (name === 'src' && el.localName.startsWith('aict-'));
      if (URL_ATTRIBUTES.includes(name) && !ownLink) {
        expect(SAFE_SCHEMES, `${label}: <${el.localName} ${name}="${value}">`).to.include(new URL(value, location.href).protocol);
        expect(value, `${label}: relative URL from the feed`).to.match(/^(https?:|mailto:)/);
      }
      if (name === 'style') {
        // Only the colour custom properties set through CSSOM, each a plain hex colour.
        for (const declaration of value.split(';').map((d) => d.trim()).filter(Boolean)) {
          expect(declaration, `${label}: style`).to.match(/^--[\w-]+:\s*#[0-9a-f]{3,6}$/i);
        }
      }
    }
  }
}

interface Pwn {
  calls: number;
}

function watchExecution(): { pwn: Pwn; restore(): void } {
  const pwn = { calls: 0 };
  const w = window as unknown as Record<string, unknown>;
  Object.defineProperty(w, '__aictPwned', {
    configurable: true,
    set: () => {
      pwn.calls++;
    },
    get: () => undefined,
  });
  return { pwn, restore: () => delete w.__aictPwned };
}

async function settle(elements: Element[]): Promise<string[]> {
  return Promise.all(
    elements.map(
      (el) =>
        new Promise<string>((resolve) => {
          el.addEventListener('aict-load', () => resolve('load'), { once: true });
          el.addEventListener('aict-error', (e) => resolve(`error:${(e as CustomEvent<{ code: string }>).detail.code}`), { once: true });
        }),
    ),
  );
}

describe('a feed full of payloads', function () {
  this.timeout(30000);

  it('every element renders or fails cleanly; nothing runs; nothing dangerous reaches the DOM', async () => {
    const { pwn, restore } = watchExecution();
    const wrapper = document.createElement('div');
    const sessions = Array.from({ length: 10 }, (_, i) => `s${i}`);
    wrapper.innerHTML = [
      ...sessions.map((id) => `<aict-session src="${FEED}" session-id="${id}" variant="full" lang="fr"></aict-session>`),
      ...sessions.map((id) => `<aict-session src="${FEED}" session-id="${id}" lang="en"></aict-session>`),
      `<aict-concurrent-sessions src="${FEED}" session-id="s0" lang="fr"></aict-concurrent-sessions>`,
      `<aict-room-map src="${FEED}" room-id="r1" lang="fr"></aict-room-map>`,
      `<aict-room-map src="${FEED}" session-id="s1" lang="en"></aict-room-map>`,
      `<aict-programme src="${FEED}" lang="fr"></aict-programme>`,
    ].join('');
    const elements = [...wrapper.children];
    const outcomes = settle(elements);
    try {
      const host = await fixture<HTMLDivElement>(wrapper);
      const results = await outcomes;
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      expect(results.every((r) => r === 'load' || r.startsWith('error:')), results.join()).to.equal(true);
      // The good parts of the feed still render.
      expect(results.filter((r) => r === 'load').length).to.be.at.least(20);
      const roots = shadowRoots(host);
      expect(roots.length).to.be.at.least(elements.length);
      for (const root of roots) expectNothingDangerous(root, (root.host as Element).outerHTML.slice(0, 80));
      // The feed's markup shows as text, never as elements.
      const title = elements[0]!.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title.textContent).to.contain('<script>');
      expect(elements[0]!.shadowRoot!.querySelector('.description strong')?.textContent).to.equal('riche');
      await new Promise((r) => setTimeout(r, 300)); // an image or frame that slipped through would have fired by now
      expect(pwn.calls, 'payload code ran').to.equal(0);
      await expect(elements[0]).to.be.accessible();
    } finally {
      restore();
    }
  });
});
