/**
 * The programme by calendar day, as visitors read it: which days have sessions, and which day a
 * programme view should open on.
 */
import type { EventInfo, Programme, Session } from './model.js';
import { toEventLocalDate, toEventLocalTime } from '../core/time.js';

/** Sessions by 'YYYY-MM-DD' day of their start in `zone`, days in calendar order. */
export type SessionsByDay = ReadonlyMap<string, readonly Session[]>;

const cache = new WeakMap<Programme, Map<string, SessionsByDay>>();

/**
 * The programme day (`YYYY-MM-DD`) that an instant belongs to in `zone`: its calendar date,
 * except that before the day change (`event.dayChange`, minutes after midnight) it still belongs
 * to the day before, so that a congress's 01:30 talk stays on the evening's day. Wall-clock time
 * is compared, not an instant shifted by a fixed amount, so DST nights are right too.
 */
export function programmeDayOf(instant: number, zone: string, dayChangeMinutes: number): string {
  const date = toEventLocalDate(instant, zone);
  if (dayChangeMinutes <= 0) return date;
  const time = toEventLocalTime(instant, zone);
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  if (minutes >= dayChangeMinutes) return date;
  const previous = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000);
  return previous.toISOString().slice(0, 10);
}

/**
 * Groups the programme's sessions by the programme day they start on in `zone` (the event's
 * zone or the visitor's), after `event.dayChange`. Cached per programme and zone: a
 * 2,000-session feed is grouped once.
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
    if (day === undefined) {
      dayOf.set(session.start, (day = programmeDayOf(session.start, zone, programme.event.dayChangeMinutes)));
    }
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
  event: Pick<EventInfo, 'startDate'> & Partial<Pick<EventInfo, 'dayChangeMinutes'>>,
  zone: string,
  now?: number,
): string | undefined {
  if (now !== undefined && Number.isFinite(now)) {
    const today = programmeDayOf(now, zone, event.dayChangeMinutes ?? 0);
    if (days.includes(today)) return today;
  }
  if (event.startDate) {
    const first = days.find((day) => day >= event.startDate!);
    if (first) return first;
  }
  return days[0];
}
