import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Programme } from '../../src/feed/model.js';
import { concurrentSessions, groupByStart, sessionsAt, sessionsInRoom, sessionsOverlapping } from '../../src/feed/query.js';

type Json = Record<string, unknown>;

function parse(json: unknown): Programme {
  const result = parseFeed(json, 'test.json');
  if (!result.ok) throw new Error(`unexpected rejection: ${result.message}`);
  return result.programme;
}

function feed(sessions: Json[], extra: Json = {}): Programme {
  return parse({
    format: 'aict-programme/1',
    event: { id: 'e', timeZone: 'Europe/Paris', defaultLanguage: 'fr', startDate: '2022-06-20', endDate: '2022-06-21' },
    sessions,
    ...extra,
  });
}

/** A session on 20 June 2022 from `from` to `to` (event-local "HH:MM"). */
function s(id: string, from: string, to: string, extra: Json = {}): Json {
  return { id, title: id, start: `2022-06-20T${from}`, end: `2022-06-20T${to}`, ...extra };
}

/** 20 June 2022, hh:mm in Paris (UTC+2). */
const at = (hh: number, mm = 0) => Date.UTC(2022, 5, 20, hh - 2, mm);

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

async function demo(): Promise<Programme> {
  return parse(await (await fetch('/feeds/forum-aict-2022.json')).json());
}

describe('feed queries', () => {
  describe('the seed’s “other sessions” (demo feed)', () => {
    it('lists the five other sessions of Atelier 1’s block, though Atelier 1 itself is misdated', async () => {
      const p = await demo();
      const result = concurrentSessions(p, p.sessionsById.get('atelier-1')!);
      expect(result.scope).to.equal('block');
      // The order of the seed page: 14h00 (three), then 16h00 (two).
      expect(ids(result.sessions)).to.deep.equal([
        'odd-regards-croises-europeens',
        'changement-climatique-effets-genres',
        'mesurer-empreinte-carbone-projets-cooperation',
        'changements-climatiques-nouvelles-crises',
        'mobilisation-jeunesse-enjeux-climat',
      ]);
      const groups = groupByStart(result.sessions);
      expect(groups.map((g) => g.sessions.length)).to.deep.equal([3, 2]);
      expect(groups.map((g) => [g.start, g.end])).to.deep.equal([
        [at(14), at(15, 30)],
        [at(16), at(17, 30)],
      ]);
    });

    it('overlap scope for Atelier 1 finds nothing: on its (wrong) date nothing else runs', async () => {
      const p = await demo();
      const result = concurrentSessions(p, p.sessionsById.get('atelier-1')!, 'overlap');
      expect(result).to.deep.equal({ scope: 'overlap', sessions: [] });
    });

    it('everything running at 16h00 on 20 June', async () => {
      const p = await demo();
      expect(ids(sessionsAt(p, at(16)))).to.deep.equal(['changements-climatiques-nouvelles-crises', 'mobilisation-jeunesse-enjeux-climat']);
    });
  });

  describe('overlap', () => {
    const p = feed([
      s('a', '09:00', '10:00'),
      s('b', '09:30', '11:00'),
      s('c', '10:00', '10:30'),
      s('d', '11:00', '12:00'),
      s('e', '08:00', '09:00'),
      s('f', '10:15', '10:20', { status: 'cancelled' }),
    ]);

    it('keeps sessions whose time intersects, not those that only touch', () => {
      expect(ids(sessionsOverlapping(p, at(10), at(11)))).to.deep.equal(['b', 'c', 'f']);
      expect(ids(sessionsOverlapping(p, at(9), at(10)))).to.deep.equal(['a', 'b']);
    });

    it('never lists the session itself, keeps cancelled ones', () => {
      const result = concurrentSessions(p, p.sessionsById.get('c')!, 'overlap');
      expect(ids(result.sessions)).to.deep.equal(['b', 'f']);
    });

    it('falls back to overlap when the session has no block', () => {
      const result = concurrentSessions(p, p.sessionsById.get('a')!, 'block');
      expect(result.scope).to.equal('overlap');
      expect(ids(result.sessions)).to.deep.equal(['b']);
    });

    it('at an instant: started at or before it, not yet ended', () => {
      expect(ids(sessionsAt(p, at(10)))).to.deep.equal(['b', 'c']);
      expect(ids(sessionsAt(p, at(9, 59)))).to.deep.equal(['a', 'b']);
      expect(ids(sessionsAt(p, at(12)))).to.deep.equal([]);
      expect(ids(sessionsAt(p, at(7)))).to.deep.equal([]);
    });

    it('an empty or inverted interval matches nothing', () => {
      expect(sessionsOverlapping(p, at(10), at(10))).to.deep.equal([]);
      expect(sessionsOverlapping(p, at(11), at(10))).to.deep.equal([]);
    });
  });

  describe('very long sessions', () => {
    const p = feed([
      s('expo', '08:00', '20:00', { kind: 'other' }),
      s('early', '08:30', '09:00'),
      s('late', '18:00', '19:00'),
    ]);

    it('are found without widening every scan, in programme order', () => {
      expect(ids(sessionsAt(p, at(18, 30)))).to.deep.equal(['expo', 'late']);
      expect(ids(sessionsAt(p, at(8, 45)))).to.deep.equal(['expo', 'early']);
      expect(ids(sessionsAt(p, at(12)))).to.deep.equal(['expo']);
    });
  });

  describe('block', () => {
    const p = feed(
      [
        s('x1', '14:00', '15:30', { block: 'pm' }),
        s('x2', '14:00', '15:30', { block: 'pm', status: 'cancelled' }),
        s('x3', '16:00', '17:30', { block: 'pm' }),
        s('x4', '14:00', '15:00', { block: 'other' }),
      ],
      {
        blocks: [
          { id: 'pm', title: 'PM', start: '2022-06-20T14:00', end: '2022-06-20T17:30' },
          { id: 'other', title: 'Other', start: '2022-06-20T14:00', end: '2022-06-20T15:00' },
        ],
      },
    );

    it('lists the other sessions of the block only, cancelled included', () => {
      expect(ids(concurrentSessions(p, p.sessionsById.get('x1')!).sessions)).to.deep.equal(['x2', 'x3']);
    });

    it('overlap scope crosses blocks (programme order: the one that ends first comes first)', () => {
      expect(ids(concurrentSessions(p, p.sessionsById.get('x1')!, 'overlap').sessions)).to.deep.equal(['x4', 'x2']);
    });

    it('groups by start, with a common end only when all sessions share it', () => {
      const groups = groupByStart(p.sessions);
      expect(groups.map((g) => [ids(g.sessions), g.end])).to.deep.equal([
        [['x4', 'x1', 'x2'], undefined],
        [['x3'], at(17, 30)],
      ]);
    });
  });

  it('filters sessions by room', () => {
    const p = feed([s('a', '09:00', '10:00', { room: 'r' }), s('b', '09:00', '10:00')], { rooms: [{ id: 'r', name: 'R' }] });
    expect(ids(sessionsInRoom(p.sessions, 'r'))).to.deep.equal(['a']);
  });

  it('answers from a large programme the same as a full scan would', () => {
    const sessions: Json[] = [];
    for (let i = 0; i < 3000; i++) {
      const startMin = (i * 37) % (12 * 60);
      const length = 15 + ((i * 53) % 150);
      const hm = (m: number) => `${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      sessions.push(s(`s${i}`, hm(startMin), hm(Math.min(startMin + length, 15 * 60))));
    }
    const p = feed(sessions);
    for (const probe of [at(8), at(10, 7), at(13, 59), at(19, 30), at(22)]) {
      const expected = p.sessions.filter((x) => x.start <= probe && x.end > probe);
      expect(ids(sessionsAt(p, probe))).to.deep.equal(ids(expected));
    }
    const expected = p.sessions.filter((x) => x.start < at(11) && x.end > at(10, 30));
    expect(ids(sessionsOverlapping(p, at(10, 30), at(11)))).to.deep.equal(ids(expected));
  });
});
