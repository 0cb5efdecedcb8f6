/**
 * The one module that turns instants into words. Elements never format dates by hand: they call
 * these functions with an instant, a time zone and the UI language.
 *
 * Typographic choices (both languages):
 * - dates: "lundi 20 juin 2022" / "Monday 20 June 2022" (no comma after the weekday, as in
 *   British usage and as the seed page writes French dates); French says "1er" for the first.
 * - times: French "16h00" / "9h00" (the seed page's own style), English 24-hour "16:00" / "09:00".
 * - ranges: an en dash with an ordinary space before it and a NO-BREAK SPACE (U+00A0) after it,
 *   so a narrow column may break before the dash but the dash never ends a line on its own.
 * - offsets: "UTC+2", "UTC−4" with a real minus sign (U+2212), "UTC+5:30" when not whole hours,
 *   plain "UTC" at offset zero; always computed for the instant shown, so DST is right.
 */
import { TZDateMini, tzOffset, type TZDate } from '@date-fns/tz';
import { clockTime, inZone, localDateKey, padded, type Instant } from '../core/time.js';

export { eventLocalToInstant, toEventLocalDate, toEventLocalTime, type Instant } from '../core/time.js';

export type UiLanguage = 'fr' | 'en';


/** Placed between the two ends of a range, no-break on both sides so it never starts or ends a line. */
export const RANGE_SEPARATOR = '\u00a0\u2013\u00a0';

const MINUS = '\u2212';
const APOSTROPHE = '\u2019';

export interface ResolvedTimeZone {
  /** IANA name to format in. */
  readonly zone: string;
  /** The zone is the event's own (times then need no zone label). */
  readonly isEventZone: boolean;
  /** The visitor asked for their own zone (`time-zone="local"`). */
  readonly isLocal: boolean;
  /** The attribute named a zone this browser does not know; the event's zone is used instead. */
  readonly invalid: boolean;
}

const canonicalCache = new Map<string, string | null>();

/** The browser's canonical spelling of a zone name, or null when the browser does not know it. */
function canonicalZone(zone: string): string | null {
  let canonical = canonicalCache.get(zone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    canonicalCache.set(zone, canonical);
  }
  return canonical;
}

/** Whether `zone` is an IANA name (or `UTC`) this browser can format in. */
export function isValidTimeZone(zone: string): boolean {
  return zone.trim() !== '' && canonicalZone(zone.trim()) !== null;
}

/** The visitor's zone as the browser reports it, or undefined when it cannot say. */
export function localTimeZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

function sameZone(a: string, b: string): boolean {
  // Compare the browser's canonical forms so that aliases (Asia/Calcutta, Asia/Kolkata) match.
  return a === b || (canonicalZone(a) ?? a) === (canonicalZone(b) ?? b);
}

/**
 * Interprets a `time-zone` attribute: `event` or nothing → the event's zone; `local` → the
 * visitor's; an IANA name → that zone (names are case-insensitive, as for Intl); anything else →
 * the event's zone with `invalid: true` so that the caller can report it.
 */
export function resolveTimeZone(attr: string | null | undefined, eventZone: string): ResolvedTimeZone {
  const value = (attr ?? '').trim();
  const keyword = value.toLowerCase();
  if (keyword === '' || keyword === 'event') {
    return { zone: eventZone, isEventZone: true, isLocal: false, invalid: false };
  }
  if (keyword === 'local') {
    const local = localTimeZone();
    if (!local) return { zone: eventZone, isEventZone: true, isLocal: false, invalid: false };
    return { zone: local, isEventZone: sameZone(local, eventZone), isLocal: true, invalid: false };
  }
  const canonical = canonicalZone(value);
  if (canonical === null) return { zone: eventZone, isEventZone: true, isLocal: false, invalid: true };
  // Keep the author's spelling (it names the city in labels) unless it only differs in case.
  const zone = canonical.toLowerCase() === value.toLowerCase() ? canonical : value;
  return { zone, isEventZone: sameZone(zone, eventZone), isLocal: false, invalid: false };
}


/*
 * Weekday and month names, spelt as date-fns's `fr` and `en-GB` locales spell them. Formatting
 * with a locale (`format` + `locale`) would bundle three whole locale objects (the default en-US
 * one included: parsers, relative formats…), about 6 KB gzip, for these 38 words; the date's
 * own getters give the numbers (`core/time.ts`).
 */
const WEEKDAYS: Record<UiLanguage, readonly string[]> = {
  fr: 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' '),
  en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
};
const MONTHS: Record<UiLanguage, readonly string[]> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

function formatDateIn(date: TZDate, lang: UiLanguage, withYear: boolean): string {
  // French says "1er" for the first of the month.
  const day = lang === 'fr' && date.getDate() === 1 ? '1er' : date.getDate();
  const text = `${WEEKDAYS[lang][date.getDay()]} ${day} ${MONTHS[lang][date.getMonth()]}`;
  return withYear ? `${text} ${padded(date.getFullYear(), 4)}` : text;
}

function formatTimeIn(date: TZDate, lang: UiLanguage): string {
  // French writes "9h05", English "09:05".
  return lang === 'fr' ? clockTime(date).replace(/^0?(\d+):/, '$1h') : clockTime(date);
}

/** "lundi 20 juin 2022" / "Monday 20 June 2022", the date of `instant` in `zone`. */
export function formatDate(instant: Instant, zone: string, lang: UiLanguage): string {
  return formatDateIn(inZone(instant, zone), lang, true);
}

/** "16h00" / "16:00", the time of `instant` in `zone`. */
export function formatTime(instant: Instant, zone: string, lang: UiLanguage): string {
  return formatTimeIn(inZone(instant, zone), lang);
}


/**
 * "16h00 – 17h30" / "16:00 – 17:30". When the end is on another day in `zone` (a session
 * crossing midnight, or shown far from the event), the end carries its date:
 * "23h00 – mardi 21 juin, 0h30" (the year only when it changes too).
 */
export function formatTimeRange(start: Instant, end: Instant, zone: string, lang: UiLanguage): string {
  const s = inZone(start, zone);
  const e = inZone(end, zone);
  if (localDateKey(s) === localDateKey(e)) {
    return formatTimeIn(s, lang) + RANGE_SEPARATOR + formatTimeIn(e, lang);
  }
  const endDate = formatDateIn(e, lang, s.getFullYear() !== e.getFullYear());
  return `${formatTimeIn(s, lang)}${RANGE_SEPARATOR}${endDate}, ${formatTimeIn(e, lang)}`;
}

/**
 * "lundi 20 juin 2022, 16h00 – 17h30" / "Monday 20 June 2022, 16:00 – 17:30"; across days:
 * "lundi 20 juin 2022, 23h00 – mardi 21 juin 2022, 0h30".
 */
export function formatDateTimeRange(start: Instant, end: Instant, zone: string, lang: UiLanguage): string {
  const s = inZone(start, zone);
  const e = inZone(end, zone);
  if (localDateKey(s) === localDateKey(e)) {
    return `${formatDateIn(s, lang, true)}, ${formatTimeIn(s, lang)}${RANGE_SEPARATOR}${formatTimeIn(e, lang)}`;
  }
  return (
    `${formatDateIn(s, lang, true)}, ${formatTimeIn(s, lang)}` +
    `${RANGE_SEPARATOR}${formatDateIn(e, lang, true)}, ${formatTimeIn(e, lang)}`
  );
}

/** "UTC+2", "UTC−4", "UTC+5:30", "UTC": the offset of `zone` at that very instant. */
export function formatUtcOffset(zone: string, instant: Instant): string {
  const minutes = Math.round(tzOffset(zone, new Date(typeof instant === 'number' ? instant : instant.getTime())));
  if (!Number.isFinite(minutes) || minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? MINUS : '+'}${hours}${rest ? ':' + String(rest).padStart(2, '0') : ''}`;
}

/** The city of an IANA name ("America/Argentina/Buenos_Aires" → "Buenos Aires"), if it has one. */
export function zoneCity(zone: string): string | undefined {
  const parts = zone.split('/');
  if (parts.length < 2 || parts[0] === 'Etc') return undefined;
  return parts[parts.length - 1]!.replace(/_/g, ' ');
}

/**
 * How a time says which zone it is in when that is not the event's:
 * "Toronto time (UTC−4)" / "heure de Toronto (UTC−4)", or with `isLocal`
 * "your time, Toronto (UTC−4)" / "votre heure, Toronto (UTC−4)".
 * Zones without a city (UTC, Etc/GMT+5) are named by their offset alone.
 */
export function zoneLabel(
  zone: string,
  instant: Instant,
  lang: UiLanguage,
  options: { isLocal?: boolean } = {},
): string {
  const offset = formatUtcOffset(zone, instant);
  const city = zoneCity(zone);
  if (options.isLocal) {
    const yours = lang === 'fr' ? 'votre heure' : 'your time';
    return city ? `${yours}, ${city} (${offset})` : `${yours} (${offset})`;
  }
  if (!city) return offset;
  if (lang === 'fr') {
    // French elides "de" before a vowel: "heure d’Abidjan".
    const of = /^[aeiouàâäéèêëîïôöùûü]/i.test(city) ? `d${APOSTROPHE}` : 'de ';
    return `heure ${of}${city} (${offset})`;
  }
  return `${city} time (${offset})`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day ('YYYY-MM-DD', as in `event.startDate`) for day tabs: "lundi 20 juin" /
 * "Monday 20 June". A string that is not a real date is returned unchanged.
 */
export function formatDay(day: string, lang: UiLanguage): string {
  const m = DAY_RE.exec(day);
  if (!m) return day;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Noon UTC: the weekday of a calendar date does not depend on any zone.
  const date = new TZDateMini(y, mo - 1, d, 12, 0, 0, 'UTC');
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return day;
  return formatDateIn(date, lang, false);
}

/**
 * How long ago something happened, in words ("3 hours ago", « il y a 3 heures »), rounded
 * to the largest whole unit; for the age of an offline copy of the feed.
 */
export function formatAge(then: Instant, lang: UiLanguage, now: Instant = Date.now()): string {
  const seconds = Math.max(0, (Number(now) - Number(then)) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  for (const [unit, size] of units) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  // Under a minute still reads as an age ("1 minute ago"), not as "now", which an offline copy is not.
  return format.format(-1, 'minute');
}
