import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { AictSession } from '../../src/components/session/aict-session.js';
import { cardWarmUpFeed } from '../../src/components/session/warm-up-feed.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { AictErrorEvent, AictLoadEvent, AictSessionSelectEvent } from '../../src/shared/events.js';
import { after, DEMO_FEED, mount, part, parts, requestCount, shadow, textOf, uniqueFeedUrl } from '../support/page.js';

const NBSP = '\u00a0';

describe('<aict-session>', () => {
  describe('the seed session, in French', () => {
    let el: AictSession;
    let event: AictLoadEvent;

    beforeEach(async () => {
      const mounted = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" variant="full" no-map no-concurrent></aict-session>`,
      );
      el = mounted.el;
      event = mounted.event as AictLoadEvent;
    });

    it('fires aict-load with the feed URL', () => {
      expect(event.type).to.equal('aict-load');
      expect(event.detail.feedUrl).to.equal(new URL(DEMO_FEED, location.href).href);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('shows the label, the title and the date as the page says', () => {
      expect(textOf(shadow(el).querySelector('.chip'))).to.equal('Atelier 1');
      expect(textOf(part(el, 'title'))).to.equal('Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT');
      expect(part(el, 'title')!.localName).to.equal('h3');
      const meta = textOf(part(el, 'meta'));
      expect(meta).to.contain(`mardi 29 juin 2021, 16h00${NBSP}–${NBSP}17h30`);
      expect(meta).to.contain('Salle L. Armand Ouest');
    });

    it('groups people by role with their titles', () => {
      const groups = [...part(el, 'people')!.querySelectorAll('.group')].map((g) => ({
        heading: textOf(g.querySelector('h4')),
        people: [...g.querySelectorAll('li')].map((li) => textOf(li)),
      }));
      expect(groups).to.deep.equal([
        {
          heading: 'Introduction et animation',
          people: [
            'François Rebsamen, Président de Cités Unies France',
            'Tony Ben Lahoucine, Président, Conférence Interrégionale des Réseaux Régionaux Multi-Acteurs (animation)',
          ],
        },
        {
          heading: 'Intervenants',
          people: [
            'Denise BOCQUILLET, Adjointe au maire d’Arras',
            'Benoit PILLET, Vice-Président d’Angers Loire Métropole, Adjoint au Maire d’Angers',
            'Gilbert DARROUX, Conseiller municipal d’Autun',
          ],
        },
      ]);
    });

    it('names the organisers, the SDG and the language', () => {
      const text = textOf(shadow(el));
      expect(text).to.contain('Conférence Interrégionale des Réseaux Régionaux Multi-Acteurs (CIRRMA)');
      expect(text).to.contain('Cités Unies France (CUF)');
      expect(textOf(shadow(el).querySelector('.sdg'))).to.equal('ODD 17 Partenariats pour la réalisation des objectifs');
      expect(text).to.contain('En français');
    });

    it('shows the description with its quote', () => {
      const description = shadow(el).querySelector('.description')!;
      expect(description.querySelector('blockquote')).to.exist;
      expect(textOf(description)).to.contain('mobiliser toute une diversité d’acteurs');
    });

    it('links to the detail page', () => {
      const link = shadow(el).querySelector<HTMLAnchorElement>('a.details')!;
      expect(textOf(link)).to.equal('Lire le détail');
      expect(link.protocol).to.match(/^https?:$/);
    });

    it('reports the seed’s defects as warnings with their paths', () => {
      const paths = event.detail.warnings.map((w) => w.path);
      // The session is dated 29 June 2021 in a forum of 20–21 June 2022.
      expect(paths.some((p) => /^sessions\[\d+\]\.start$/.test(p))).to.equal(true);
      // The room with an empty name ("(salle )" on the page).
      expect(paths.some((p) => /^rooms\[\d+\]\.name$/.test(p))).to.equal(true);
      for (const w of event.detail.warnings) expect(w.message).to.be.a('string').and.not.equal('');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('renders in English, with the French content marked as French', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="en"></aict-session>`);
    expect(textOf(part(el, 'meta'))).to.contain(`Tuesday 29 June 2021, 16:00${NBSP}–${NBSP}17:30`);
    expect(part(el, 'title')!.querySelector('[lang="fr"]')).to.exist;
    const headings = [...part(el, 'people')!.querySelectorAll('h4')].map((h) => textOf(h));
    expect(headings).to.deep.equal(['Introduction and moderation', 'Speakers']);
    expect(textOf(shadow(el).querySelector('.sdg'))).to.equal('SDG 17 Partnerships for the goals');
    expect(textOf(shadow(el))).to.contain('In French');
    await expect(el).to.be.accessible();
  });

  it('switches language when `lang` changes at run time', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf(part(el, 'meta'))).to.contain('Tuesday 29 June 2021');
    el.lang = 'fr';
    await el.updateComplete;
    expect(textOf(part(el, 'meta'))).to.contain('mardi 29 juin 2021');
  });

  it('gives two elements on one page their own languages', async () => {
    const host = await fixture(html`<div>
      <aict-session src=${DEMO_FEED} session-id="atelier-1" lang="fr"></aict-session>
      <aict-session src=${DEMO_FEED} session-id="atelier-1" lang="en"></aict-session>
    </div>`);
    const [fr, en] = [...host.querySelectorAll('aict-session')];
    await Promise.all([waitForLoad(fr!), waitForLoad(en!)]);
    expect(textOf(part(fr!, 'meta'))).to.contain('mardi');
    expect(textOf(part(en!, 'meta'))).to.contain('Tuesday');
  });

  it('inherits the language of its ancestors and follows their changes', async () => {
    const host = await fixture(html`<section lang="en-GB"><div>
      <aict-session src=${DEMO_FEED} session-id="atelier-1"></aict-session>
    </div></section>`);
    const el = host.querySelector('aict-session')!;
    await waitForLoad(el);
    expect(textOf(part(el, 'meta'))).to.contain('Tuesday');
    host.setAttribute('lang', 'fr-FR');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(part(el, 'meta'))).to.contain('mardi');
  });

  it('falls back to English UI for an unsupported language, and to the feed’s language for content', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s1" lang="de"></aict-session>`);
    expect(textOf(part(el, 'meta'))).to.contain('Monday 20 June 2022, 09:30');
    expect(textOf(part(el, 'title'))).to.equal('Ouverture du forum');
    expect(part(el, 'title')!.querySelector('[lang="fr"]')).to.exist;
  });

  it('warms up on a clean sample while a feed URL is on its way, with nothing seen or announced on the page', async () => {
    // The sample must reach the card's render (a warning or an error would stop the warm-up early).
    const sample = parseFeed(cardWarmUpFeed(), '');
    expect(sample.ok).to.equal(true);
    if (!sample.ok) return;
    expect(sample.programme.warnings).to.deep.equal([]);
    expect(sample.programme.sessionsById.get('s1')?.participants.length).to.equal(1);
    // Called again (it may have run for an earlier card): no element, event or script appears.
    (AictSession as unknown as { warmed: boolean }).warmed = false;
    const events: Event[] = [];
    const record = (e: Event) => events.push(e);
    for (const type of ['aict-load', 'aict-error']) document.addEventListener(type, record, true);
    const scripts = document.querySelectorAll('script').length;
    const cards = document.querySelectorAll('aict-session').length;
    AictSession.warmUp('fr');
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const type of ['aict-load', 'aict-error']) document.removeEventListener(type, record, true);
    expect((AictSession as unknown as { warmed: boolean }).warmed).to.equal(true);
    expect(events).to.deep.equal([]);
    expect(document.querySelectorAll('script').length).to.equal(scripts);
    expect(document.querySelectorAll('aict-session').length).to.equal(cards);
  });

  it('re-renders when `session-id` changes', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s1" lang="en"></aict-session>`);
    expect(textOf(part(el, 'title'))).to.equal('Opening of the forum');
    await after(el, () => el.setAttribute('session-id', 's2'));
    expect(textOf(part(el, 'title'))).to.equal('Atelier sans salle');
  });

  it('re-renders when `src` changes', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="atelier-1" lang="en"></aict-session>`);
    expect(part(el, 'error')).to.exist;
    const next = await after(el, () => el.setAttribute('src', DEMO_FEED));
    expect(next.type).to.equal('aict-load');
    expect(part(el, 'error')).to.equal(null);
    expect(textOf(part(el, 'title'))).to.contain('Mobiliser');
  });

  describe('time zones', () => {
    it('says which zone it shows when it is not the event’s (local: the pinned browser zone)', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="en" time-zone="local"></aict-session>`,
      );
      const meta = textOf(part(el, 'meta'));
      expect(meta).to.contain(`Tuesday 29 June 2021, 10:00${NBSP}–${NBSP}11:30`);
      expect(meta).to.contain('Toronto');
      expect(meta).to.contain('UTC\u22124');
    });

    it('converts to an IANA zone with a half-hour offset', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr" time-zone="Asia/Kolkata"></aict-session>`,
      );
      const meta = textOf(part(el, 'meta'));
      expect(meta).to.contain(`mardi 29 juin 2021, 19h30${NBSP}–${NBSP}21h00`);
      expect(meta).to.contain('UTC+5:30');
    });

    it('interprets offset-less feed times in the event zone, and follows a `time-zone` change', async () => {
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s1" lang="en"></aict-session>`);
      expect(textOf(part(el, 'meta'))).to.contain('09:30');
      expect(textOf(part(el, 'meta'))).not.to.contain('UTC');
      el.setAttribute('time-zone', 'UTC');
      await el.updateComplete;
      expect(textOf(part(el, 'meta'))).to.contain(`07:30${NBSP}–${NBSP}08:30`);
    });
  });

  describe('content', () => {
    it('shows "room to be confirmed" and a cancelled status plainly', async () => {
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s2" lang="fr"></aict-session>`);
      expect(textOf(part(el, 'meta'))).to.contain('Salle à confirmer');
      expect(textOf(shadow(el).querySelector('.status'))).to.equal('Annulée');
    });

    it('never shows an empty room name', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="changement-climatique-effets-genres" lang="fr"></aict-session>`,
      );
      const meta = textOf(part(el, 'meta'));
      expect(meta).to.contain('Salle à confirmer');
      expect(meta).not.to.match(/\(salle\s*\)/i);
    });

    it('shows a room name broken across lines on one clean line', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="changements-climatiques-nouvelles-crises" lang="fr"></aict-session>`,
      );
      const room = shadow(el).querySelector('.where')!;
      expect(room.textContent).to.contain('Amphi G. Berger');
      expect(room.textContent).not.to.contain('\n G.');
    });

    it('renders description HTML without running or keeping anything dangerous', async () => {
      (window as unknown as Record<string, unknown>).__aictPwned = undefined;
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s1" variant="full"></aict-session>`);
      const description = shadow(el).querySelector('.description')!;
      expect(description.querySelector('strong')?.textContent).to.equal('riche');
      expect(description.querySelector('img, script, [onerror]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as Record<string, unknown>).__aictPwned).to.equal(undefined);
    });

    it('shows themes and the interpretation languages', async () => {
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json" session-id="s1" lang="en"></aict-session>`);
      expect(textOf(shadow(el).querySelector('.theme'))).to.equal('Climate');
      expect(textOf(shadow(el).querySelector('.language'))).to.equal('In French, interpretation into English');
      await expect(el).to.be.accessible();
    });

    it('uses `heading-level` for the title and the levels below it for inner headings', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" heading-level="2"></aict-session>`,
      );
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'people')!.querySelector('h3')).to.exist;
    });
  });

  describe('links', () => {
    it('builds links from `session-href` and lets a partner cancel the navigation', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" session-href="/programme/{id}#top"></aict-session>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('a.details')!;
      expect(link.getAttribute('href')).to.equal(new URL('/programme/atelier-1#top', location.href).href);
      let selected: AictSessionSelectEvent | undefined;
      el.addEventListener('aict-session-select', (e) => {
        selected = e;
        e.preventDefault();
      });
      const before = location.href;
      link.click();
      expect(selected?.detail.sessionId).to.equal('atelier-1');
      expect(selected?.cancelable).to.equal(true);
      expect(location.href).to.equal(before);
    });
  });

  describe('failures', () => {
    const failures: [string, string, string][] = [
      ['network', 'http://127.0.0.1:9/feed.json', 'le serveur n’a pas répondu'],
      ['http', '/feeds/mini.json?status=503', 'erreur 503'],
      ['http', '/feeds/missing-feed.json', 'erreur 404'],
      ['parse', '/feeds/html.json', 'JSON'],
      ['invalid-feed', '/feeds/wrong-format.json', 'format attendu'],
      ['not-found', '#no-such-script', 'introuvable'],
    ];
    for (const [code, src, words] of failures) {
      it(`${code} (${src}): fallback content, a short localized message, and aict-error`, async () => {
        const { el, event } = await mount<AictSession>(
          `<aict-session src="${src}" session-id="atelier-1" lang="fr"><a href="/atelier-1">Atelier 1</a></aict-session>`,
        );
        expect(event.type).to.equal('aict-error');
        const detail = (event as AictErrorEvent).detail;
        expect(detail.code).to.equal(code);
        expect(detail.message).to.be.a('string').and.not.equal('');
        const error = part(el, 'error')!;
        expect(textOf(error)).to.contain(words);
        expect(textOf(error)).not.to.match(/at \w+ \(|Error:/);
        // The light-DOM link stays visible through the default slot.
        const slot = shadow(el).querySelector('slot')!;
        expect(slot.assignedElements()[0]?.textContent).to.equal('Atelier 1');
        await expect(el).to.be.accessible();
      });
    }

    it('not-found: an unknown session id in a good feed', async () => {
      const { el, event } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="nope" lang="en">Fallback</aict-session>`);
      expect((event as AictErrorEvent).detail.code).to.equal('not-found');
      expect(textOf(part(el, 'error'))).to.contain('This session is not in the programme');
    });

    it('a server that hangs ends as a network error within 20 s', async function () {
      this.timeout(25000);
      const started = performance.now();
      const { event } = await mount<AictSession>(`<aict-session src="/feeds/hang.json?key=${Math.random()}" session-id="x"></aict-session>`);
      expect((event as AictErrorEvent).detail.code).to.equal('network');
      expect(performance.now() - started).to.be.below(20000);
    });

    it('offers "try again" after a network failure, and it works', async () => {
      const { el } = await mount<AictSession>(`<aict-session src="/feeds/mini.json?status=503" session-id="s1" lang="en"></aict-session>`);
      const button = part(el, 'error')!.querySelector('button')!;
      expect(textOf(button)).to.equal('Try again');
      const next = await after(el, () => {
        el.setAttribute('src', '/feeds/mini.json');
      });
      expect(next.type).to.equal('aict-load');
    });
  });

  describe('feeds', () => {
    it('shows the light-DOM fallback until the feed is loaded', async () => {
      const host = await fixture(html`<div>
        <aict-session src="/feeds/mini.json?delay=300&key=${Math.random()}" session-id="s1"><a href="/s1">Opening</a></aict-session>
      </div>`);
      const el = host.querySelector('aict-session')!;
      await el.updateComplete;
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Opening');
      await waitForLoad(el);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('fetches one feed URL once, however many elements use it', async () => {
      const { url, key } = uniqueFeedUrl();
      const host = await fixture(html`<div>
        ${Array.from({ length: 12 }, () => html`<aict-session src=${url} session-id="atelier-1"></aict-session>`)}
      </div>`);
      await Promise.all([...host.querySelectorAll('aict-session')].map(waitForLoad));
      expect(await requestCount(key)).to.equal(1);
    });

    it('reads an inline JSON feed by `#id`', async () => {
      const feed = await (await fetch('/feeds/mini.json')).text();
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'inline-feed';
      script.textContent = feed;
      document.body.append(script);
      try {
        const { el } = await mount<AictSession>(`<aict-session src="#inline-feed" session-id="s1" lang="en"></aict-session>`);
        expect(textOf(part(el, 'title'))).to.equal('Opening of the forum');
      } finally {
        script.remove();
      }
    });

    it('uses <meta name="aict-feed"> when there is no `src`', async () => {
      const meta = document.createElement('meta');
      meta.name = 'aict-feed';
      meta.content = '/feeds/mini.json';
      document.head.append(meta);
      try {
        const { el } = await mount<AictSession>(`<aict-session session-id="s1" lang="en"></aict-session>`);
        expect(textOf(part(el, 'title'))).to.equal('Opening of the forum');
      } finally {
        meta.remove();
      }
    });
  });

  it('exposes the contract’s parts', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1"></aict-session>`);
    for (const name of ['card', 'title', 'meta', 'people']) expect(parts(el, name), name).to.have.length(1);
  });
});

function waitForLoad(el: Element): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const s = el as AictSession;
    if (s.shadowRoot?.querySelector('[part~="card"]')) return resolve(undefined);
    el.addEventListener('aict-load', resolve, { once: true });
    el.addEventListener('aict-error', (e) => reject(new Error((e as AictErrorEvent).detail.message)), { once: true });
  });
}
