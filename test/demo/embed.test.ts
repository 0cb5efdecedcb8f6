/**
 * The iframe page (`demo/embed.html`, built into `dist/embed.html`): the query string makes
 * one validated <aict-session>, and the page reports its height to the parent.
 */
import { expect } from '@open-wc/testing';
import { closeFrames, loadFrame, renderedTitle, until, type Frame } from '../dist/frames.js';

const FEED = '/feeds/forum-aict-2022.json';
const TITLE = 'Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT';

type HeightMessage = { type: string; height: number };

function heights(frame: Frame): number[] {
  return frame.messages
    .filter((m): m is HeightMessage => (m as HeightMessage)?.type === 'aict-embed-height')
    .map((m) => m.height);
}

for (const page of ['/demo/embed.html', '/dist/embed.html']) {
  describe(`the iframe page ${page}`, function () {
    // Each test loads one or two frames (feed, element): slow on a loaded machine.
    this.timeout(30000);
    afterEach(closeFrames);

    it('shows the session the query string names, in its language and variant', async () => {
      const query = new URLSearchParams({ src: FEED, session: 'atelier-1', lang: 'en', variant: 'full', accent: '#8a1538' });
      const frame = await loadFrame({ src: `${page}?${query}` });
      const el = frame.doc.querySelector('aict-session')!;
      expect(await until(() => renderedTitle(el), 'the card')).to.equal(TITLE);
      expect(el.getAttribute('session-id')).to.equal('atelier-1');
      expect(el.getAttribute('lang')).to.equal('en');
      expect(el.getAttribute('variant')).to.equal('full');
      expect(frame.doc.documentElement.lang).to.equal('en');
      expect(el.style.getPropertyValue('--aict-accent')).to.equal('#8a1538');
      // Session links leave the frame for the partner page.
      expect(frame.doc.querySelector('base')!.getAttribute('target')).to.equal('_top');
    });

    it('posts its height to the parent, and again when its content grows', async () => {
      const frame = await loadFrame({ src: `${page}?src=${encodeURIComponent(FEED)}&session=atelier-1&variant=card` });
      const el = frame.doc.querySelector('aict-session')!;
      await until(() => renderedTitle(el), 'the card');
      const measured = () => Math.ceil(frame.doc.documentElement.getBoundingClientRect().height);
      const first = await until(() => heights(frame).includes(measured()) && measured(), 'the height message');
      expect(first).to.be.above(150);
      el.setAttribute('variant', 'full');
      const grown = await until(() => measured() > first && heights(frame).includes(measured()) && measured(), 'a new height');
      expect(grown).to.be.above(first);
      // The parent can size the iframe from the message alone (the README's snippet).
      frame.frame.style.height = `${heights(frame).at(-1)}px`;
      expect(frame.doc.documentElement.scrollHeight).to.be.at.most(grown + 1);
    });

    it('serves the programme with its view and filters', async () => {
      const programme = await loadFrame({
        src: `${page}?${new URLSearchParams({ element: 'programme', src: FEED, lang: 'en', view: 'grid', 'heading-level': '2', theme: 'climat', day: 'x' })}`,
      });
      const list = programme.doc.querySelector('aict-programme')!;
      // The theme filter applies: only « climat » sessions are listed.
      await until(() => list.shadowRoot?.textContent?.includes('effets genrés'), 'the programme');
      expect(list.shadowRoot!.textContent).not.to.contain('Les ODD');
      expect(list.getAttribute('view')).to.equal('grid');
      expect(list.getAttribute('heading-level')).to.equal('2');
      expect(list.getAttribute('theme')).to.equal('climat');
      expect(list.hasAttribute('day'), 'an invalid day is dropped').to.equal(false);
      expect(list.hasAttribute('variant')).to.equal(false);
    });

    it('serves the room map of a session', async () => {
      const map = await loadFrame({ src: `${page}?${new URLSearchParams({ element: 'room-map', src: FEED, session: 'atelier-1', lang: 'fr' })}` });
      const mapEl = map.doc.querySelector('aict-room-map')!;
      expect(await until(() => mapEl.shadowRoot?.textContent?.includes('Salle L. Armand Ouest') && mapEl.getAttribute('session-id'), 'the map')).to.equal('atelier-1');
    });

    it('serves the concurrent sessions with their scope, and only their options', async () => {
      const beside = await loadFrame({
        src: `${page}?${new URLSearchParams({ element: 'concurrent-sessions', src: FEED, session: 'odd-regards-croises-europeens', scope: 'overlap', variant: 'full' })}`,
      });
      const besideEl = beside.doc.querySelector('aict-concurrent-sessions')!;
      await until(() => besideEl.shadowRoot?.textContent?.includes('changement climatique'), 'the concurrent sessions');
      expect(besideEl.getAttribute('scope')).to.equal('overlap');
      expect(besideEl.hasAttribute('variant'), 'a session-only option is not passed on').to.equal(false);
      await expect(beside.frame).to.be.accessible();
    });

    it('reports an unknown element instead of showing an empty frame', async () => {
      const unknown = await loadFrame({ src: `${page}?element=marquee&src=${encodeURIComponent(FEED)}&session=atelier-1` });
      expect((await until(() => unknown.doc.querySelector('[role="alert"]'), 'the message')).textContent).to.contain('element');
    });

    it('reports a room map without a session or a room', async () => {
      const map = await loadFrame({ src: `${page}?element=room-map&src=${encodeURIComponent(FEED)}` });
      expect(map.doc.querySelector('aict-room-map')).to.equal(null);
      expect((await until(() => map.doc.querySelector('[role="alert"]'), 'the message')).textContent).to.contain('session / room');
    });

    it('accepts only http(s) or relative feed URLs and known values', async () => {
      const bad = await loadFrame({ src: `${page}?src=${encodeURIComponent('javascript:alert(1)')}&session=atelier-1` });
      expect(bad.doc.querySelector('aict-session')).to.equal(null);
      const alert = await until(() => bad.doc.querySelector('[role="alert"]'), 'the message');
      expect(alert.textContent).to.contain('src');

      const missing = await loadFrame({ src: `${page}?src=${encodeURIComponent(FEED)}` });
      expect(missing.doc.querySelector('aict-session')).to.equal(null);
      expect((await until(() => missing.doc.querySelector('[role="alert"]'), 'the message')).textContent).to.contain('session');

      const odd = await loadFrame({ src: `${page}?src=${encodeURIComponent(FEED)}&session=atelier-1&lang=de&variant=huge&accent=red;x:y` });
      const el = odd.doc.querySelector('aict-session')!;
      await until(() => renderedTitle(el), 'the card');
      expect(el.getAttribute('lang')).to.equal('fr');
      expect(el.getAttribute('variant')).to.equal('card');
      expect(el.style.getPropertyValue('--aict-accent')).to.equal('');
    });
  });
}

describe('the built iframe page', () => {
  afterEach(closeFrames);

  it('runs under its own strict Content Security Policy with Trusted Types', async () => {
    const response = await fetch('/raw/dist/embed.html');
    const markup = await response.text();
    expect(markup).to.contain("require-trusted-types-for 'script'");
    expect(markup).to.contain("script-src 'self'");
    expect(markup).to.contain('src="./aict-widgets.js"'); // the same bundle as every other embed
    const frame = await loadFrame({ src: `/dist/embed.html?src=${encodeURIComponent(FEED)}&session=atelier-1&variant=full` });
    const el = frame.doc.querySelector('aict-session')!;
    expect(await until(() => renderedTitle(el), 'the card')).to.equal(TITLE);
    // The sanitised description (Trusted Types path) rendered too.
    await until(() => el.shadowRoot!.querySelector('.description blockquote'), 'the description');
    await expect(frame.frame).to.be.accessible();
  });
});
