/**
 * Questions asked of an indexed programme: "what runs beside this session", "what runs at
 * this moment", "what is on in this room". Pure functions over the model, no DOM.
 *
 * Speed: a page may hold dozens of elements over a feed of thousands of sessions, so no query
 * scans every session. Blocks are indexed by the parser (`sessionsByBlock`); time queries use
 * a start-time index built once per programme (binary search, then a scan bounded by the
 * longest ordinary session), with the rare very long sessions (an all-day exhibition) kept
 * apart so that they do not widen every scan.
 */
import type { Programme, Session } from './model.js';

export type ConcurrentScope = 'block' | 'overlap';

export interface ConcurrentResult {
  /** The scope actually used: `block` falls back to `overlap` for a session without a block. */
  readonly scope: ConcurrentScope;
  /** Other sessions, in programme order (start, end, feed order); never the session itself. */
  readonly sessions: readonly Session[];
}

/** Sessions longer than this are kept out of the bounded scan (see `TimeIndex`). */
const LONG_SESSION_MS = 6 * 60 * 60 * 1000;

interface TimeIndex {
  /** Starts of the ordinary sessions, ascending (parallel to `short`). */
  readonly starts: Float64Array;
  readonly short: readonly Session[];
  /** The longest duration among `short`. */
  readonly maxShort: number;
  /** Sessions longer than `LONG_SESSION_MS`, in programme order. */
  readonly long: readonly Session[];
}

const timeIndexes = new WeakMap<Programme, TimeIndex>();

function timeIndexOf(programme: Programme): TimeIndex {
  let index = timeIndexes.get(programme);
  if (!index) {
    const short: Session[] = [];
    const long: Session[] = [];
    let maxShort = 0;
    for (const session of programme.sessions) {
      const duration = session.end - session.start;
      if (duration > LONG_SESSION_MS) {
        long.push(session);
      } else {
        short.push(session);
        if (duration > maxShort) maxShort = duration;
      }
    }
    index = { starts: Float64Array.from(short, (s) => s.start), short, maxShort, long };
    timeIndexes.set(programme, index);
  }
  return index;
}

/** The first position in ascending `values` whose value is >= `target`. */
function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Programme order: start, then end, then feed order (the parser's sort). */
function compareSessions(a: Session, b: Session): number {
  return a.start - b.start || a.end - b.end || a.index - b.index;
}

/**
 * Sessions whose time intersects [start, end): `session.start < end && session.end > start`.
 * Sessions that merely touch (one ends when the other starts) do not overlap.
 */
export function sessionsOverlapping(programme: Programme, start: number, end: number): Session[] {
  if (!(end > start)) return [];
  const { starts, short, maxShort, long } = timeIndexOf(programme);
  // Candidates start before `end`; none that starts before `start - maxShort` can still run.
  const from = lowerBound(starts, start - maxShort);
  const to = lowerBound(starts, end);
  const found: Session[] = [];
  for (let i = from; i < to; i++) {
    const session = short[i]!;
    if (session.end > start) found.push(session);
  }
  if (long.length === 0) return found;
  const extra = long.filter((s) => s.start < end && s.end > start);
  return extra.length ? [...found, ...extra].sort(compareSessions) : found;
}

/** Everything running at `instant`: started at or before it, not yet ended. */
export function sessionsAt(programme: Programme, instant: number): Session[] {
  return sessionsOverlapping(programme, instant, instant + 1);
}

/**
 * The other sessions beside `session`: those of its programme block (`block`, the default,
 * as the forum's pages list "les autres rendez-vous de la session"), or those whose time
 * intersects it (`overlap`). A session without a block falls back to `overlap`.
 */
export function concurrentSessions(
  programme: Programme,
  session: Session,
  scope: ConcurrentScope = 'block',
): ConcurrentResult {
  const block = scope === 'block' && session.block ? programme.sessionsByBlock.get(session.block) : undefined;
  if (block) return { scope: 'block', sessions: block.filter((s) => s.id !== session.id) };
  return {
    scope: 'overlap',
    sessions: sessionsOverlapping(programme, session.start, session.end).filter((s) => s.id !== session.id),
  };
}

export interface StartGroup {
  readonly start: number;
  /** The common end of the group's sessions, when they all end together. */
  readonly end: number | undefined;
  readonly sessions: readonly Session[];
}

/** Sessions (in programme order) grouped by start time, as the forum's pages list them. */
export function groupByStart(sessions: readonly Session[]): StartGroup[] {
  const groups: { start: number; end: number | undefined; sessions: Session[] }[] = [];
  for (const session of sessions) {
    const last = groups[groups.length - 1];
    if (last && last.start === session.start) {
      last.sessions.push(session);
      if (last.end !== session.end) last.end = undefined;
    } else {
      groups.push({ start: session.start, end: session.end, sessions: [session] });
    }
  }
  return groups;
}

/** The sessions held in `roomId` among `sessions`, in the order given. */
export function sessionsInRoom(sessions: readonly Session[], roomId: string): Session[] {
  return sessions.filter((s) => s.room === roomId);
}
