/**
 * The schema.org `Event` each <aict-session> puts in the host document's <head> (JSON-LD),
 * for search engines, which do not read shadow DOM.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { after, DEMO_FEED, mount } from '../support/page.js';

const SELECTOR = 'script[type="application/ld+json"][data-aict-session]';

function scripts(): HTMLScriptElement[] {
  return [...document.head.querySelectorAll<HTMLScriptElement>(SELECTOR)];
}

function dataOf(id: string): Record<string, any> {
  const found = scripts().filter((s) => s.dataset.aictSession === id);
  expect(found, `one JSON-LD script for ${id}`).to.have.length(1);
  return JSON.parse(found[0]!.textContent!);
}

describe('<aict-session> structured data (JSON-LD)', () => {
  afterEach(() => {
    // Removing the elements must take what they published with them.
    fixtureCleanup();
    expect(scripts()).to.have.length(0);
  });

  it('describes the seed session as a schema.org Event in the page head', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`);
    const data = dataOf('atelier-1');
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Event');
    expect(data.name).to.equal('Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT');
    // The seed's own (defective) date, at its Paris wall-clock time with the summer offset.
    expect(data.startDate).to.equal('2021-06-29T16:00:00+02:00');
    expect(data.endDate).to.equal('2021-06-29T17:30:00+02:00');
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(data.inLanguage).to.equal('fr');
    expect(data.url).to.equal('https://example.org/forum-aict-2022/atelier-1');
    expect(data.location['@type']).to.equal('Place');
    expect(data.location.name).to.equal('Salle L. Armand Ouest');
    expect(data.location.address).to.equal('30 avenue Corentin-Cariou, 75019 Paris');
    expect(data.location.containedInPlace.name).to.equal('Cité des Sciences et de l\'Industrie');
    expect(data.performer.map((p: { name: string }) => p.name)).to.deep.equal([
      'François Rebsamen',
      'Tony Ben Lahoucine',
      'Denise BOCQUILLET',
      'Benoit PILLET',
      'Gilbert DARROUX',
    ]);
    expect(data.performer.every((p: { '@type': string }) => p['@type'] === 'Person')).to.equal(true);
    expect(data.organizer.map((o: { name: string }) => o.name)).to.deep.equal([
      'Conférence Interrégionale des Réseaux Régionaux Multi-Acteurs',
      'Cités Unies France',
    ]);
    expect(data.superEvent['@type']).to.equal('Event');
    expect(data.superEvent.name).to.equal('Forum de l’action internationale des collectivités 2022');
    expect(data.superEvent.startDate).to.equal('2022-06-20');
    expect(data.superEvent.endDate).to.equal('2022-06-21');
    // Nothing leaks into the shadow tree or the element's light DOM.
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(el.querySelector('script')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks the element language and follows a language switch', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="en"></aict-session>`);
    expect(dataOf('atelier-1').superEvent.name).to.equal('Forum on the international action of local authorities 2022');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(dataOf('atelier-1').superEvent.name).to.equal('Forum de l’action internationale des collectivités 2022');
  });

  it('says when a session is cancelled, with event-local times given their offset', async () => {
    await mount(`<aict-session src="/feeds/mini.json" session-id="s2" lang="fr"></aict-session>`);
    const data = dataOf('s2');
    expect(data.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(data.startDate).to.equal('2022-06-20T14:00:00+02:00');
    expect(data.name).to.equal('Atelier sans salle');
    expect(data).not.to.have.property('location'); // no room and no venue: nothing invented
  });

  it('keeps one script per session, shared by elements showing the same one', async () => {
    const { el } = await mount<HTMLDivElement>(`<div>
      <aict-session src="${DEMO_FEED}" session-id="atelier-1"></aict-session>
      <aict-session src="${DEMO_FEED}" session-id="atelier-1" variant="full"></aict-session>
      <aict-session src="${DEMO_FEED}" session-id="odd-regards-croises-europeens"></aict-session>
    </div>`);
    const [first, second, third] = [...el.querySelectorAll<AictSession>('aict-session')];
    await Promise.all([first!.updateComplete, second!.updateComplete, third!.updateComplete]);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all([first!.updateComplete, second!.updateComplete, third!.updateComplete]);
    expect(scripts().map((s) => s.dataset.aictSession).sort()).to.deep.equal(['atelier-1', 'odd-regards-croises-europeens']);
    expect(dataOf('odd-regards-croises-europeens').startDate).to.equal('2022-06-20T14:00:00+02:00');

    first!.remove();
    expect(dataOf('atelier-1').name).to.contain('Mobiliser'); // the other element still shows it
    second!.remove();
    expect(scripts().map((s) => s.dataset.aictSession)).to.deep.equal(['odd-regards-croises-europeens']);
    third!.remove();
    expect(scripts()).to.have.length(0);
  });

  it('follows a change of session-id and drops the data when the session is unknown', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1"></aict-session>`);
    await after(el, () => el.setAttribute('session-id', 'changements-climatiques-nouvelles-crises'));
    expect(scripts().map((s) => s.dataset.aictSession)).to.deep.equal(['changements-climatiques-nouvelles-crises']);
    await after(el, () => el.setAttribute('session-id', 'nope'));
    expect(scripts()).to.have.length(0);
  });

  it('publishes nothing with no-seo, and removes the data when no-seo is set later', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="${DEMO_FEED}" session-id="atelier-1" no-seo></aict-session>`);
    expect(scripts()).to.have.length(0);
    el.removeAttribute('no-seo');
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    el.toggleAttribute('no-seo', true);
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
  });

  it('cannot be broken out of by a title containing </script>', async () => {
    const before = document.querySelectorAll('script').length;
    await mount(`<aict-session src="/feeds/seo-escape.json" session-id="s1"></aict-session>`);
    const script = scripts()[0]!;
    expect(script.textContent).not.to.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    // Serialised as HTML (what a CMS cache or a crawler sees), it is still one script.
    const reparsed = new DOMParser().parseFromString(`<head>${script.outerHTML}</head>`, 'text/html');
    expect(reparsed.querySelectorAll('script')).to.have.length(1);
    const data = JSON.parse(reparsed.querySelector('script')!.textContent!);
    expect(data.name).to.equal('Les balises </script><!-- et <b>');
    expect(data.superEvent.name).to.equal('Forum </script><script>window.__aictSeoPwned=1</script>');
    // January in Montréal: standard time, a negative offset; `moved` is schema.org's "rescheduled".
    expect(data.startDate).to.equal('2022-01-10T09:00:00-05:00');
    expect(data.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(document.querySelectorAll('script').length).to.equal(before + 1);
    expect((window as { __aictSeoPwned?: number }).__aictSeoPwned).to.equal(undefined);
  });

  it('works on a page that enforces Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
      <script type="module" src="/src/components/session/define.ts"></script></head>
      <body><aict-session src="/feeds/forum-aict-2022.json" session-id="atelier-1"></aict-session></body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const el = doc.querySelector('aict-session')!;
      const outcome = await new Promise<string>((resolve) => {
        const done = () => resolve(el.shadowRoot?.querySelector('[part~="title"]') ? 'load' : 'error');
        if (el.shadowRoot?.querySelector('[part~="title"]')) return done();
        el.addEventListener('aict-load', () => setTimeout(done), { once: true });
        el.addEventListener('aict-error', () => resolve('error'), { once: true });
        setTimeout(() => resolve('timeout'), 8000);
      });
      expect(outcome).to.equal('load');
      if ((frame.contentWindow as { trustedTypes?: unknown }).trustedTypes) {
        // The policy really is enforced in the frame: a plain string is refused by a script sink.
        expect(() => {
          doc.createElement('script').textContent = 'void 0';
        }).to.throw();
      }
      const inFrame = doc.head.querySelectorAll(SELECTOR);
      // A data block's text added as a Text node is not a script sink (checked in Chromium and
      // Firefox); were it ever refused, the controller skips SEO silently and the card still renders.
      expect(inFrame).to.have.length(1);
      expect(JSON.parse(inFrame[0]!.textContent!).startDate).to.equal('2021-06-29T16:00:00+02:00');
    } finally {
      frame.remove();
    }
  });
});
