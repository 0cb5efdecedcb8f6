import { FEED_FORMAT } from '../../feed/patterns.js';

/**
 * A one-session feed with the shapes of a real one (texts in two languages, a kind, a room, an
 * organiser, a speaker with an organisation, a theme, a goal): `AictSession.warmUp` parses it
 * and renders its card off the page, so that the parser's and the card's code is compiled
 * before the real feed arrives.
 */
export function cardWarmUpFeed(): object {
  const text = { fr: 'x', en: 'x' };
  return {
    format: FEED_FORMAT,
    event: { id: 'e', title: text, timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
    rooms: [{ id: 'r', name: text }],
    themes: [{ id: 't', name: text, color: '#000' }],
    organizations: [{ id: 'o', name: text, url: 'https://example.org/' }],
    people: [{ id: 'p', name: 'P', title: text, organization: 'o' }],
    sessions: [
      {
        id: 's1',
        kind: 'workshop',
        label: text,
        title: text,
        summary: text,
        start: '2000-01-01T10:00',
        end: '2000-01-01T11:00',
        room: 'r',
        organizers: ['o'],
        themes: ['t'],
        sdgs: [1],
        language: 'fr',
        url: 'https://example.org/',
        participants: [{ person: 'p', role: 'speaker' }],
      },
    ],
  };
}
