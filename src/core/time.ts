/**
 * Wall-clock arithmetic in a time zone, with no words: what the feed layer needs to place a
 * session on its day, and what `src/i18n/format.ts` builds its phrases on.
 */
import { TZDateMini, type TZDate } from '@date-fns/tz';

/** Epoch milliseconds (what the model holds) or a Date. */
export type Instant = number | Date;

/** `instant` as a date in `zone`. */
export function inZone(instant: Instant, zone: string): TZDate {
  return new TZDateMini(typeof instant === 'number' ? instant : instant.getTime(), zone);
}

/** `n` with at least `digits` digits (`7` → `07`). */
export function padded(n: number, digits = 2): string {
  return String(n).padStart(digits, '0');
}

/**
 * The wall-clock fields of a zoned date, which the date's own getters give in its zone (the
 * numbers `date-fns`'s `lightFormat` wrote, without its pattern parser: ~0.4 KB gzip on every
 * page). An invalid date throws, as `lightFormat` did.
 */
function checked(date: TZDate): TZDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return date;
}

/** The 'YYYY-MM-DD' key of a zoned date. */
export function localDateKey(date: TZDate): string {
  checked(date);
  return `${padded(date.getFullYear(), 4)}-${padded(date.getMonth() + 1)}-${padded(date.getDate())}`;
}

/** The 'HH:mm' wall-clock time of a zoned date. */
export function clockTime(date: TZDate): string {
  checked(date);
  return `${padded(date.getHours())}:${padded(date.getMinutes())}`;
}

/** The 'YYYY-MM-DD' calendar day of `instant` in `zone` (e.g. to group sessions by event day). */
export function toEventLocalDate(instant: Instant, zone: string): string {
  return localDateKey(inZone(instant, zone));
}

/** The 'HH:mm' wall-clock time of `instant` in `zone`. */
export function toEventLocalTime(instant: Instant, zone: string): string {
  return clockTime(inZone(instant, zone));
}

const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant of a wall-clock time in `zone` ('YYYY-MM-DDTHH:mm[:ss]', as in the `at`
 * attribute), or undefined when the string is not one. A time skipped by a DST change is
 * moved forward by the gap, as clocks do.
 */
export function eventLocalToInstant(local: string, zone: string): number | undefined {
  const m = LOCAL_DATE_TIME_RE.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new TZDateMini(y, mo - 1, d, h, mi, s, zone);
  const time = date.getTime();
  if (Number.isNaN(time) || date.getDate() !== d) return undefined;
  return time;
}
