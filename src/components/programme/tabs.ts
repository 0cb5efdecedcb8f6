/**
 * The programme's day tabs: the event's days in order, then one last tab « Autres dates » for
 * sessions dated outside the event (a misdated session, as in the seed's « 29 juin 2021 »), so
 * that such a session never opens the programme nor comes before its first day. Pure; no DOM.
 */
import type { SessionsByDay } from '../../feed/days.js';
import type { EventInfo, Session } from '../../feed/model.js';

/** The tab (and `day` attribute value) of the sessions outside the event's dates. */
export const OTHER_DATES = 'other';

const cache = new WeakMap<SessionsByDay, Map<string, SessionsByDay>>();

/**
 * `days` as tabs: the days within `event.startDate`–`endDate` (every day when the event gives
 * no dates), then `OTHER_DATES` holding the rest in time order.
 */
export function tabsOf(days: SessionsByDay, event: Pick<EventInfo, 'startDate' | 'endDate'>): SessionsByDay {
  const first = event.startDate;
  const last = event.endDate ?? event.startDate;
  if (!first || !last) return days;
  const key = `${first}|${last}`;
  let byRange = cache.get(days);
  if (!byRange) cache.set(days, (byRange = new Map()));
  let tabs = byRange.get(key);
  if (tabs) return tabs;
  const inside = new Map<string, readonly Session[]>();
  const outside: Session[] = [];
  for (const [day, sessions] of days) {
    if (day >= first && day <= last) inside.set(day, sessions);
    else outside.push(...sessions);
  }
  if (outside.length) inside.set(OTHER_DATES, outside.sort((a, b) => a.start - b.start || a.index - b.index));
  byRange.set(key, (tabs = inside));
  return tabs;
}
