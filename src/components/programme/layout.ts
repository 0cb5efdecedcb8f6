/**
 * Pure layout of one day for `<aict-programme>`: sections (a block, or a run of sessions outside
 * any block) holding time slots (sessions starting together), and the grid's rows and columns.
 */
import type { Block, Programme, Session } from '../../feed/model.js';
import { NO_ROOM } from './filters.js';

export interface Slot {
  readonly start: number;
  readonly sessions: readonly Session[];
}

export interface Section {
  /** Absent for sessions that belong to no block. */
  readonly block?: Block;
  readonly slots: readonly Slot[];
}

/**
 * Sections of a day's sessions (already in time order): each block's sessions together, in the
 * order of their first session; sessions without a block form their own sections between them.
 */
export function sectionsOf(programme: Programme, sessions: readonly Session[]): Section[] {
  const sections: { block?: Block; sessions: Session[] }[] = [];
  const byBlock = new Map<string, { block?: Block; sessions: Session[] }>();
  let loose: { sessions: Session[] } | undefined;
  for (const session of sessions) {
    const block = session.block ? programme.blocks.get(session.block) : undefined;
    if (block) {
      loose = undefined;
      let section = byBlock.get(block.id);
      if (!section) {
        section = { block, sessions: [] };
        byBlock.set(block.id, section);
        sections.push(section);
      }
      section.sessions.push(session);
    } else {
      if (!loose) sections.push((loose = { sessions: [] }));
      loose.sessions.push(session);
    }
  }
  return sections.map(({ block, sessions: list }) => ({ ...(block ? { block } : {}), slots: slotsOf(list) }));
}

function slotsOf(sessions: readonly Session[]): Slot[] {
  const slots: { start: number; sessions: Session[] }[] = [];
  for (const session of sessions) {
    const last = slots[slots.length - 1];
    if (last && last.start === session.start) last.sessions.push(session);
    else slots.push({ start: session.start, sessions: [session] });
  }
  return slots;
}

/** Kinds that run for everyone and span every room column of the grid. */
export function spansGrid(session: Session): boolean {
  return session.kind === 'break' || session.kind === 'plenary';
}

export interface GridLayout {
  /** Room ids in the feed's order, then `NO_ROOM` when some session has none. */
  readonly columns: readonly string[];
  /** CSS `grid-column` of each room's header: a room where sessions overlap has several lanes. */
  readonly heads: readonly string[];
  /** Number of grid columns after the time column (every room's lanes). */
  readonly width: number;
  /** Every start and end instant, ascending: row `i` runs from `times[i]` to `times[i + 1]`. */
  readonly times: readonly number[];
  /** CSS `grid-row` / `grid-column` values for a session. */
  place(session: Session): { row: string; column: string };
}

/**
 * Rooms as columns, time as rows (row 1 and column 1 hold the headers); `sessions` in start
 * order. No two cards share a cell: sessions that overlap in one room get lanes side by side, as
 * in a calendar (the last lane of a run of overlaps widens to the room's edge), and a break or
 * plenary spans the grid only when nothing else runs meanwhile (else it keeps to its room).
 */
export function gridOf(programme: Programme, sessions: readonly Session[]): GridLayout {
  // A zero-length session still fills a row.
  const endOf = (s: Session) => Math.max(s.end, s.start + 1);
  const instants = new Set<number>();
  // Per room: the end of the last session in each lane, when the current run of overlapping
  // sessions ends, that run's lane count (one array shared by its sessions), the room's lanes.
  const rooms = new Map<string, { ends: number[]; until: number; run: number[]; lanes: number }>();
  const lanes = new Map<Session, { lane: number; run: number[] }>();
  let latest = -Infinity;
  sessions.forEach((s, i) => {
    instants.add(s.start).add(s.end);
    const next = sessions[i + 1];
    const alone = s.start >= latest && !(next && next.start < endOf(s));
    latest = Math.max(latest, endOf(s));
    if (alone && spansGrid(s)) return;
    const id = s.room ?? NO_ROOM;
    let room = rooms.get(id);
    if (!room) rooms.set(id, (room = { ends: [], until: -Infinity, run: [], lanes: 1 }));
    if (s.start >= room.until) {
      room.ends = [];
      room.run = [0];
    }
    let lane = room.ends.findIndex((end) => end <= s.start);
    if (lane < 0) lane = room.ends.length;
    room.ends[lane] = endOf(s);
    room.until = Math.max(room.until, endOf(s));
    room.run[0] = Math.max(room.run[0]!, lane + 1);
    room.lanes = Math.max(room.lanes, lane + 1);
    lanes.set(s, { lane, run: room.run });
  });
  const columns = [...programme.rooms.keys()].filter((id) => rooms.has(id));
  if (rooms.has(NO_ROOM) || columns.length === 0) columns.push(NO_ROOM);
  const times = [...instants].sort((a, b) => a - b);
  const rowOf = new Map(times.map((t, i) => [t, i + 2]));
  const firstOf = new Map<string, number>();
  let width = 0;
  const heads = columns.map((id) => {
    const n = rooms.get(id)?.lanes ?? 1;
    firstOf.set(id, width + 2);
    width += n;
    return `${width + 2 - n} / span ${n}`;
  });
  return {
    columns,
    heads,
    width,
    times,
    place(session) {
      const row = `${rowOf.get(session.start)} / ${rowOf.get(session.end)}`;
      const at = lanes.get(session);
      if (!at) return { row, column: '2 / -1' };
      const id = session.room ?? NO_ROOM;
      // The last lane of a run takes the room's spare lanes.
      const span = at.lane + 1 === at.run[0] ? rooms.get(id)!.lanes - at.lane : 1;
      return { row, column: `${(firstOf.get(id) ?? 2) + at.lane} / span ${span}` };
    },
  };
}

export interface NowState {
  /** Sessions running at `now`. */
  readonly current: ReadonlySet<string>;
  /** The sessions of the next start time after `now`. */
  readonly next: ReadonlySet<string>;
}

/** What runs now and what comes next among `sessions` (time-ordered). */
export function nowAndNext(sessions: readonly Session[], now: number): NowState {
  const current = new Set<string>();
  const next = new Set<string>();
  let nextStart: number | undefined;
  for (const session of sessions) {
    if (session.status === 'cancelled') continue;
    if (session.start <= now && now < session.end) current.add(session.id);
    else if (session.start > now) {
      if (nextStart === undefined) nextStart = session.start;
      if (session.start === nextStart) next.add(session.id);
    }
  }
  return { current, next };
}

/**
 * What a first screenful holds, estimated before anything is laid out: the cards of the rows that
 * fit in the window, in as many columns as the element's width takes. Widths are the
 * stylesheet's (`.items`: cards at least 20em wide, 0.75em apart; the grid: a 4.5em time column,
 * rooms at least 13em wide, 0.4em apart). Heights are guesses from rendered days: rows of cards
 * with their gap measured 13em on the demo feed and 17–20em on generated ones, the controls
 * above the first row 18–23em. Guessing the controls 6em short, and rounding rows up, covers
 * rows shorter than the 15em guessed: the window was filled at every size tried (360–1920 px
 * wide, 600–1080 px high). A screenful too large costs a little time; one too small leaves the
 * bottom of the window empty until the next slice.
 */
export function screenful(width: number, em: number, windowHeight: number, grid: boolean): number {
  // The grid is a list below 44em (the stylesheet's container query).
  const columns =
    grid && width >= 44 * em ? Math.floor((width - 4.5 * em) / (13.4 * em)) : Math.floor((width + 0.75 * em) / (20.75 * em));
  const rows = Math.ceil((windowHeight - 12 * em) / (15 * em));
  return Math.max(1, columns) * Math.max(1, rows);
}
