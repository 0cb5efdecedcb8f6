import { FEED_FORMAT } from '../../feed/patterns.js';

/**
 * Sessions in the warm-up feed. The engine compiles a function better the more it has run it
 * (and with which shapes): one bare session left the parser and the cards mostly cold. With 30
 * sessions shaped like a real feed's, the 200-session programme reached `aict-load` ~20 ms
 * sooner from an inline feed (two bench rounds, alternating builds), for ~10 ms more of
 * warm-up in the background.
 */
export const WARM_UP_SESSIONS = 30;

/**
 * A small, clean feed with the shapes of a real one: texts in two languages, an HTML
 * description, a kind, people with their organisation, two roles, a block, rooms, themes.
 * `AictProgramme.warmUp` parses and renders it off the page.
 */
export function warmUpFeed(count = WARM_UP_SESSIONS): object {
  const text = (t: string) => ({ fr: t, en: t });
  const people = [];
  const sessions = [];
  for (let i = 0; i < count; i++) {
    const hour = 10 + (i % 8);
    people.push({ id: `p${i}`, name: `P ${i}`, title: text('p'), organization: 'o', url: `https://example.org/p${i}` });
    sessions.push({
      id: `s${i}`,
      kind: i % 2 ? 'workshop' : 'plenary',
      label: text(`S${i}`),
      title: text(`S ${i}`),
      summary: text('s'),
      description: text(
        `<p>« s » <strong>${i}</strong></p><ul><li>s</li></ul><p><a href="https://example.org/">s</a></p>`,
      ),
      start: `2000-01-01T${hour}:00`,
      end: `2000-01-01T${hour}:45`,
      room: `r${i % 3}`,
      block: 'b',
      organizers: ['o'],
      themes: ['t'],
      sdgs: [1 + (i % 17)],
      language: 'fr',
      url: `https://example.org/s${i}`,
      participants: [
        { person: `p${i}`, role: 'speaker' },
        { person: `p${(i + 1) % count}`, role: 'moderator' },
      ],
    });
  }
  return {
    format: FEED_FORMAT,
    // The forum's own zone: what `@date-fns/tz` will be asked for first.
    event: { id: 'e', title: text('e'), timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
    rooms: [0, 1, 2].map((i) => ({ id: `r${i}`, name: text(`R${i}`) })),
    themes: [{ id: 't', name: text('t'), color: '#000' }],
    organizations: [{ id: 'o', name: text('o'), shortName: 'o', url: 'https://example.org/' }],
    people,
    blocks: [{ id: 'b', title: text('b'), start: '2000-01-01T08:00:00+01:00', end: '2000-01-01T20:00:00+01:00' }],
    sessions,
  };
}
