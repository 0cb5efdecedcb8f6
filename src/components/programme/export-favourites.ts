/** « Export my programme »: the visitor's favourites as an .ics file download. */
import { buildCalendar, calendarFileName } from '../../calendar/ics.js';
import type { Programme } from '../../feed/model.js';
import type { UiLanguage } from '../../i18n/format.js';

/** Downloads `programme`'s sessions that `isFavourite` as a calendar; `parent` hosts the link a moment. */
export function exportFavourites(programme: Programme, isFavourite: (id: string) => boolean, lang: UiLanguage, parent: Node): void {
  const sessions = programme.sessions.filter((s) => isFavourite(s.id));
  if (!sessions.length) return;
  const text = buildCalendar(programme, sessions, { lang });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(`${programme.event.id}-favourites`);
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
