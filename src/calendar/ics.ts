/**
 * iCalendar (RFC 5545) for sessions of the programme: the "Add to my calendar" link of
 * `<aict-session>`, the favourites export of `<aict-programme>` and `aict-feed export --to ics`.
 *
 * Pure (no DOM, no Node API), so the browser and the CLI write the same bytes.
 *
 * Times are written in UTC (`DTSTART:20220620T140000Z`): every calendar reads them right
 * and shows them in the reader's zone, without the VTIMEZONE block that TZID would require
 * (and that calendars resolve inconsistently). The event's zone is still named in
 * `X-WR-TIMEZONE` for calendars that use it as a display hint.
 */
import type { LocalizedText, Programme, Session } from '../feed/model.js';
import { pickText } from '../i18n/text.js';
import { htmlToPlainText } from './plain-text.js';

export { calendarFileName } from './file-name.js';

export interface CalendarOptions {
  /** Language of the texts (content falls back to the feed's default language). */
  readonly lang: 'fr' | 'en';
  /** The DTSTAMP instant (epoch ms); defaults to now. */
  readonly now?: number;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, line break excluded. */
const MAX_OCTETS = 75;

const PRODUCT_ID = '-//aict-widgets//aict-widgets 1//';

/** UTC date-time in the iCalendar basic format, `YYYYMMDDTHHMMSSZ`. */
export function icsUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
 * Control characters other than tab are not allowed in content lines: they are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), continuation lines starting
 * with one space. Splits only between code points, so a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      // The leading space of a continuation line counts in its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const WORDS = {
  en: { tbc: 'Room to be confirmed', colon: ': ' },
  fr: { tbc: 'Salle à confirmer', colon: '\u00a0: ' },
} as const;

/** The calendar's lines (unfolded), one VEVENT per session. */
function calendarLines(programme: Programme, sessions: readonly Session[], options: CalendarOptions): string[] {
  const { event } = programme;
  const lang = options.lang;
  const words = Object.prototype.hasOwnProperty.call(WORDS, lang) ? WORDS[lang] : WORDS.en;
  const text = (value: LocalizedText | undefined) => pickText(value, lang, event.defaultLanguage)?.text;
  const stamp = icsUtc(options.now ?? Date.now());
  const property = (name: string, value: string) => `${name}:${value}`;
  const textProperty = (name: string, value: string) => property(name, escapeText(value));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', `${PRODUCT_ID}${lang.toUpperCase()}`),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const calendarName = text(event.title);
  if (calendarName) lines.push(textProperty('X-WR-CALNAME', calendarName));
  lines.push(textProperty('X-WR-TIMEZONE', event.timeZone));

  const venueName = text(event.venue?.name);
  const venueAddress = text(event.venue?.address);
  for (const session of sessions) {
    const title = text(session.title) ?? session.id;
    const label = text(session.label);
    const summary = label && !title.toLocaleLowerCase(lang).startsWith(label.toLocaleLowerCase(lang))
      ? `${label}${words.colon}${title}`
      : title;
    const room = session.room ? programme.rooms.get(session.room) : undefined;
    const roomName = room ? text(room.name) : undefined;
    const location = [roomName ?? (venueName || venueAddress ? words.tbc : undefined), venueName, venueAddress]
      .filter((part): part is string => Boolean(part));
    const descriptionParts = [
      text(session.summary),
      session.description && htmlToPlainText(text(session.description) ?? ''),
      session.url,
    ].filter((part): part is string => Boolean(part));

    lines.push(
      'BEGIN:VEVENT',
      textProperty('UID', `${session.id}@${event.id}.aict-widgets`),
      property('DTSTAMP', stamp),
      property('DTSTART', icsUtc(session.start)),
      property('DTEND', icsUtc(session.end)),
      textProperty('SUMMARY', summary),
    );
    if (location.length) lines.push(textProperty('LOCATION', location.join(', ')));
    if (event.venue?.geo) lines.push(property('GEO', `${event.venue.geo.lat};${event.venue.geo.lon}`));
    if (descriptionParts.length) lines.push(textProperty('DESCRIPTION', descriptionParts.join('\n\n')));
    // Only http(s) and mailto survive parsing; a URI value is not TEXT-escaped.
    if (session.url) lines.push(property('URL', session.url.replace(/[\r\n]/g, '')));
    lines.push(property('STATUS', session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'));
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines;
}

/**
 * An iCalendar document with one VEVENT per session: CRLF line endings, lines folded at
 * 75 octets, UID `<session-id>@<event-id>.aict-widgets` (stable, so re-importing updates
 * the event instead of duplicating it).
 */
export function buildCalendar(
  programme: Programme,
  sessions: readonly Session[],
  options: { lang: 'fr' | 'en'; now?: number },
): string {
  return calendarLines(programme, sessions, options).map(foldLine).join(CRLF) + CRLF;
}

