/**
 * One way to draw a session: `<aict-session>`, the programme's cards and
 * `<aict-concurrent-sessions>` share the session parts (chips, room, organisers, people, tags).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import { addInlineFeed, mount, parts, shadow, textOf } from '../support/page.js';

const START = '2024-05-02T14:00:00+02:00';
const END = '2024-05-02T15:30:00+02:00';
const ORG_URL = 'https://cites-unies-france.example/';

export const PARTS_FEED = {
  format: 'aict-programme/1',
  event: { id: 'parts-test', title: 'Parts', timeZone: 'Europe/Paris', startDate: '2024-05-02', endDate: '2024-05-02', defaultLanguage: 'fr' },
  rooms: [{ id: 'r1', name: 'Salle Une' }],
  organizations: [{ id: 'o1', name: 'Cités Unies France', shortName: 'CUF', url: ORG_URL }],
  people: [{ id: 'p1', name: 'Ada Lovelace', title: 'Maire' }],
  blocks: [{ id: 'b', title: 'Après-midi', start: START, end: END }],
  sessions: [
    {
      id: 'a',
      kind: 'workshop',
      label: 'Atelier 1',
      title: 'Premier atelier',
      start: START,
      end: END,
      block: 'b',
      organizers: ['o1'],
      participants: [{ person: 'p1', role: 'speaker' }],
      description: '<p>Un.</p><p>Deux.</p>',
    },
    { id: 'b1', kind: 'workshop', label: 'Atelier 2', title: 'Second atelier', start: START, end: END, block: 'b', room: 'r1', organizers: ['o1'] },
  ],
};

describe('session parts: one way to draw a session', () => {
  let remove: () => void;
  before(() => (remove = addInlineFeed('parts-feed', PARTS_FEED)));
  after(() => remove());

  async function openProgrammeCard(id: string): Promise<{ el: AictProgramme; card: HTMLElement }> {
    const { el } = await mount<AictProgramme>(`<aict-programme src="#parts-feed" lang="fr"></aict-programme>`);
    const card = parts(el, 'card').find((c) => textOf(c.querySelector('.title')).includes(id === 'a' ? 'Premier' : 'Second'))!;
    card.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    return { el, card };
  }

  it('links the organisers the same way in <aict-session> and in a programme card’s details', async () => {
    const { el } = await mount(`<aict-session src="#parts-feed" session-id="a" lang="fr"></aict-session>`);
    const inSession = shadow(el).querySelector<HTMLAnchorElement>('.organizers a')!;
    expect(inSession.href).to.equal(ORG_URL);
    expect(textOf(inSession)).to.equal('Cités Unies France (CUF)');
    const { card } = await openProgrammeCard('a');
    const inCard = card.querySelector<HTMLAnchorElement>('.details .organizers a')!;
    expect(inCard, 'organiser link in the card').to.exist;
    expect(inCard.href).to.equal(ORG_URL);
    expect(textOf(inCard)).to.equal(textOf(inSession));
  });

  it('writes « Salle à confirmer » the same way in all three elements', async () => {
    const { el: session } = await mount(`<aict-session src="#parts-feed" session-id="a" lang="fr"></aict-session>`);
    const { el: programme } = await mount(`<aict-programme src="#parts-feed" lang="fr"></aict-programme>`);
    const { el: concurrent } = await mount(`<aict-concurrent-sessions src="#parts-feed" session-id="b1" lang="fr"></aict-concurrent-sessions>`);
    for (const el of [session, programme, concurrent]) {
      const tbc = shadow(el).querySelector('.where .tbc');
      expect(textOf(tbc), el.localName).to.equal('Salle à confirmer');
      expect(getComputedStyle(tbc!).fontStyle, el.localName).to.equal('italic');
    }
  });

  it('draws the label chip with one style in all three elements', async () => {
    const { el: session } = await mount(`<aict-session src="#parts-feed" session-id="a" lang="fr"></aict-session>`);
    const { el: programme } = await mount(`<aict-programme src="#parts-feed" lang="fr"></aict-programme>`);
    const { el: concurrent } = await mount(`<aict-concurrent-sessions src="#parts-feed" session-id="b1" lang="fr"></aict-concurrent-sessions>`);
    const look = (el: Element) => {
      const chip = shadow(el).querySelector<HTMLElement>('.chip');
      expect(chip, `${el.localName} has a label chip`).to.exist;
      expect(textOf(chip)).to.equal('Atelier 1');
      const style = getComputedStyle(chip!);
      const em = parseFloat(style.fontSize);
      return {
        background: style.backgroundColor,
        color: style.color,
        weight: style.fontWeight,
        radius: Math.round(parseFloat(style.borderTopLeftRadius) / em),
        padding: [style.paddingTop, style.paddingLeft].map((p) => Math.round((parseFloat(p) / em) * 100) / 100),
      };
    };
    const expected = look(session);
    expect(look(programme)).to.deep.equal(expected);
    expect(look(concurrent)).to.deep.equal(expected);
  });
});
