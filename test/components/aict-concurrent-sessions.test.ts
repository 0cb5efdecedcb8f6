import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { AictConcurrentSessions } from '../../src/components/concurrent-sessions/aict-concurrent-sessions.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import type { AictErrorEvent, AictSessionSelectEvent } from '../../src/shared/events.js';
import { oneBlockFeed } from '../fixtures/generate-feed.js';
import { addInlineFeed, DEMO_FEED, mount, part, parts, requestCount, shadow, textOf, uniqueFeedUrl } from '../support/page.js';

const NBSP = '\u00a0';
const VENUE = '/feeds/venue.json';

/** The seed page's "Les autres rendez-vous de la session", in its order (no-break spaces as on the page). */
const SEED_OTHERS = [
  `Les ODD - Objectifs de développement durable et coopération décentralisée${NBSP}: regards croisés européens`,
  `Le changement climatique a-t-il des effets genrés${NBSP}?`,
  `Comment mesurer l’empreinte carbone dans les projets de coopération${NBSP}?`,
  `Les changements climatiques responsables de nouvelles crises${NBSP}?`,
  `Quelle mobilisation de la jeunesse sur les enjeux Climat, en lien avec l’AICT${NBSP}?`,
];

/** Each group as { heading, items: [title, room] }. */
function groupsOf(el: Element) {
  return [...shadow(el).querySelectorAll('.group')].map((g) => ({
    heading: textOf(g.querySelector('h3, h4, h5, h6')),
    items: [...g.querySelectorAll('[part~="item"]')].map((li) => [textOf(li.querySelector('.title a, .title .name')), textOf(li.querySelector('.where'))]),
  }));
}

describe('<aict-concurrent-sessions>', () => {
  describe('block scope: the seed’s other sessions, in French', () => {
    let el: AictConcurrentSessions;
    beforeEach(async () => {
      ({ el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-concurrent-sessions>`,
      ));
    });

    it('has the seed’s heading and groups the five other sessions by start time', () => {
      expect(textOf(shadow(el).querySelector('h3'))).to.equal('Les autres rendez-vous de la session');
      const groups = groupsOf(el);
      expect(groups.map((g) => g.heading)).to.deep.equal(['De 14h00 à 15h30', 'De 16h00 à 17h30']);
      expect(groups.map((g) => g.items.length)).to.deep.equal([3, 2]);
      expect(groups.flatMap((g) => g.items.map((i) => i[0]))).to.deep.equal(SEED_OTHERS);
    });

    it('shows rooms clean, “Salle à confirmer” for the two empty ones, and never the session itself', () => {
      const rooms = groupsOf(el).flatMap((g) => g.items.map((i) => i[1]));
      expect(rooms).to.deep.equal([
        `Salle${NBSP}: Amphi G. Berger`,
        `Salle${NBSP}: Salle à confirmer`,
        `Salle${NBSP}: Salle L. Armand Ouest`,
        `Salle${NBSP}: Amphi G. Berger`,
        `Salle${NBSP}: Salle à confirmer`,
      ]);
      expect(textOf(part(el, 'list'))).not.to.contain('Mobiliser et coordonner');
      expect(shadow(el).textContent).not.to.match(/Amphi\s*\n/);
    });

    it('gives each item its time range and uses the inner heading level', () => {
      const first = parts(el, 'item')[0]!;
      expect(textOf(first.querySelector('.when'))).to.equal(`14h00${NBSP}–${NBSP}15h30`);
      expect(shadow(el).querySelectorAll('.group h4')).to.have.length(2);
      // Atelier 1 is misdated (2021): the list says which day its neighbours are on.
      expect(textOf(shadow(el).querySelector('.day'))).to.equal('lundi 20 juin 2022');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English, and converts times to the visitor’s zone with a label', async () => {
    const { el } = await mount<AictConcurrentSessions>(
      `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="atelier-1" lang="en" time-zone="local"></aict-concurrent-sessions>`,
    );
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Other sessions in this time slot');
    expect(groupsOf(el).map((g) => g.heading)).to.deep.equal(['From 08:00 to 09:30', 'From 10:00 to 11:30']);
    expect(textOf(shadow(el).querySelector('.zone'))).to.equal('Times: your time, Toronto (UTC\u22124)');
    expect(textOf(shadow(el))).to.contain('Room to be confirmed');
    await expect(el).to.be.accessible();
  });

  it('overlap scope: only sessions whose time intersects', async () => {
    const { el } = await mount<AictConcurrentSessions>(
      `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="odd-regards-croises-europeens" scope="overlap" lang="fr"></aict-concurrent-sessions>`,
    );
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Les autres rendez-vous à la même heure');
    expect(groupsOf(el).flatMap((g) => g.items.map((i) => i[0]))).to.deep.equal([SEED_OTHERS[1], SEED_OTHERS[2]]);
  });

  it('block scope falls back to overlap for a session without a block; cancelled sessions are shown as cancelled', async () => {
    const { el } = await mount<AictConcurrentSessions>(
      `<aict-concurrent-sessions src="${VENUE}" session-id="lonely" lang="fr"></aict-concurrent-sessions>`,
    );
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Les autres rendez-vous à la même heure');
    const items = parts(el, 'item');
    // "touching" starts when "lonely" ends: not at the same time.
    expect(items).to.have.length(1);
    expect(textOf(items[0]!.querySelector('.when'))).to.equal(`14h30${NBSP}–${NBSP}16h00`);
    expect(textOf(items[0]!.querySelector('.chip'))).to.equal('Atelier B');
    expect(textOf(items[0]!.querySelector('.status'))).to.equal('Annulée');
    expect(items[0]!.classList.contains('status-cancelled')).to.equal(true);
  });

  it('at: everything running at that event-local time', async () => {
    const { el } = await mount<AictConcurrentSessions>(
      `<aict-concurrent-sessions src="${DEMO_FEED}" at="2022-06-20T16:00" lang="fr"></aict-concurrent-sessions>`,
    );
    expect(textOf(shadow(el).querySelector('h3'))).to.equal('Au programme le lundi 20 juin 2022 à 16h00');
    expect(groupsOf(el).flatMap((g) => g.items.map((i) => i[0]))).to.deep.equal([SEED_OTHERS[3], SEED_OTHERS[4]]);
    await expect(el).to.be.accessible();
  });

  describe('empty and wrong', () => {
    it('says so in a short line when nothing else runs', async () => {
      const { el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="atelier-1" scope="overlap" lang="en"></aict-concurrent-sessions>`,
      );
      expect(textOf(shadow(el).querySelector('.empty'))).to.equal('No other session at the same time.');
      expect(parts(el, 'item')).to.have.length(0);
    });

    it('says so for a moment with nothing on', async () => {
      const { el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" at="2022-06-20T08:00" lang="fr"></aict-concurrent-sessions>`,
      );
      expect(textOf(shadow(el).querySelector('.empty'))).to.equal('Aucun rendez-vous à cette heure-là.');
      await expect(el).to.be.accessible();
    });

    it('an `at` that is not a time: aict-error and a plain message', async () => {
      const { el, event } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" at="tomorrow" lang="en">Fallback</aict-concurrent-sessions>`,
      );
      expect((event as AictErrorEvent).detail.code).to.equal('not-found');
      expect(textOf(part(el, 'error'))).to.equal('The requested time is not a valid date and time.');
    });

    it('an unknown session: aict-error not-found', async () => {
      const { el, event } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="nope" lang="fr"></aict-concurrent-sessions>`,
      );
      expect((event as AictErrorEvent).detail.code).to.equal('not-found');
      expect(textOf(part(el, 'error'))).to.contain('ne figure pas au programme');
    });
  });

  describe('links and the cancelable event', () => {
    it('builds links from `session-href`; preventDefault() keeps the visitor on the page', async () => {
      const { el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${DEMO_FEED}" session-id="atelier-1" session-href="/programme/{id}"></aict-concurrent-sessions>`,
      );
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="item"] a')];
      expect(links).to.have.length(5);
      expect(links[0]!.getAttribute('href')).to.equal(new URL('/programme/odd-regards-croises-europeens', location.href).href);
      let selected: AictSessionSelectEvent | undefined;
      const listener = (e: AictSessionSelectEvent) => {
        selected = e;
        e.preventDefault();
      };
      document.addEventListener('aict-session-select', listener);
      try {
        const before = location.href;
        links[3]!.click();
        expect(selected?.detail.sessionId).to.equal('changements-climatiques-nouvelles-crises');
        expect(selected?.cancelable).to.equal(true);
        expect(selected?.composed).to.equal(true);
        expect(location.href).to.equal(before);
      } finally {
        document.removeEventListener('aict-session-select', listener);
      }
    });

    it('uses the session’s `url`, else shows the title as plain text, not a control that would do nothing', async () => {
      const { el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${VENUE}" session-id="touching" scope="overlap"></aict-concurrent-sessions>`,
      );
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="item"] a')!;
      expect(link.href).to.equal('https://example.org/beside');
      link.addEventListener('click', (e) => e.preventDefault());

      const { el: other } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="${VENUE}" session-id="beside" scope="overlap"></aict-concurrent-sessions>`,
      );
      expect(shadow(other).querySelectorAll('[part~="item"] button, [part~="item"] a, [part~="item"] [tabindex]')).to.have.length(0);
      expect(parts(other, 'item').map((item) => textOf(item.querySelector('.title .name')))).to.deep.equal(['Atelier sans bloc', 'Juste après']);
      await expect(other).to.be.accessible();
    });
  });

  describe('container sizes', () => {
    for (const width of [320, 1200]) {
      it(`fits a ${width} px container without horizontal scrolling`, async () => {
        const { el: host } = await mount<HTMLDivElement>(
          `<div style="width: ${width}px"><aict-concurrent-sessions src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-concurrent-sessions></div>`,
        );
        const el = host.querySelector('aict-concurrent-sessions')!;
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        for (const item of parts(el, 'item')) {
          expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
          expect(item.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
        }
      });
    }
  });

  describe('inside <aict-session variant="full">', () => {
    it('shows the map and the other sessions below the description, from one request, announcing one load', async () => {
      const { url, key } = uniqueFeedUrl();
      const loads: Event[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div
        @aict-load=${(e: Event) => loads.push(e)}
      ></div>`);
      wrapper.innerHTML = `<aict-session src="${url}" session-id="atelier-1" variant="full" lang="fr" heading-level="2"></aict-session>`;
      const session = wrapper.firstElementChild as AictSession;
      await new Promise((r) => session.addEventListener('aict-load', r, { once: true }));
      const map = shadow(session).querySelector('aict-room-map')!;
      const list = shadow(session).querySelector('aict-concurrent-sessions')!;
      expect(map).to.exist;
      expect(list).to.exist;
      await Promise.all([map.updateComplete, list.updateComplete]);
      await new Promise((r) => setTimeout(r, 50));
      await Promise.all([map.updateComplete, list.updateComplete]);
      expect(shadow(session).querySelector('.description')!.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(textOf(shadow(map).querySelector('h3'))).to.equal('Localisation de la salle');
      expect(textOf(shadow(list).querySelector('h3'))).to.equal('Les autres rendez-vous de la session');
      expect(parts(list, 'item')).to.have.length(5);
      expect(part(map, 'room-current')).to.exist;
      expect(await requestCount(key)).to.equal(1);
      expect(loads).to.have.length(1);
      await expect(session).to.be.accessible();
    });

    it('lets a partner catch the list’s session-select on the card and keep the visitor', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" variant="full" no-map session-href="/s/{id}"></aict-session>`,
      );
      const list = shadow(el).querySelector('aict-concurrent-sessions')!;
      await list.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      let selected = '';
      el.addEventListener('aict-session-select', (e) => {
        selected = e.detail.sessionId;
        e.preventDefault();
      });
      const before = location.href;
      shadow(list).querySelector<HTMLAnchorElement>('[part~="item"] a')!.click();
      expect(selected).to.equal('odd-regards-croises-europeens');
      expect(location.href).to.equal(before);
      expect(shadow(el).querySelector('aict-room-map')).to.equal(null);
    });

    it('`no-map` and `no-concurrent` leave both out', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" variant="full" no-map no-concurrent></aict-session>`,
      );
      expect(shadow(el).querySelector('aict-room-map, aict-concurrent-sessions, .surroundings')).to.equal(null);
    });
  });
  it('lists a huge block a page at a time, so the page never freezes', async () => {
    // A pathological feed: 300 sessions, all in one block.
    const feed = oneBlockFeed({ sessions: 300, seed: 7 });
    const removeFeed = addInlineFeed('one-block-feed', feed);
    try {
      const { el } = await mount<AictConcurrentSessions>(
        `<aict-concurrent-sessions src="#one-block-feed" session-id="${feed.sessions[0]!.id}" lang="en"></aict-concurrent-sessions>`,
      );
      expect(parts(el, 'item')).to.have.length(25);
      const more = shadow(el).querySelector<HTMLButtonElement>('.more button')!;
      expect(textOf(more)).to.equal('Show more sessions (100 of 274 not shown)');
      more.click();
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(125);
      el.lang = 'fr';
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('.more button'))).to.equal('Afficher plus de sessions (100 sur 174 non affichées)');
      await expect(el).to.be.accessible();
    } finally {
      removeFeed();
    }
  });
});
