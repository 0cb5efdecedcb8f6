/** The grid's pure layout: a proportional time axis, lanes, labels and reading order. */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/feed/parse.js';
import type { Programme, Session } from '../../../src/feed/model.js';
import { NO_ROOM } from '../../../src/components/programme/filters.js';
import { GRID_STEP_MINUTES, timeGridOf, type GridLayout } from '../../../src/components/programme/layout.js';
import { sessionsByDay } from '../../../src/feed/days.js';
import { generateFeed } from '../../fixtures/generate-feed.js';

const at = (id: string, start: string, end: string, room?: string, kind = 'workshop', day = '2022-06-20') => ({
  id,
  kind,
  title: id,
  start: `${day}T${start}`,
  end: `${day}T${end}`,
  ...(room ? { room } : {}),
});

function programmeOf(sessions: unknown[], rooms = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]): Programme {
  const result = parseFeed(
    { format: 'aict-programme/1', event: { id: 'grid', title: 'Grid', timeZone: 'Europe/Paris' }, rooms, sessions },
    'grid',
  );
  if (!result.ok) throw new Error(result.message);
  return result.programme;
}

/** [first, end) of a CSS `a / b` or `a / span n` value (`2 / -1` spans `width` columns). */
function range(value: string, width = 0): [number, number] {
  const [a, b] = value.split('/').map((p) => p.trim());
  const first = Number(a);
  if (b!.startsWith('span')) return [first, first + Number(b!.slice(5))];
  const end = Number(b);
  return [first, end < 0 ? width + 2 + end + 1 : end];
}

const rowsOf = (grid: GridLayout, s: Session) => range(grid.place(s).row);
const height = (grid: GridLayout, s: Session) => rowsOf(grid, s)[1] - rowsOf(grid, s)[0];

describe('programme grid layout: a proportional time axis', () => {
  it('gives a 90-minute session three times the rows of a 30-minute one, and shows the gap between', () => {
    const programme = programmeOf([
      at('short', '09:00', '09:30', 'a'),
      at('long', '09:00', '10:30', 'b'),
      at('after-gap', '11:00', '12:00', 'a'),
    ]);
    const grid = timeGridOf(programme, programme.sessions);
    const s = (id: string) => programme.sessionsById.get(id)!;
    expect(grid.step).to.equal(GRID_STEP_MINUTES);
    expect(height(grid, s('short'))).to.equal(30 / GRID_STEP_MINUTES);
    expect(height(grid, s('long'))).to.equal(90 / GRID_STEP_MINUTES);
    // 09:00–12:00 is 36 rows after the header row; the half hour from 10:30 to 11:00 is six
    // rows nobody occupies.
    expect(grid.rows).to.equal(36);
    expect(grid.place(s('short')).row).to.equal('2 / 8');
    expect(grid.place(s('long')).row).to.equal('2 / 20');
    expect(grid.place(s('after-gap')).row).to.equal('26 / 38');
    const occupied = new Set(programme.sessions.flatMap((x) => {
      const [a, b] = rowsOf(grid, x);
      return Array.from({ length: b - a }, (_, i) => a + i);
    }));
    expect([20, 21, 22, 23, 24, 25].filter((r) => occupied.has(r))).to.deep.equal([]);
  });

  it('labels every start time and whole hour, each on rows of its own, exact to the minute', () => {
    const programme = programmeOf([at('odd', '09:07', '09:52', 'a'), at('next', '11:30', '12:00', 'b')]);
    const grid = timeGridOf(programme, programme.sessions);
    const local = (t: number) => new Date(t).toLocaleTimeString('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
    expect(grid.marks.map((m) => local(m.time))).to.deep.equal(['09:07', '10:00', '11:00', '11:30']);
    expect(grid.marks.map((m) => m.hourOnly)).to.deep.equal([false, true, true, false]);
    // Rows run from 09:05; the labels tile the axis without overlapping.
    const ranges = grid.marks.map((m) => range(m.row));
    expect(ranges[0]![0]).to.equal(2);
    ranges.slice(1).forEach((r, i) => expect(r[0]).to.equal(ranges[i]![1]));
    expect(ranges[ranges.length - 1]![1]).to.equal(grid.rows + 2);
    expect(grid.place(programme.sessionsById.get('odd')!).row).to.equal('2 / 12');
  });

  it('gives sessions that overlap in one room lanes side by side, and a lone break every column', () => {
    const programme = programmeOf([
      at('w1', '10:00', '11:30', 'a'),
      at('w2', '10:30', '12:00', 'a'),
      at('w3', '10:00', '12:00', 'b'),
      at('pause', '12:00', '13:00', undefined, 'break'),
      at('brief', '13:00', '13:02', 'b'),
    ]);
    const grid = timeGridOf(programme, programme.sessions);
    const s = (id: string) => programme.sessionsById.get(id)!;
    expect(grid.columns).to.deep.equal(['a', 'b']);
    expect(grid.heads).to.deep.equal(['2 / span 2', '4 / span 1']);
    expect(grid.place(s('w1')).column).to.equal('2 / span 1');
    expect(grid.place(s('w2')).column).to.equal('3 / span 1');
    expect(grid.place(s('pause'))).to.deep.equal({ row: '26 / 38', column: '2 / -1' });
    // A session shorter than a step still takes a row.
    expect(height(grid, s('brief'))).to.equal(1);
  });

  it('never puts two cards in one cell, with 60 rooms and two days of generated sessions', () => {
    const feed = generateFeed({ sessions: 600, rooms: 60, days: 2, seed: 5 });
    const result = parseFeed(feed, 'sixty');
    if (!result.ok) throw new Error(result.message);
    const { programme } = result;
    for (const day of sessionsByDay(programme, 'Europe/Paris').values()) {
      const grid = timeGridOf(programme, day);
      expect(grid.columns.length).to.be.greaterThan(50);
      const cells = new Map<string, string>();
      for (const session of day) {
        const [r0, r1] = rowsOf(grid, session);
        const [c0, c1] = range(grid.place(session).column, grid.width);
        expect(r1, session.id).to.be.greaterThan(r0);
        expect(r0).to.be.at.least(2);
        expect(r1).to.be.at.most(grid.rows + 2);
        expect(c0).to.be.at.least(2);
        expect(c1).to.be.at.most(grid.width + 2);
        for (let r = r0; r < r1; r++) {
          for (let c = c0; c < c1; c++) {
            const key = `${r}:${c}`;
            expect(cells.get(key), `${session.id} and ${cells.get(key)} share ${key}`).to.equal(undefined);
            cells.set(key, session.id);
          }
        }
      }
    }
  });

  it('orders sessions as they are read: by starting row, then left to right', () => {
    const programme = programmeOf(
      [at('b-first', '09:00', '10:00', 'b'), at('nowhere', '09:00', '10:00'), at('a-first', '09:00', '10:00', 'a'), at('a-later', '09:30', '10:00', 'c')],
      [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
    );
    const grid = timeGridOf(programme, programme.sessions);
    expect(grid.columns).to.deep.equal(['a', 'b', 'c', NO_ROOM]);
    expect(grid.order(programme.sessions).map((s) => s.id)).to.deep.equal(['a-first', 'b-first', 'nowhere', 'a-later']);
  });

  it('lengthens the step for a span too long for five-minute rows (a session over three days)', () => {
    const programme = programmeOf([at('expo', '09:00', '18:00', 'a'), { ...at('x', '09:00', '18:00', 'b'), end: '2022-06-22T18:00' }]);
    const grid = timeGridOf(programme, programme.sessions);
    expect(grid.step).to.be.greaterThan(GRID_STEP_MINUTES);
    expect(grid.step % GRID_STEP_MINUTES).to.equal(0);
    expect(grid.rows).to.be.at.most(320);
    const expo = programme.sessionsById.get('expo')!;
    expect(height(grid, expo)).to.equal(Math.ceil((9 * 60) / grid.step));
  });
});
