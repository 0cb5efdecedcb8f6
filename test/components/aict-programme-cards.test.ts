/**
 * The programme's cards, days and states as a visitor meets them: details that take the width,
 * spaced paragraphs, no "More details" with nothing more, no star on breaks and welcome items,
 * the whole card as a target; a day change and « Autres dates »; the room kept while loading,
 * messages for people, one retry button, an empty search that
 * repeats the query and offers one reset.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import type { AictErrorEvent, AictSessionSelectEvent } from '../../src/shared/events.js';
import { addInlineFeed, mount, nextFrame, part, parts, shadow, textOf } from '../support/page.js';

const session = (id: string, kind: string, start: string, end: string, more: Record<string, unknown> = {}) => ({
  id,
  kind,
  title: more.title ?? `Session ${id}`,
  start,
  end,
  room: 'r1',
  ...more,
});

const CARDS_FEED = {
  format: 'aict-programme/1',
  event: {
    id: 'cards-test',
    title: 'Cards',
    timeZone: 'Europe/Paris',
    startDate: '2024-05-02',
    endDate: '2024-05-03',
    dayChange: '04:00',
    defaultLanguage: 'fr',
  },
  rooms: [{ id: 'r1', name: 'Salle Une' }],
  organizations: [{ id: 'o1', name: 'Cités Unies France', url: 'https://cuf.example/' }],
  people: [{ id: 'p1', name: 'Ada Lovelace', title: 'Maire' }],
  sessions: [
    session('welcome', 'other', '2024-05-02T09:00:00+02:00', '2024-05-02T09:30:00+02:00', { title: 'Accueil des participants' }),
    session('talk', 'workshop', '2024-05-02T14:00:00+02:00', '2024-05-02T15:30:00+02:00', {
      label: 'Atelier 1',
      url: 'https://example.org/talk',
      organizers: ['o1'],
      participants: [{ person: 'p1', role: 'speaker' }],
      description: '<p>Premier paragraphe.</p><p>Second paragraphe.</p>',
    }),
    session('bare', 'conference', '2024-05-02T14:00:00+02:00', '2024-05-02T15:00:00+02:00'),
    session('open-me', 'conference', '2024-05-02T14:00:00+02:00', '2024-05-02T15:00:00+02:00', { summary: 'Un résumé.' }),
    session('coffee', 'break', '2024-05-02T15:30:00+02:00', '2024-05-02T16:00:00+02:00', { title: 'Pause café' }),
    // After midnight, before the 04:00 day change: the evening's day.
    session('late', 'social', '2024-05-03T01:30:00+02:00', '2024-05-03T02:30:00+02:00'),
    session('day2', 'workshop', '2024-05-03T10:00:00+02:00', '2024-05-03T11:00:00+02:00'),
    // Outside the event's dates (as the seed's « 29 juin 2021 »).
    session('misdated', 'workshop', '2021-06-29T16:00:00+02:00', '2021-06-29T17:30:00+02:00'),
  ],
};

const cardOf = (el: Element, id: string) => {
  const card = parts(el, 'card').find((c) => textOf(c.querySelector('.title')).includes(`Session ${id}`) || c.id === id);
  if (!card) throw new Error(`no card for ${id}`);
  return card;
};

describe('<aict-programme> cards, days and states', () => {
  let remove: () => void;
  before(() => (remove = addInlineFeed('cards-feed', CARDS_FEED)));
  after(() => remove());

  describe('days', () => {
    it('keeps sessions before the day change on the evening’s day, and puts other dates in a last tab', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#cards-feed" lang="fr"></aict-programme>`);
      const tabs = parts(el, 'tab');
      expect(tabs.map((t) => t.dataset.day)).to.deep.equal(['2024-05-02', '2024-05-03', 'other']);
      expect(textOf(tabs[2])).to.equal('Autres dates');
      // The first day is shown first, with the 01:30 social event on it.
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(parts(el, 'card').some((c) => textOf(c.querySelector('.title')) === 'Session late')).to.equal(true);
      tabs[2]!.click();
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('.other-dates'))).to.contain('en dehors des jours');
      expect(parts(el, 'card').map((c) => textOf(c.querySelector('.title')))).to.deep.equal(['Session misdated']);
      // Each time heading says its date.
      expect(textOf(part(el, 'time'))).to.contain('29 juin 2021');
      expect(el.day).to.equal('other');
      await expect(el).to.be.accessible();
    });
  });

  describe('cards', () => {
    let el: AictProgramme;
    beforeEach(async () => {
      const host = await fixture<HTMLDivElement>(`<div style="width: 1000px"></div>`);
      const loaded = oneEvent(host, 'aict-load');
      host.innerHTML = `<aict-programme src="#cards-feed" lang="fr"></aict-programme>`;
      await loaded;
      el = host.firstElementChild as AictProgramme;
      await el.updateComplete;
    });

    it('offers "More details" only when there is more, and no star on breaks and welcome items', () => {
      expect(cardOf(el, 'talk').querySelector('button.more')).to.exist;
      expect(cardOf(el, 'open-me').querySelector('button.more')).to.exist;
      expect(cardOf(el, 'bare').querySelector('button.more')).to.equal(null);
      expect(cardOf(el, 'talk').querySelector('[part~="favourite"]')).to.exist;
      const coffee = parts(el, 'card').find((c) => textOf(c.querySelector('.title')) === 'Pause café')!;
      const welcome = parts(el, 'card').find((c) => textOf(c.querySelector('.title')) === 'Accueil des participants')!;
      expect(coffee.querySelector('[part~="favourite"]')).to.equal(null);
      expect(welcome.querySelector('[part~="favourite"]')).to.equal(null);
    });

    it('opens details across the list’s width, with spaced paragraphs', async () => {
      const card = parts(el, 'card').find((c) => textOf(c.querySelector('.title')).includes('Session talk'))!;
      const item = card.closest('li')!;
      const list = item.parentElement!;
      expect(item.getBoundingClientRect().width, 'cards share a row before').to.be.below(list.getBoundingClientRect().width * 0.6);
      card.querySelector<HTMLButtonElement>('button.more')!.click();
      await el.updateComplete;
      expect(item.getBoundingClientRect().width).to.be.closeTo(list.getBoundingClientRect().width, 2);
      const [first, second] = [...card.querySelectorAll('.description p')];
      const gap = second!.getBoundingClientRect().top - first!.getBoundingClientRect().bottom;
      expect(gap).to.be.at.least(0.5 * parseFloat(getComputedStyle(first!).fontSize));
      // The organiser is linked, as in <aict-session>.
      expect(card.querySelector<HTMLAnchorElement>('.details .organizers a')?.href).to.equal('https://cuf.example/');
    });

    it('makes the whole card a target: its link, else its details', async () => {
      const talk = parts(el, 'card').find((c) => textOf(c.querySelector('.title')).includes('Session talk'))!;
      const selected = new Promise<AictSessionSelectEvent>((resolve) =>
        el.addEventListener(
          'aict-session-select',
          (e) => {
            e.preventDefault(); // stay on the test page
            resolve(e as AictSessionSelectEvent);
          },
          { once: true },
        ),
      );
      talk.querySelector<HTMLElement>('.meta')!.click();
      expect((await selected).detail.sessionId).to.equal('talk');

      const openMe = parts(el, 'card').find((c) => textOf(c.querySelector('.title')).includes('Session open-me'))!;
      openMe.querySelector<HTMLElement>('.meta')!.click();
      await el.updateComplete;
      expect(openMe.querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('true');
      // A click in the details does not close them.
      openMe.querySelector<HTMLElement>('.details .summary')!.click();
      await el.updateComplete;
      expect(openMe.querySelector('button.more')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('states', () => {
    it('keeps the programme’s room while loading, also around a fallback link', async () => {
      const host = await fixture<HTMLDivElement>(
        `<div><aict-programme src="/feeds/forum-aict-2022.json?delay=1500&key=reserve" lang="fr"><a href="/programme">Le programme</a></aict-programme></div>`,
      );
      const el = host.firstElementChild as AictProgramme;
      await el.updateComplete;
      await nextFrame();
      const em = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(30 * em);
      expect(shadow(el).querySelector('slot')!.assignedElements()[0]?.textContent).to.equal('Le programme');
    });

    for (const [status, words] of [
      ['404', 'introuvable'],
      ['503', 'pas disponible'],
    ] as const) {
      it(`says what an HTTP ${status} means for people; the code is in a details line and the event`, async () => {
        const { el, event } = await mount<AictProgramme>(
          `<aict-programme src="/feeds/mini.json?status=${status}" lang="fr"><a href="/programme">Le programme</a></aict-programme>`,
        );
        expect((event as AictErrorEvent).detail.code).to.equal('http');
        const error = part(el, 'error')!;
        const message = textOf(error.querySelector('p'));
        expect(message).to.contain(words);
        expect(message).not.to.match(/\d{3}/);
        expect(textOf(error.querySelector('small'))).to.contain(status);
      });
    }

    it('has one style of retry button in every element', async () => {
      const src = '/feeds/mini.json?status=503';
      const elements = await Promise.all(
        [
          `<aict-programme src="${src}" lang="fr"></aict-programme>`,
          `<aict-session src="${src}" session-id="x" lang="fr"></aict-session>`,
          `<aict-concurrent-sessions src="${src}" session-id="x" lang="fr"></aict-concurrent-sessions>`,
          `<aict-room-map src="${src}" room-id="x" lang="fr"></aict-room-map>`,
        ].map(async (markup) => (await mount(markup)).el),
      );
      const looks = elements.map((el) => {
        const button = part(el, 'error')!.querySelector('button')!;
        expect(textOf(button), el.localName).to.equal('Réessayer');
        const style = getComputedStyle(button);
        return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopLeftRadius, style.paddingLeft, style.fontWeight];
      });
      for (const look of looks.slice(1)) expect(look).to.deep.equal(looks[0]);
    });

    it('repeats the search in the empty state and offers one reset', async () => {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#cards-feed" lang="fr"></aict-programme>`);
      el.query = 'zzqx';
      await el.updateComplete;
      expect(textOf(part(el, 'empty'))).to.contain('«\u00a0zzqx\u00a0»');
      const resets = [...shadow(el).querySelectorAll('button')].filter((b) => textOf(b) === 'Réinitialiser les filtres');
      expect(resets).to.have.length(1);
      resets[0]!.click();
      await el.updateComplete;
      expect(el.query).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
