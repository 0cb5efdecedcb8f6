import { expect } from '@open-wc/testing';
import { describeWarning } from '../../src/feed/diagnostics.js';
import { parseFeed } from '../../src/feed/parse.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function warningsOf(json: unknown) {
  const result = parseFeed(json, 'test.json');
  if (!result.ok) throw new Error(result.message);
  return result.programme.warnings;
}

const base = { format: 'aict-programme/1', event: { id: 'e', timeZone: 'Europe/Paris', defaultLanguage: 'fr', startDate: '2022-06-20', endDate: '2022-06-21' } };

describe('describeWarning', () => {
  it('gives the same English sentence as the warning’s message', () => {
    for (const w of warningsOf({ ...base, rooms: [{ id: 'salle-x', name: '' }], sessions: [{ id: 'a', title: 'A', start: 'x', end: 'y' }] })) {
      expect(describeWarning(w, 'en')).to.equal(w.message);
    }
  });

  it('says it in French with French typography', () => {
    const [empty, unknownRoom, outside] = warningsOf({
      ...base,
      rooms: [{ id: 'salle-x', name: ' ' }],
      sessions: [{ id: 'atelier-1', title: 'Atelier', start: '2021-06-29T16:00', end: '2021-06-29T17:30', room: 'salle-9' }],
    });
    expect(describeWarning(empty, 'fr')).to.equal(`La salle «${NBSP}salle-x${NBSP}» a un nom vide${NNBSP}; elle est affichée sans nom.`);
    expect(describeWarning(unknownRoom, 'fr')).to.equal(
      `La session «${NBSP}atelier-1${NBSP}» fait référence dans «${NBSP}room${NBSP}» à la salle «${NBSP}salle-9${NBSP}», qui n’existe pas dans le flux${NNBSP}; la session est affichée sans salle.`,
    );
    expect(describeWarning(outside, 'fr')).to.equal(
      `La session «${NBSP}atelier-1${NBSP}» a lieu le 2021-06-29, en dehors des dates de l’événement (du 2022-06-20 au 2022-06-21)${NNBSP}; elle est affichée quand même.`,
    );
  });

  it('agrees with masculine items and names items without an id by their path', () => {
    const [w] = warningsOf({ ...base, sessions: [], themes: [{ name: 'Climat' }] });
    expect(w.path).to.equal('themes[0].id');
    expect(describeWarning(w, 'fr')).to.equal(`Le thème situé en themes[0] n’a pas de champ «${NBSP}id${NBSP}»${NNBSP}; il est ignoré.`);
    expect(describeWarning(w, 'en')).to.equal('The theme at themes[0] has no "id"; the theme is skipped.');
  });

  it('falls back to the message for a code it does not know', () => {
    expect(describeWarning({ path: 'x', code: 'from-the-future', message: 'Something new.' }, 'fr')).to.equal('Something new.');
  });
});
