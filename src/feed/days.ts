/**
 * The programme by calendar day, as visitors read it: which days have sessions, and which day a
 * programme view should open on.
 */
import type { EventInfo, Programme, Session } from './model.js';
import { toEventLocalDate } from '../core/time.js';

/** Sessions by 'YYYY-MM-DD' day of their start in `zone`, days in calendar order. */
export type SessionsByDay = ReadonlyMap<string, readonly Session[]>;

const cache = new WeakMap<Programme, Map<string, SessionsByDay>>();

/**
 * Groups the programme's sessions by the day they start on in `zone` (the event's zone or the
 * visitor's). Cached per programme and zone: a 2,000-session feed is grouped once.
 */
export function sessionsByDay(programme: Programme, zone: string): SessionsByDay {
  let byZone = cache.get(programme);
  if (!byZone) cache.set(programme, (byZone = new Map()));
  let days = byZone.get(zone);
  if (days) return days;
  // Many sessions share a start time: format each distinct instant once.
  const dayOf = new Map<number, string>();
  const grouped = new Map<string, Session[]>();
  for (const session of programme.sessions) {
    let day = dayOf.get(session.start);
    if (day === undefined) dayOf.set(session.start, (day = toEventLocalDate(session.start, zone)));
    let list = grouped.get(day);
    if (!list) grouped.set(day, (list = []));
    list.push(session);
  }
  days = new Map([...grouped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  byZone.set(zone, days);
  return days;
}

/**
 * The day a programme view opens on: `now`'s day while it has sessions, else the event's first
 * day when it has some, else the first day with sessions. (A session misdated outside the event,
 * as in the seed, must not become the opening day.)
 */
export function defaultDay(
  days: readonly string[],
  event: Pick<EventInfo, 'startDate'>,
  zone: string,
  now?: number,
): string | undefined {
  if (now !== undefined && Number.isFinite(now)) {
    const today = toEventLocalDate(now, zone);
    if (days.includes(today)) return today;
  }
  if (event.startDate) {
    const first = days.find((day) => day >= event.startDate!);
    if (first) return first;
  }
  return days[0];
}
