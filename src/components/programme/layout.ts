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
  /** Every start and end instant, ascending: row `i` runs from `times[i]` to `times[i + 1]`. */
  readonly times: readonly number[];
  /** CSS `grid-row` / `grid-column` values for a session. */
  place(session: Session): { row: string; column: string };
}

/** Rooms as columns, time as rows (row 1 and column 1 hold the headers). */
export function gridOf(programme: Programme, sessions: readonly Session[]): GridLayout {
  const used = new Set<string>();
  const instants = new Set<number>();
  for (const session of sessions) {
    if (!spansGrid(session)) used.add(session.room ?? NO_ROOM);
    instants.add(session.start);
    instants.add(session.end);
  }
  const columns = [...programme.rooms.keys()].filter((id) => used.has(id));
  if (used.has(NO_ROOM)) columns.push(NO_ROOM);
  if (columns.length === 0) columns.push(NO_ROOM);
  const times = [...instants].sort((a, b) => a - b);
  const rowOf = new Map(times.map((t, i) => [t, i + 2]));
  const columnOf = new Map(columns.map((id, i) => [id, i + 2]));
  return {
    columns,
    times,
    place(session) {
      const row = `${rowOf.get(session.start)} / ${rowOf.get(session.end)}`;
      const column = spansGrid(session) ? '2 / -1' : String(columnOf.get(session.room ?? NO_ROOM) ?? 2);
      return { row, column };
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
