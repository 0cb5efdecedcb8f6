/**
 * Hostile and careless feeds (issue 17), links: session ids that are path segments (`..`) or
 * the page's own anchors (`contenu`, `main`), against the real elements and the fixture
 * `test/fixtures/hostile-ids.json` served by the test server.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { formatSessionHash, parseHash } from '../../src/components/programme/hash-state.js';
import { templatedHref } from '../../src/core/url.js';
import { mount, part, parts, shadow, textOf } from '../support/page.js';

const FEED = '/feeds/hostile-ids.json';
/** The fixture's session ids, in feed order (titles are `Session <i> «<id>»`). */
const IDS = ['..', '.', '../inscription', 'a/b?c#d', 'contenu', 'main', 'ok-1', '%2e%2e', '.%2E'];

function cardOf(el: Element, id: string): HTMLElement {
  const card = parts(el, 'card').find((c) => textOf(c.querySelector('[part~="title"]')).endsWith(`«${id}»`));
  if (!card) throw new Error(`No card for ${id}`);
  return card;
}
const expanded = (el: Element) =>
  parts(el, 'card').filter((c) => c.querySelector('button.more')?.getAttribute('aria-expanded') === 'true');

/** Waits until every card of the day is rendered (a day longer than a screenful comes in slices). */
async function settle(el: AictProgramme): Promise<void> {
  const announced = () => Number(textOf(shadow(el).querySelector('.count')).match(/\d+/)?.[0]);
  for (let i = 0; i < 100 && !(parts(el, 'card').length >= announced()); i++) {
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  }
  await el.updateComplete;
}

describe('session-href and ids that are path segments', () => {
  it('`..` and `.` get no templated link; every other id stays inside its own path segment', async () => {
    const { el } = await mount<AictProgramme>(`<aict-programme src="${FEED}" lang="fr" session-href="/sessions/{id}/inscription"></aict-programme>`);
    await settle(el);
    expect(parts(el, 'card')).to.have.length(IDS.length);
    const link = (id: string) => cardOf(el, id).querySelector('[part~="title"] a')?.getAttribute('href') ?? null;
    for (const id of ['..', '.']) expect(link(id), id).to.equal(null);
    const base = new URL('/sessions/', location.href).href;
    // An id that is the encoded form of a dot segment is encoded once more: a plain segment.
    expect(link('%2e%2e')).to.equal(`${base}%252e%252e/inscription`);
    expect(link('.%2E')).to.equal(`${base}.%252E/inscription`);
    expect(link('../inscription')).to.equal(`${base}..%2Finscription/inscription`);
    expect(link('a/b?c#d')).to.equal(`${base}a%2Fb%3Fc%23d/inscription`);
    expect(link('ok-1')).to.equal(`${base}ok-1/inscription`);
    // The feed's own `url` does not stand in for a refused template: the host chose the pages.
    expect(shadow(el).querySelector('a[href^="https://feed.example/"]')).to.equal(null);
  });

  it('no id leads out of the template’s path or origin (fast-check)', () => {
    const templates = ['/sessions/{id}/inscription', '/s/{id}', 'https://partner.example/p/{id}.html?x=1', '/a/.{id}/b', '{id}/x'];
    const id = fc.oneof(
      fc.string(),
      fc.constantFrom('..', '.', '%2e', '%2E%2e', '.%2e', '...', '../..', '/', '\\..', '..\\', '//evil.example', '?', '#'),
      fc.array(fc.constantFrom('.', '%2e', '/', '\\', '?', '#', 'a', '%'), { maxLength: 6 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...templates), id, (template, sessionId) => {
        const base = 'https://host.example/dir/page.html';
        const href = templatedHref(template, sessionId, base);
        if (href === undefined) return;
        const url = new URL(href);
        const neutral = new URL(template.replaceAll('{id}', '_'), base);
        expect(url.origin).to.equal(neutral.origin);
        const [got, want] = [url.pathname.split('/'), neutral.pathname.split('/')];
        expect(got.length, href).to.equal(want.length);
        // Every segment but the id's is the template's.
        const idSegment = want.findIndex((s) => s.includes('_'));
        got.forEach((segment, i) => {
          if (i !== idSegment) expect(segment, href).to.equal(want[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deep links and the page’s own anchors', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('div');
    page.innerHTML = '<a class="skip" href="#contenu">Aller au contenu</a><main id="contenu" tabindex="-1"><h1>Page</h1></main>';
    document.body.prepend(page);
  });
  afterEach(() => {
    page.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('writes `#aict=<id>` and reads it, even for an id that is also one of the page’s anchors', async () => {
    expect(formatSessionHash('contenu')).to.equal('#aict=contenu');
    history.replaceState(null, '', '#aict=contenu');
    const { el } = await mount<AictProgramme>(`<aict-programme src="${FEED}" lang="fr"></aict-programme>`);
    await settle(el);
    expect(expanded(el)).to.deep.equal([cardOf(el, 'contenu')]);
  });

  it('without sync-hash, a bare `#<id>` is never taken: the skip link keeps its target and the focus', async () => {
    history.replaceState(null, '', '#main'); // a session id, and no element of the page has it
    const { el } = await mount<AictProgramme>(`<aict-programme src="${FEED}" lang="fr"></aict-programme>`);
    await settle(el);
    expect(expanded(el)).to.deep.equal([]);
    const skip = page.querySelector<HTMLAnchorElement>('a.skip')!;
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    skip.click();
    await changed;
    await settle(el);
    expect(location.hash).to.equal('#contenu');
    expect(expanded(el)).to.deep.equal([]);
    expect(document.activeElement).not.to.equal(el);
  });

  it('with sync-hash, old `#<id>` links still open, unless the page has an element with that id', async () => {
    history.replaceState(null, '', '#contenu');
    const { el } = await mount<AictProgramme>(`<aict-programme src="${FEED}" lang="fr" sync-hash></aict-programme>`);
    await settle(el);
    expect(expanded(el)).to.deep.equal([]);
    expect(location.hash).to.equal('#contenu');
    expect(document.activeElement).not.to.equal(el);
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    location.hash = '#main';
    await changed;
    await settle(el);
    expect(expanded(el)).to.deep.equal([cardOf(el, 'main')]);
    // Opening a session writes the namespaced form.
    cardOf(el, 'ok-1').querySelector<HTMLButtonElement>('button.more')!.click();
    await settle(el);
    expect(location.hash).to.equal('#aict=ok-1');
    expect(part(el, 'card')).to.exist;
  });

  it('parseHash: a page anchor always wins, and bare ids need the opt-in (fast-check)', () => {
    const id = fc.oneof(fc.constantFrom(...IDS), fc.string({ minLength: 1 }));
    fc.assert(
      fc.property(id, fc.boolean(), fc.boolean(), (sessionId, legacy, anchored) => {
        const isSession = () => true;
        const bare = `#${encodeURIComponent(sessionId)}`;
        const options = { legacy, isPageAnchor: (fragment: string) => anchored && fragment === sessionId };
        const parsed = parseHash(bare, isSession, options);
        const namespaced = sessionId.startsWith('aict:') || sessionId.startsWith('aict=');
        if (!namespaced) {
          expect(parsed.type === 'session').to.equal(legacy && !anchored);
        }
        expect(parseHash(formatSessionHash(sessionId), isSession, { isPageAnchor: () => false })).to.deep.equal({ type: 'session', id: sessionId });
      }),
      { numRuns: 500 },
    );
  });
});

describe('JSON-LD and links: the feed does not speak for the host', () => {
  const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-aict-session="ok-1"]')];
  const data = (script: HTMLScriptElement) => JSON.parse(script.text) as Record<string, unknown>;

  it('uses the link the visitor sees (session-href wins), and lists no mailto: address', async () => {
    const { el } = await mount(`<aict-session src="${FEED}" session-id="ok-1" variant="full" no-map session-href="/programme/{id}"></aict-session>`);
    const [script] = scripts();
    const json = data(script!);
    const href = new URL('/programme/ok-1', location.href).href;
    expect(json.url).to.equal(href);
    expect(json['@id']).to.equal(`${href}#event`);
    expect(script!.text).not.to.contain('feed.example/s/');
    expect(script!.text).not.to.contain('mailto:');
    expect(script!.text).to.contain('https://org.feed.example/').and.contain('https://bob.feed.example/');
    // The host's own link carries no rel; the feed's links do.
    const details = shadow(el).querySelector<HTMLAnchorElement>('a.details')!;
    expect(details.getAttribute('href')).to.equal(href);
    expect(details.hasAttribute('rel')).to.equal(false);
    for (const url of ['https://org.feed.example/', 'https://bob.feed.example/']) {
      expect(shadow(el).querySelector(`a[href="${url}"]`)!.getAttribute('rel')).to.equal('nofollow ugc noopener');
    }
    const described = shadow(el).querySelector<HTMLAnchorElement>('.description a[href="https://feed.example/pub"]')!;
    expect(described.rel.split(' ')).to.include.members(['nofollow', 'ugc', 'noopener']);
    el.remove();
    expect(scripts()).to.deep.equal([]);
  });

  it('without session-href, the feed’s url is the link, marked nofollow ugc', async () => {
    const { el } = await mount(`<aict-session src="${FEED}" session-id="ok-1"></aict-session>`);
    expect(data(scripts()[0]!).url).to.equal('https://feed.example/s/6');
    expect(shadow(el).querySelector('a.details')!.getAttribute('rel')).to.equal('nofollow ugc noopener');
    el.remove();
  });

  it('two feeds with the same session id keep one script each', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const a = document.createElement('aict-session');
    a.setAttribute('src', FEED);
    a.setAttribute('session-id', 'ok-1');
    const b = document.createElement('aict-session');
    b.setAttribute('src', '/feeds/hostile-ids-b.json');
    b.setAttribute('session-id', 'ok-1');
    const loaded = Promise.all([a, b].map((x) => new Promise((r) => x.addEventListener('aict-load', r, { once: true }))));
    box.append(a, b);
    await loaded;
    await Promise.all([a, b].map((x) => (x as unknown as AictProgramme).updateComplete));
    const found = scripts();
    expect(found).to.have.length(2);
    expect(found.map((s) => data(s).name).sort()).to.deep.equal(['Autre flux «ok-1»', 'Session 6 «ok-1»']);
    expect(found.map((s) => s.getAttribute('data-aict-feed')).sort()).to.deep.equal(
      [new URL(FEED, location.href).href, new URL('/feeds/hostile-ids-b.json', location.href).href].sort(),
    );
    a.remove();
    expect(scripts().map((s) => data(s).name)).to.deep.equal(['Autre flux «ok-1»']);
    box.remove();
    expect(scripts()).to.deep.equal([]);
  });
});
