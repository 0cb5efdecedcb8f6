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
  /** Every start and end instant, ascending. */
  readonly times: readonly number[];
  /**
   * Number of time rows after the header row. The axis is proportional: each row is `step`
   * minutes, from the first start (rounded down to a step) to the last end (rounded up).
   */
  readonly rows: number;
  /** Minutes per row: `GRID_STEP_MINUTES`, more for a day so long it would need too many rows. */
  readonly step: number;
  /**
   * Labels of the time column: every start time and every whole hour, each with the rows it
   * covers (to the next label), so that two labels never share a row.
   */
  readonly marks: readonly TimeMark[];
  /** CSS `grid-row` / `grid-column` values for a session. */
  place(session: Session): { row: string; column: string };
  /**
   * `sessions` in reading order (by starting row, then by column, as the eye reads the grid),
   * for the document order, and hence the keyboard's, to follow what is seen.
   */
  order(sessions: readonly Session[]): Session[];
}

export interface TimeMark {
  readonly time: number;
  /** CSS `grid-row` of the label. */
  readonly row: string;
  /** The mark is a whole hour that no session starts at (drawn as a lighter rule). */
  readonly hourOnly: boolean;
}

/** Minutes per row of the grid's time axis. */
export const GRID_STEP_MINUTES = 5;
/** At most this many rows (a day of 5-minute rows is 288): longer spans get longer steps. */
const MAX_GRID_ROWS = 320;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Lanes {
  /** Per session that keeps to a room: its lane and the lane count of its run of overlaps. */
  readonly lanes: ReadonlyMap<Session, { lane: number; run: number[] }>;
  /** Per room: how many lanes it needs. */
  readonly rooms: ReadonlyMap<string, { lanes: number }>;
}

/**
 * Lanes of each room: sessions that overlap in one room get lanes side by side, as in a
 * calendar; a break or plenary spans the grid only when nothing else runs meanwhile (it then
 * has no lane).
 */
function lanesOf(sessions: readonly Session[]): Lanes {
  // A zero-length session still fills a row.
  const endOf = (s: Session) => Math.max(s.end, s.start + 1);
  // Per room: the end of the last session in each lane, when the current run of overlapping
  // sessions ends, that run's lane count (one array shared by its sessions), the room's lanes.
  const rooms = new Map<string, { ends: number[]; until: number; run: number[]; lanes: number }>();
  const lanes = new Map<Session, { lane: number; run: number[] }>();
  let latest = -Infinity;
  sessions.forEach((s, i) => {
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
  return { lanes, rooms };
}

interface Columns {
  readonly columns: string[];
  readonly heads: string[];
  readonly width: number;
  column(session: Session): string;
  /** First grid column of a session (for reading order). */
  first(session: Session): number;
}

function columnsOf(programme: Programme, { lanes, rooms }: Lanes): Columns {
  const columns = [...programme.rooms.keys()].filter((id) => rooms.has(id));
  if (rooms.has(NO_ROOM) || columns.length === 0) columns.push(NO_ROOM);
  const firstOf = new Map<string, number>();
  let width = 0;
  const heads = columns.map((id) => {
    const n = rooms.get(id)?.lanes ?? 1;
    firstOf.set(id, width + 2);
    width += n;
    return `${width + 2 - n} / span ${n}`;
  });
  const first = (session: Session) => {
    const at = lanes.get(session);
    return at ? (firstOf.get(session.room ?? NO_ROOM) ?? 2) + at.lane : 2;
  };
  return {
    columns,
    heads,
    width,
    first,
    column(session) {
      const at = lanes.get(session);
      if (!at) return '2 / -1';
      // The last lane of a run takes the room's spare lanes.
      const span = at.lane + 1 === at.run[0] ? rooms.get(session.room ?? NO_ROOM)!.lanes - at.lane : 1;
      return `${first(session)} / span ${span}`;
    },
  };
}

/**
 * Rooms as columns, a proportional time axis as rows (row 1 and column 1 hold the headers);
 * `sessions` in start order. A session's height is its duration (rows of `step` minutes), so a
 * 90-minute session is three times a 30-minute one and an hour without sessions is an hour of
 * empty rows. No two cards share a cell: sessions that overlap in one room get lanes side by
 * side (the last lane of a run of overlaps widens to the room's edge), and a break or plenary
 * spans the grid only when nothing else runs meanwhile (else it keeps to its room).
 */
export function timeGridOf(programme: Programme, sessions: readonly Session[]): GridLayout {
  const lanes = lanesOf(sessions);
  const cols = columnsOf(programme, lanes);
  const instants = new Set<number>();
  const starts = new Set<number>();
  for (const s of sessions) {
    instants.add(s.start).add(s.end);
    starts.add(s.start);
  }
  const times = [...instants].sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = Math.max(times[times.length - 1] ?? 0, first + 1);
  // Steps of whole minutes, multiples of 5 (zone offsets are multiples of 15 minutes, so
  // rounding instants in UTC rounds local times too).
  let step = GRID_STEP_MINUTES;
  const span = last - Math.floor(first / (step * MINUTE)) * step * MINUTE;
  if (span > MAX_GRID_ROWS * step * MINUTE) step = GRID_STEP_MINUTES * Math.ceil(span / (MAX_GRID_ROWS * GRID_STEP_MINUTES * MINUTE));
  const stepMs = step * MINUTE;
  const origin = Math.floor(first / stepMs) * stepMs;
  const rows = Math.max(1, Math.ceil((last - origin) / stepMs));
  const startRow = (t: number) => 2 + Math.floor((t - origin) / stepMs);
  const endRow = (start: number, end: number) => Math.max(startRow(start) + 1, 2 + Math.ceil((end - origin) / stepMs));

  // Labels: start times, and whole hours (on the hour in UTC is on the hour in every zone but
  // those offset by 30 or 45 minutes, where they fall on :30 / :45: still a regular rhythm).
  const labelled = new Map<number, boolean>();
  for (const t of starts) labelled.set(startRow(t), false);
  for (let t = Math.ceil(origin / HOUR) * HOUR; t < last; t += HOUR) {
    const row = startRow(t);
    if (!labelled.has(row) && (t - origin) % stepMs === 0) labelled.set(row, true);
  }
  const markRows = [...labelled.keys()].sort((a, b) => a - b);
  const marks = markRows.map((row, i) => {
    const until = markRows[i + 1] ?? rows + 2;
    return { time: origin + (row - 2) * stepMs, row: `${row} / ${until}`, hourOnly: labelled.get(row)! };
  });
  // Start times keep their exact instant (a session at 9:07 is labelled 9:07).
  const exact = new Map([...starts].map((t) => [startRow(t), t]));
  const timeMarks = marks.map((m) => ({ ...m, time: exact.get(parseInt(m.row, 10)) ?? m.time }));

  return {
    columns: cols.columns,
    heads: cols.heads,
    width: cols.width,
    times,
    rows,
    step,
    marks: timeMarks,
    place(session) {
      return { row: `${startRow(session.start)} / ${endRow(session.start, session.end)}`, column: cols.column(session) };
    },
    order(list) {
      return list
        .map((s, i) => ({ s, i, row: startRow(s.start), col: cols.first(s) }))
        .sort((a, b) => a.row - b.row || a.col - b.col || a.i - b.i)
        .map((e) => e.s);
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
