import { expect } from '@open-wc/testing';
import { eventDateOf, parseDateTime, parseFeed } from '../../src/feed/parse.js';
import type { Programme } from '../../src/feed/model.js';

type Json = Record<string, unknown>;

const EVENT = {
  id: 'forum-aict-2022',
  title: 'Forum',
  timeZone: 'Europe/Paris',
  startDate: '2022-06-20',
  endDate: '2022-06-21',
  defaultLanguage: 'fr',
};

function feed(lists: Json = {}, event: Json = {}): Json {
  return { format: 'aict-programme/1', event: { ...EVENT, ...event }, sessions: [], ...lists };
}

function session(id: string, extra: Json = {}): Json {
  return { id, title: `Session ${id}`, start: '2022-06-20T16:00', end: '2022-06-20T17:30', ...extra };
}

function parse(json: unknown): Programme {
  const result = parseFeed(json, 'test.json');
  if (!result.ok) throw new Error(`unexpected rejection: ${result.message}`);
  return result.programme;
}

/** `path code` of every warning, in order. */
function warningsOf(programme: Programme): string[] {
  return programme.warnings.map((w) => `${w.path} ${w.code}`);
}

/** 2022-06-20 16:00 in Paris (CEST, UTC+2). */
const J1_16H = Date.UTC(2022, 5, 20, 14, 0);
const J1_1730 = Date.UTC(2022, 5, 20, 15, 30);

describe('parseFeed', () => {
  describe('a minimal valid feed', () => {
    it('parses with no warnings and empty indexes', () => {
      const p = parse({
        format: 'aict-programme/1',
        event: { id: 'e', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
        sessions: [],
      });
      expect(p.format).to.equal('aict-programme/1');
      expect(p.event).to.deep.equal({ id: 'e', timeZone: 'Europe/Paris', defaultLanguage: 'fr', dayChangeMinutes: 0 });
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions).to.deep.equal([]);
      expect(p.rooms.size).to.equal(0);
      expect(p.blocks.size).to.equal(0);
    });

    it('parses one session with every default', () => {
      const p = parse(feed({ sessions: [session('s1')] }));
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions).to.deep.equal([
        {
          id: 's1',
          index: 0,
          kind: 'other',
          title: { fr: 'Session s1' },
          start: J1_16H,
          end: J1_1730,
          organizers: [],
          participants: [],
          themes: [],
          sdgs: [],
          languages: [],
          interpretation: [],
          status: 'scheduled',
        },
      ]);
      expect(p.sessionsById.get('s1')).to.equal(p.sessions[0]);
    });

    it('reports a missing event id and default language and uses "event" and "en"', () => {
      const p = parse({ format: 'aict-programme/1', event: { timeZone: 'UTC' }, sessions: [session('s', { title: 'Hello' })] });
      expect(p.event.id).to.equal('event');
      expect(p.event.defaultLanguage).to.equal('en');
      expect(p.sessions[0].title).to.deep.equal({ en: 'Hello' });
      expect(warningsOf(p)).to.deep.equal(['event.defaultLanguage missing-field', 'event.id missing-field']);
    });

    it('ignores unknown fields everywhere', () => {
      const p = parse(feed({ extra: 1, sessions: [session('s1', { future: { a: 1 } })] }, { sponsor: 'x' }));
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions[0]).not.to.have.property('future');
    });
  });

  describe('whole-feed rejections', () => {
    const cases: [string, unknown, string | undefined][] = [
      ['null', null, undefined],
      ['a string', '{"format":"aict-programme/1"}', undefined],
      ['a number', 42, undefined],
      ['an array', [feed()], undefined],
      ['another format', { ...feed(), format: 'aict-programme/2' }, 'format'],
      ['no format', { event: EVENT, sessions: [] }, 'format'],
      ['no event', { format: 'aict-programme/1', sessions: [] }, 'event'],
      ['an event that is an array', { format: 'aict-programme/1', event: [EVENT], sessions: [] }, 'event'],
      ['no time zone', feed({}, { timeZone: undefined }), 'event.timeZone'],
      ['an empty time zone', feed({}, { timeZone: '' }), 'event.timeZone'],
      ['a time zone that is not a string', feed({}, { timeZone: 2 }), 'event.timeZone'],
      ['an unknown time zone', feed({}, { timeZone: 'Mars/Olympus_Mons' }), 'event.timeZone'],
      ['a UTC offset instead of a zone', feed({}, { timeZone: '+02:00 Paris' }), 'event.timeZone'],
      ['no sessions', { format: 'aict-programme/1', event: EVENT }, 'sessions'],
      ['sessions that are an object', { format: 'aict-programme/1', event: EVENT, sessions: {} }, 'sessions'],
    ];
    for (const [name, json, path] of cases) {
      it(`rejects ${name}`, () => {
        const result = parseFeed(json, 'https://example.org/feed.json');
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        expect(result.code).to.equal('invalid-feed');
        expect(result.path).to.equal(path);
        expect(result.message).to.be.a('string').and.match(/^The feed \(https:\/\/example\.org\/feed\.json\) /);
      });
    }

    it('names the unknown time zone in the message', () => {
      const result = parseFeed(feed({}, { timeZone: 'Europe/Pariss' }), '');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message).to.contain('"Europe/Pariss"');
    });

    it('only warns when another top-level list is not an array', () => {
      const p = parse(feed({ rooms: 'armand-ouest', people: { a: 1 } }));
      expect(warningsOf(p)).to.deep.equal(['rooms invalid-value', 'people invalid-value']);
    });
  });

  describe('times', () => {
    it('reads offset times as instants', () => {
      expect(parseDateTime('2022-06-20T16:00:00+02:00', 'Europe/Paris')).to.equal(J1_16H);
      expect(parseDateTime('2022-06-20T16:00+02:00', 'America/Toronto')).to.equal(J1_16H);
      expect(parseDateTime('2022-06-20T14:00:00Z', 'Europe/Paris')).to.equal(J1_16H);
      expect(parseDateTime('2022-06-20T14:00:00.250Z', 'Europe/Paris')).to.equal(J1_16H + 250);
      expect(parseDateTime('2022-06-20T10:00-0400', 'Europe/Paris')).to.equal(J1_16H);
      expect(parseDateTime('2022-06-20T19:30+05:30', 'Europe/Paris')).to.equal(J1_16H);
    });

    it('reads offset-less times in the event zone, whatever the browser zone', () => {
      expect(parseDateTime('2022-06-20T16:00', 'Europe/Paris')).to.equal(J1_16H);
      expect(parseDateTime('2022-06-20T16:00:00', 'Europe/Paris')).to.equal(J1_16H);
      expect(parseDateTime('2022-01-20T16:00', 'Europe/Paris')).to.equal(Date.UTC(2022, 0, 20, 15, 0));
      expect(parseDateTime('2022-06-20T16:00', 'America/Toronto')).to.equal(Date.UTC(2022, 5, 20, 20, 0));
    });

    it('is right on both sides of the DST changes in Europe/Paris', () => {
      // 27 March 2022: 02:00 CET (UTC+1) becomes 03:00 CEST (UTC+2).
      expect(parseDateTime('2022-03-27T01:30', 'Europe/Paris')).to.equal(Date.UTC(2022, 2, 27, 0, 30));
      expect(parseDateTime('2022-03-27T03:30', 'Europe/Paris')).to.equal(Date.UTC(2022, 2, 27, 1, 30));
      // 30 October 2022: 03:00 CEST becomes 02:00 CET.
      expect(parseDateTime('2022-10-30T01:30', 'Europe/Paris')).to.equal(Date.UTC(2022, 9, 29, 23, 30));
      expect(parseDateTime('2022-10-30T03:30', 'Europe/Paris')).to.equal(Date.UTC(2022, 9, 30, 2, 30));
    });

    it('gives a session across the spring change its real length', () => {
      const p = parse(feed({ sessions: [session('night', { start: '2022-03-27T01:30', end: '2022-03-27T03:30' })] }, {
        startDate: '2022-03-27',
        endDate: '2022-03-27',
      }));
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions[0].end - p.sessions[0].start).to.equal(60 * 60 * 1000);
    });

    for (const text of [
      '2024-02-30T10:00',
      '2023-02-29T10:00',
      '2022-04-31T10:00',
      '2022-13-01T10:00',
      '2022-00-10T10:00',
      '2022-06-00T10:00',
      '2022-06-20T25:00',
      '2022-06-20T24:00',
      '2022-06-20T16:60',
      '2022-06-20T16:00:60',
      '2022-06-20T16:00+24:00',
      '2022-06-20T16:00+02:60',
    ]) {
      it(`refuses the impossible ${text}`, () => {
        expect(parseDateTime(text, 'Europe/Paris')).to.equal(undefined);
      });
    }

    it('accepts 29 February of a leap year', () => {
      expect(parseDateTime('2024-02-29T10:00Z', 'Europe/Paris')).to.equal(Date.UTC(2024, 1, 29, 10, 0));
    });

    it('skips a session with an impossible date, with a warning on the field', () => {
      const p = parse(feed({ sessions: [session('a', { start: '2024-02-30T10:00' }), session('b', { end: '2022-06-20T25:00' }), session('c')] }));
      expect(p.sessions.map((s) => s.id)).to.deep.equal(['c']);
      expect(warningsOf(p)).to.deep.equal(['sessions[0].start invalid-date', 'sessions[1].end invalid-date']);
      expect(p.warnings[0].message).to.contain('"2024-02-30T10:00"').and.contain('skipped');
    });

    it('gives the event-local date of an instant', () => {
      const lateEvening = Date.UTC(2022, 5, 20, 22, 30);
      expect(eventDateOf(lateEvening, 'Europe/Paris')).to.equal('2022-06-21');
      expect(eventDateOf(lateEvening, 'America/Toronto')).to.equal('2022-06-20');
    });
  });

  describe('sessions', () => {
    it('skips sessions without a usable id, title, start or end', () => {
      const p = parse(feed({
        sessions: [
          session('x', { id: undefined }),
          session('x', { id: '' }),
          session('x', { id: 7 }),
          session('t1', { title: undefined }),
          session('t2', { title: ' \n\t ' }),
          session('t3', { title: { fr: '', en: '  ' } }),
          session('d1', { start: 'demain 16h' }),
          session('d2', { end: undefined }),
          session('d3', { start: '2022-06-20T17:30', end: '2022-06-20T16:00' }),
          session('d4', { end: '2022-06-20T16:00' }),
          'atelier-2',
          null,
          session('ok'),
        ],
      }));
      expect(p.sessions.map((s) => s.id)).to.deep.equal(['ok']);
      expect(warningsOf(p)).to.deep.equal([
        'sessions[0].id missing-field',
        'sessions[1].id invalid-value',
        'sessions[2].id invalid-value',
        'sessions[3].title missing-field',
        'sessions[4].title missing-field',
        'sessions[5].title missing-field',
        'sessions[6].start invalid-value',
        'sessions[7].end missing-field',
        'sessions[8].end end-before-start',
        'sessions[9].end end-before-start',
        'sessions[10] invalid-item',
        'sessions[11] invalid-item',
      ]);
      expect(p.warnings[8].message).to.equal(
        'Session "d3" ends (2022-06-20T16:00) before or when it starts (2022-06-20T17:30); the session is skipped.',
      );
      expect(p.warnings[0].message).to.equal('The session at sessions[0] has no "id"; the session is skipped.');
    });

    it('keeps the first of two sessions with the same id', () => {
      const p = parse(feed({ sessions: [session('a', { title: 'First' }), session('a', { title: 'Second' })] }));
      expect(p.sessions.map((s) => s.title)).to.deep.equal([{ fr: 'First' }]);
      expect(warningsOf(p)).to.deep.equal(['sessions[1].id duplicate-id']);
    });

    it('replaces an unknown kind, status or role and says so', () => {
      const p = parse(feed({
        people: [{ id: 'p', name: 'P' }],
        sessions: [session('a', { kind: 'panel', status: 'postponed', participants: [{ person: 'p', role: 'boss' }] })],
      }));
      const s = p.sessions[0];
      expect(s.kind).to.equal('other');
      expect(s.status).to.equal('scheduled');
      expect(s.participants).to.deep.equal([{ person: 'p', role: 'speaker' }]);
      expect(warningsOf(p)).to.deep.equal([
        'sessions[0].kind invalid-value',
        'sessions[0].participants[0].role invalid-value',
        'sessions[0].status invalid-value',
      ]);
      expect(p.warnings[0].message).to.contain('"panel"').and.contain('"other" is used instead');
    });

    it('keeps a valid kind, status and role', () => {
      const p = parse(feed({
        people: [{ id: 'p', name: 'P' }],
        sessions: [session('a', { kind: 'country-group', status: 'cancelled', participants: [{ person: 'p', role: 'rapporteur' }] })],
      }));
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions[0].kind).to.equal('country-group');
      expect(p.sessions[0].status).to.equal('cancelled');
      expect(p.sessions[0].participants).to.deep.equal([{ person: 'p', role: 'rapporteur' }]);
    });

    it('drops unknown references but keeps the session', () => {
      const p = parse(feed({
        rooms: [{ id: 'r', name: 'R' }],
        blocks: [{ id: 'b', start: '2022-06-20T16:00', end: '2022-06-20T18:00' }],
        organizations: [{ id: 'cuf', name: 'CUF' }],
        people: [{ id: 'p1', name: 'P1' }],
        themes: [{ id: 'climat', name: 'Climat' }],
        sessions: [session('a', {
          room: 'salle-9',
          block: 'j9',
          organizers: ['cuf', 'ciedel'],
          participants: [{ person: 'p1', role: 'chair' }, { person: 'ghost', role: 'speaker' }],
          themes: ['eau', 'climat'],
        })],
      }));
      const s = p.sessions[0];
      expect(s.room).to.equal(undefined);
      expect(s.block).to.equal(undefined);
      expect(s.organizers).to.deep.equal(['cuf']);
      expect(s.participants).to.deep.equal([{ person: 'p1', role: 'chair' }]);
      expect(s.themes).to.deep.equal(['climat']);
      expect(warningsOf(p)).to.deep.equal([
        'sessions[0].room unknown-reference',
        'sessions[0].block unknown-reference',
        'sessions[0].organizers[1] unknown-reference',
        'sessions[0].themes[0] unknown-reference',
        'sessions[0].participants[1].person unknown-reference',
      ]);
      expect(p.warnings[0].message).to.equal(
        'Session "a" refers in "room" to room "salle-9", which is not in the feed; the session is shown without a room.',
      );
    });

    it('gives a participant without a role the speaker role, lists a person once per role, and keeps a clean list unchanged', () => {
      const people = [{ id: 'p1', name: 'P1' }, { id: 'p2', name: 'P2' }];
      const p = parse(feed({
        people,
        sessions: [
          session('a', { participants: [{ person: 'p1' }, { person: 'p2', role: 'chair' }] }),
          session('b', { participants: [{ person: 'p1', role: 'chair' }, { person: 'p1', role: 'chair' }, { person: 'p1', role: 'speaker' }] }),
          session('c', { participants: [{ person: 'p1', role: 'chair' }, { person: 'p2', role: 'speaker' }] }),
        ],
      }));
      expect(p.sessions.map((s) => s.participants)).to.deep.equal([
        [{ person: 'p1', role: 'speaker' }, { person: 'p2', role: 'chair' }],
        [{ person: 'p1', role: 'chair' }, { person: 'p1', role: 'speaker' }],
        [{ person: 'p1', role: 'chair' }, { person: 'p2', role: 'speaker' }],
      ]);
      expect(warningsOf(p)).to.deep.equal([]);
    });

    it('gives sessions that share a date-time text the same instant, and reports every invalid one', () => {
      const p = parse(feed({
        sessions: [
          session('a', { start: '2022-06-20T16:00', end: '2022-06-20T17:30' }),
          session('b', { start: '2022-06-20T16:00', end: '2022-06-20T17:30' }),
          session('c', { start: '2022-06-20T25:00', end: '2022-06-20T17:30' }),
          session('d', { start: '2022-06-20T25:00', end: '2022-06-20T17:30' }),
        ],
      }));
      // Paris in June is UTC+2.
      expect(p.sessions.map((s) => [s.id, s.start, s.end])).to.deep.equal([
        ['a', Date.UTC(2022, 5, 20, 14, 0), Date.UTC(2022, 5, 20, 15, 30)],
        ['b', Date.UTC(2022, 5, 20, 14, 0), Date.UTC(2022, 5, 20, 15, 30)],
      ]);
      expect(warningsOf(p)).to.deep.equal(['sessions[2].start invalid-date', 'sessions[3].start invalid-date']);
    });

    it('treats a null or absent room as "to be confirmed", silently', () => {
      const p = parse(feed({ sessions: [session('a', { room: null }), session('b')] }));
      expect(p.warnings).to.deep.equal([]);
      expect(p.sessions.map((s) => s.room)).to.deep.equal([undefined, undefined]);
    });

    it('keeps SDGs 1–17 only, unique and sorted', () => {
      const p = parse(feed({ sessions: [session('a', { sdgs: [17, 0, 18, 3.5, '5', 3, 17, 1] })] }));
      expect(p.sessions[0].sdgs).to.deep.equal([1, 3, 17]);
      expect(warningsOf(p)).to.deep.equal([
        'sessions[0].sdgs[1] invalid-value',
        'sessions[0].sdgs[2] invalid-value',
        'sessions[0].sdgs[3] invalid-value',
        'sessions[0].sdgs[4] invalid-value',
      ]);
      expect(p.warnings[1].message).to.equal('Session "a" has an invalid "sdgs[2]": "18"; this entry is left out.');
    });

    it('warns about a session outside the event dates (the seed’s 29 June 2021)', () => {
      const p = parse(feed({
        sessions: [
          session('atelier-1', { start: '2021-06-29T16:00', end: '2021-06-29T17:30' }),
          session('late', { start: '2022-06-21T23:30', end: '2022-06-22T00:30' }),
          session('last', { start: '2022-06-21T22:00', end: '2022-06-22T00:00' }),
          session('first', { start: '2022-06-20T00:00', end: '2022-06-20T01:00' }),
        ],
      }));
      expect(p.sessions.map((s) => s.id)).to.deep.equal(['atelier-1', 'first', 'last', 'late']);
      expect(warningsOf(p)).to.deep.equal(['sessions[0].start outside-event-dates', 'sessions[1].start outside-event-dates']);
      expect(p.warnings[0].message).to.equal(
        'Session "atelier-1" is on 2021-06-29, outside the event\'s dates (2022-06-20 to 2022-06-21); the session is shown anyway.',
      );
      expect(p.warnings[1].params).to.include({ date: '2022-06-22' });
    });

    it('warns about a session that runs outside its block, and keeps it in the block', () => {
      const p = parse(feed({
        blocks: [{ id: 'j1-pm2', start: '2022-06-20T16:00', end: '2022-06-20T17:30' }],
        sessions: [session('in', { block: 'j1-pm2' }), session('over', { block: 'j1-pm2', end: '2022-06-20T18:00' })],
      }));
      expect(warningsOf(p)).to.deep.equal(['sessions[1].block outside-block']);
      expect(p.sessionsByBlock.get('j1-pm2')!.map((s) => s.id)).to.deep.equal(['in', 'over']);
    });

    it('keeps only safe session links', () => {
      const p = parse(feed({ sessions: [session('a', { url: 'javascript:alert(1)' }), session('b', { url: 'https://example.org/b' })] }));
      expect(p.sessions.map((s) => s.url)).to.deep.equal([undefined, 'https://example.org/b']);
      expect(warningsOf(p)).to.deep.equal(['sessions[0].url unsafe-url']);
      expect(p.warnings[0].message).to.contain('"javascript:alert(1)"').and.contain('it is ignored');
    });

    it('truncates long values in messages', () => {
      const p = parse(feed({ sessions: [session('a', { kind: 'x'.repeat(200) })] }));
      expect(p.warnings[0].message).to.contain(`"${'x'.repeat(59)}…"`);
      expect(p.warnings[0].message).not.to.contain('x'.repeat(61));
    });

    it('drops an invalid optional field and keeps the session', () => {
      const p = parse(feed({ sessions: [session('a', { summary: 12, language: '', interpretation: ['en', 3, 'en'] })] }));
      expect(p.sessions).to.have.length(1);
      expect(p.sessions[0].summary).to.equal(undefined);
      expect(p.sessions[0].language).to.equal(undefined);
      expect(p.sessions[0].interpretation).to.deep.equal(['en']);
      expect(warningsOf(p)).to.deep.equal([
        'sessions[0].summary invalid-value',
        'sessions[0].language invalid-value',
        'sessions[0].interpretation[1] invalid-value',
      ]);
    });
  });

  describe('texts', () => {
    it('turns strings into the default language and collapses white space in plain texts', () => {
      const p = parse(feed({
        rooms: [{ id: 'amphi-berger', name: 'Amphi\nG. Berger' }],
        sessions: [session('a', {
          label: '  Atelier\t 1 ',
          title: { fr: ' Mobiliser\n et coordonner ', en: 'Mobilising', de: '   ' },
          summary: 'Un\r\ntexte',
        })],
      }));
      expect(p.rooms.get('amphi-berger')!.name).to.deep.equal({ fr: 'Amphi G. Berger' });
      expect(p.sessions[0].label).to.deep.equal({ fr: 'Atelier 1' });
      expect(p.sessions[0].title).to.deep.equal({ fr: 'Mobiliser et coordonner', en: 'Mobilising' });
      expect(p.sessions[0].summary).to.deep.equal({ fr: 'Un texte' });
      expect(p.warnings).to.deep.equal([]);
    });

    it('keeps the no-break spaces of French typography while collapsing the rest', () => {
      const p = parse(feed({ sessions: [session('a', { title: ' Climat\u00a0: quelle\n mobilisation\u202f? ' })] }));
      expect(p.sessions[0].title).to.deep.equal({ fr: 'Climat\u00a0: quelle mobilisation\u202f?' });
    });

    it('keeps descriptions raw, only trimmed', () => {
      const p = parse(feed({ sessions: [session('a', { description: { fr: '  <p>Un\n  texte</p>\n ', en: ' ' } })] }));
      expect(p.sessions[0].description).to.deep.equal({ fr: '<p>Un\n  texte</p>' });
    });

    it('cannot be used to reach the object prototype', () => {
      const title = JSON.parse('{"__proto__": "x", "fr": "Titre"}') as unknown;
      const p = parse(feed({ sessions: [session('a', { title })] }));
      expect(Object.getPrototypeOf(p.sessions[0].title)).to.equal(Object.prototype);
      expect(p.sessions[0].title.fr).to.equal('Titre');
    });
  });

  describe('rooms and floors', () => {
    it('keeps a room with an empty name without a name (the seed’s "(salle )")', () => {
      const p = parse(feed({ rooms: [{ id: 'a', name: '' }, { id: 'b', name: ' \n ' }, { id: 'c', name: { fr: ' ' } }, { id: 'd' }] }));
      expect([...p.rooms.values()]).to.deep.equal([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
      expect(warningsOf(p)).to.deep.equal(['rooms[0].name empty-name', 'rooms[1].name empty-name', 'rooms[2].name empty-name']);
      expect(p.warnings[0].message).to.equal('Room "a" has an empty name; the room is shown without a name.');
    });

    it('reads rectangles and polygons, and drops bad shapes', () => {
      const p = parse(feed({
        rooms: [
          { id: 'rect', shape: { x: 40, y: 60, width: 200, height: 140 } },
          { id: 'poly', shape: { points: [[0, 0], [10, 0], [10, 10]] } },
          { id: 'flat', shape: { x: 0, y: 0, width: 0, height: 10 } },
          { id: 'line', shape: { points: [[0, 0], [10, 0]] } },
          { id: 'text', shape: { x: '1', y: 0, width: 1, height: 1 } },
          { id: 'nan', shape: { points: [[0, 0], [10, NaN], [10, 10]] } },
          { id: 'inf', shape: { x: 0, y: 0, width: Infinity, height: 1 } },
        ],
      }));
      expect(p.rooms.get('rect')!.shape).to.deep.equal({ kind: 'rect', x: 40, y: 60, width: 200, height: 140 });
      expect(p.rooms.get('poly')!.shape).to.deep.equal({ kind: 'polygon', points: [[0, 0], [10, 0], [10, 10]] });
      for (const id of ['flat', 'line', 'text', 'nan', 'inf']) expect(p.rooms.get(id)!.shape).to.equal(undefined);
      expect(warningsOf(p)).to.deep.equal([2, 3, 4, 5, 6].map((i) => `rooms[${i}].shape invalid-value`));
    });

    it('drops an unknown floor reference', () => {
      const p = parse(feed({ floors: [{ id: 'rdc', width: 10, height: 10 }], rooms: [{ id: 'a', floor: 'rdc' }, { id: 'b', floor: 'r+9' }] }));
      expect(p.rooms.get('a')!.floor).to.equal('rdc');
      expect(p.rooms.get('b')!.floor).to.equal(undefined);
      expect(warningsOf(p)).to.deep.equal(['rooms[1].floor unknown-reference']);
    });

    it('requires positive floor dimensions and keeps only http(s) images', () => {
      const p = parse(feed({
        floors: [
          { id: 'ok', width: 1000, height: 600, image: 'https://example.org/plan.svg', outline: [[0, 0], [1000, 0], [1000, 600]] },
          { id: 'zero', width: 0, height: 600 },
          { id: 'nowidth', height: 600 },
          { id: 'neg', width: 10, height: -1 },
          { id: 'img', width: 10, height: 10, image: 'mailto:a@example.org' },
          { id: 'js', width: 10, height: 10, image: 'javascript:alert(1)' },
          { id: 'outline', width: 10, height: 10, outline: [[0, 0], [1, Infinity], [1, 1]] },
        ],
      }));
      expect([...p.floors.keys()]).to.deep.equal(['ok', 'img', 'js', 'outline']);
      expect(p.floors.get('ok')).to.deep.equal({
        id: 'ok', width: 1000, height: 600, image: 'https://example.org/plan.svg', outline: [[0, 0], [1000, 0], [1000, 600]],
      });
      expect(p.floors.get('img')!.image).to.equal(undefined);
      expect(p.floors.get('js')!.image).to.equal(undefined);
      expect(p.floors.get('outline')!.outline).to.equal(undefined);
      expect(warningsOf(p)).to.deep.equal([
        'floors[1].width invalid-value',
        'floors[2].width missing-field',
        'floors[3].height invalid-value',
        'floors[4].image unsafe-url',
        'floors[5].image unsafe-url',
        'floors[6].outline invalid-value',
      ]);
      expect(p.warnings[3].message).to.contain('absolute http or https URL');
    });
  });

  describe('organisations, people, themes, event', () => {
    it('checks links, names and references', () => {
      const p = parse(feed({
        organizations: [
          { id: 'cuf', name: 'Cités Unies France', shortName: ' CUF ', url: 'https://cites-unies-france.org' },
          { id: 'bad', name: 'Bad', url: 'JaVaScRiPt:alert(1)' },
          { id: 'noname', name: '  ' },
        ],
        people: [
          { id: 'fr', name: ' François\nRebsamen ', organization: 'cuf', url: 'mailto:fr@example.org', title: 'Président' },
          { id: 'x', name: 'X', organization: 'ciedel', url: 'java\tscript:alert(1)' },
          { id: 'empty', name: '' },
          { id: 'blank', name: ' ' },
        ],
      }));
      expect(p.organizations.get('cuf')).to.deep.equal({
        id: 'cuf', name: { fr: 'Cités Unies France' }, shortName: 'CUF', url: 'https://cites-unies-france.org/',
      });
      expect(p.organizations.get('bad')!.url).to.equal(undefined);
      expect(p.organizations.has('noname')).to.equal(false);
      expect(p.people.get('fr')).to.deep.equal({
        id: 'fr', name: 'François Rebsamen', title: { fr: 'Président' }, organization: 'cuf', url: 'mailto:fr@example.org',
      });
      expect(p.people.get('x')).to.deep.equal({ id: 'x', name: 'X' });
      expect([...p.people.keys()]).to.deep.equal(['fr', 'x']);
      expect(warningsOf(p)).to.deep.equal([
        'organizations[1].url unsafe-url',
        'organizations[2].name missing-field',
        'people[1].organization unknown-reference',
        'people[1].url unsafe-url',
        'people[2].name invalid-value',
        'people[3].name missing-field',
      ]);
    });

    it('keeps only #rgb and #rrggbb theme colours', () => {
      const p = parse(feed({
        themes: [
          { id: 'a', name: 'A', color: '#2E7D32' },
          { id: 'b', name: 'B', color: '#abc' },
          { id: 'c', name: 'C', color: 'red' },
          { id: 'd', name: 'D', color: '#abc;background:url(x)' },
        ],
      }));
      expect([...p.themes.values()].map((t) => t.color)).to.deep.equal(['#2e7d32', '#abc', undefined, undefined]);
      expect(warningsOf(p)).to.deep.equal(['themes[2].color invalid-color', 'themes[3].color invalid-color']);
    });

    it('checks the event’s link, dates and venue', () => {
      const p = parse(feed({}, {
        url: ' javascript:alert(1)',
        startDate: '2022-02-30',
        endDate: '2022-06-21',
        venue: { name: 'Cité des Sciences\net de l’Industrie', geo: { lat: 48.8957, lon: 2.3876 }, address: 5 },
      }));
      expect(p.event.url).to.equal(undefined);
      expect(p.event.startDate).to.equal(undefined);
      expect(p.event.endDate).to.equal('2022-06-21');
      expect(p.event.venue).to.deep.equal({ name: { fr: 'Cité des Sciences et de l’Industrie' }, geo: { lat: 48.8957, lon: 2.3876 } });
      expect(warningsOf(p)).to.deep.equal(['event.venue.address invalid-value', 'event.startDate invalid-date', 'event.url unsafe-url']);
    });

    it('reports an end date before the start date', () => {
      const p = parse(feed({}, { startDate: '2022-06-21', endDate: '2022-06-20' }));
      expect(p.event.startDate).to.equal('2022-06-21');
      expect(p.event.endDate).to.equal(undefined);
      expect(warningsOf(p)).to.deep.equal(['event.endDate end-before-start']);
    });
  });

  describe('duplicates and order', () => {
    it('skips the later of two items with the same id in every list', () => {
      const p = parse(feed({
        floors: [{ id: 'f', width: 1, height: 1, name: 'one' }, { id: 'f', width: 2, height: 2 }],
        rooms: [{ id: 'r', name: 'one' }, { id: 'r', name: 'two' }],
        organizations: [{ id: 'o', name: 'one' }, { id: 'o', name: 'two' }],
        people: [{ id: 'p', name: 'one' }, { id: 'p', name: 'two' }],
        themes: [{ id: 't', name: 'one' }, { id: 't', name: 'two' }],
        blocks: [
          { id: 'b', title: 'one', start: '2022-06-20T09:00', end: '2022-06-20T10:00' },
          { id: 'b', title: 'two', start: '2022-06-20T09:00', end: '2022-06-20T10:00' },
        ],
      }));
      expect(p.floors.get('f')!.width).to.equal(1);
      expect(p.rooms.get('r')!.name).to.deep.equal({ fr: 'one' });
      expect(p.organizations.get('o')!.name).to.deep.equal({ fr: 'one' });
      expect(p.people.get('p')!.name).to.equal('one');
      expect(p.themes.get('t')!.name).to.deep.equal({ fr: 'one' });
      expect(p.blocks.get('b')!.title).to.deep.equal({ fr: 'one' });
      expect(warningsOf(p)).to.deep.equal([
        'floors[1].id duplicate-id',
        'rooms[1].id duplicate-id',
        'organizations[1].id duplicate-id',
        'people[1].id duplicate-id',
        'themes[1].id duplicate-id',
        'blocks[1].id duplicate-id',
      ]);
    });

    it('sorts sessions by start, then end, then feed order; blocks by time', () => {
      const p = parse(feed({
        blocks: [
          { id: 'pm', start: '2022-06-20T14:00', end: '2022-06-20T18:00' },
          { id: 'am', start: '2022-06-20T09:00', end: '2022-06-20T12:00' },
          { id: 'bad', start: '2022-06-20T12:00', end: '2022-06-20T11:00' },
        ],
        sessions: [
          session('c', { start: '2022-06-20T14:00', end: '2022-06-20T16:00', block: 'pm' }),
          session('a', { start: '2022-06-20T09:00', end: '2022-06-20T10:00', block: 'am' }),
          session('d', { start: '2022-06-20T14:00', end: '2022-06-20T15:00', block: 'pm' }),
          session('e', { start: '2022-06-20T14:00', end: '2022-06-20T15:00', block: 'pm' }),
          session('b', { start: '2022-06-20T07:00:00Z', end: '2022-06-20T08:00:00Z', block: 'am' }),
        ],
      }));
      expect(p.sessions.map((s) => s.id)).to.deep.equal(['a', 'b', 'd', 'e', 'c']);
      expect(p.sessions.map((s) => s.index)).to.deep.equal([1, 4, 2, 3, 0]);
      expect([...p.blocks.keys()]).to.deep.equal(['am', 'pm']);
      expect(p.sessionsByBlock.get('am')!.map((s) => s.id)).to.deep.equal(['a', 'b']);
      expect(p.sessionsByBlock.get('pm')!.map((s) => s.id)).to.deep.equal(['d', 'e', 'c']);
      expect(warningsOf(p)).to.deep.equal(['blocks[2].end end-before-start']);
    });
  });

  describe('the seed fixture', () => {
    let p: Programme;
    before(async () => {
      const json: unknown = await (await fetch('/feeds/feed-seed.json')).json();
      p = parse(json);
    });

    it('reports exactly the seed’s defects that survive in the feed', () => {
      expect(warningsOf(p)).to.deep.equal(['rooms[2].name empty-name', 'sessions[0].start outside-event-dates']);
    });

    it('normalises the session of the seed page', () => {
      const s = p.sessionsById.get('atelier-1')!;
      expect(s.label).to.deep.equal({ fr: 'Atelier 1' });
      expect(s.kind).to.equal('workshop');
      expect(s.start).to.equal(Date.UTC(2021, 5, 29, 14, 0));
      expect(s.end).to.equal(Date.UTC(2021, 5, 29, 15, 30));
      expect(s.room).to.equal('armand-ouest');
      expect(s.organizers).to.deep.equal(['cirrma', 'cuf']);
      expect(s.participants.map((x) => x.role)).to.deep.equal(['introduction', 'moderator', 'speaker']);
      expect(s.sdgs).to.deep.equal([17]);
      expect(s.description).to.deep.equal({ fr: '<p>« Il est admis aujourd’hui… »</p>\n<p>L’action internationale…</p>' });
    });

    it('indexes rooms, blocks and sessions', () => {
      expect(p.rooms.get('amphi-berger')!.name).to.deep.equal({ fr: 'Amphi G. Berger' });
      expect(p.rooms.get('salle-x')!.name).to.equal(undefined);
      expect(p.themes.get('climat')!.color).to.equal('#2e7d32');
      expect([...p.blocks.keys()]).to.deep.equal(['j1-pm1', 'j1-pm2']);
      expect(p.sessions.map((s) => s.id)).to.deep.equal(['atelier-1', 'odd-europe', 'climat-genre', 'climat-crises', 'jeunesse-climat']);
      expect(p.sessionsByBlock.get('j1-pm2')!.map((s) => s.id)).to.deep.equal(['climat-crises', 'jeunesse-climat']);
      expect(p.sessionsById.get('climat-crises')!.start).to.equal(J1_16H);
      expect(p.sessionsById.get('climat-genre')!.room).to.equal(undefined);
      expect(p.event.venue!.geo).to.deep.equal({ lat: 48.8957, lon: 2.3876 });
    });
  });

  describe('scale', () => {
    function bigFeed(count: number): Json {
      const rooms = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, name: `Room ${i}` }));
      const people = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));
      const sessions = Array.from({ length: count }, (_, i) => {
        const day = 20 + (i % 2);
        const hour = 8 + (i % 12);
        const local = `2022-06-${day}T${String(hour).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
        return {
          id: `s${i}`,
          title: { fr: `Session ${i}`, en: `Session ${i}` },
          start: i % 2 ? local : `${local}:00+02:00`,
          end: `2022-06-${day}T${String(hour + 1).padStart(2, '0')}:30`,
          room: `r${i % 50}`,
          block: i % 3 ? undefined : 'b',
          participants: [{ person: `p${i % 2000}`, role: 'speaker' }, { person: `p${(i + 1) % 2000}`, role: 'chair' }],
          sdgs: [17, 1],
        };
      });
      const blocks = [{ id: 'b', start: '2022-06-20T00:00', end: '2022-06-22T00:00' }];
      return feed({ rooms, people, blocks, sessions });
    }

    // Speed itself is measured by `npm run bench`, never asserted as wall-clock time here.
    it('parses 20,000 sessions with every session kept and indexed', () => {
      const small = bigFeed(2000);
      const big = bigFeed(20000);
      expect(parse(small).sessions).to.have.length(2000);
      const programme = parse(big);
      expect(programme.sessions).to.have.length(20000);
      expect(programme.sessionsById.size).to.equal(20000);
      expect(programme.warnings).to.deep.equal([]);
      for (let i = 1; i < programme.sessions.length; i++) {
        expect(programme.sessions[i]!.start >= programme.sessions[i - 1]!.start).to.equal(true);
      }
    });
  });
});
