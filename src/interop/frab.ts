/**
 * frab / pretalx / C3VOC `schedule.json` ⇄ `aict-programme/1`.
 *
 * Import is lenient: real exports drift from the frab schema (upper-case acronyms, slugs with
 * dots or capitals, extra fields, ids as strings, persons without `name`), so every deviation
 * is read as well as it can be and reported once, with its path and what was done.
 * Export is strict: what `feedToFrab` writes validates against the frab schema (draft-06):
 * acronym and slugs are normalised to its patterns, guids are UUIDs, every required field is there.
 */
import type { LocalizedText, Programme, Session, SessionKind } from '../feed/model.js';
import { eventDateOf, parseDateTime } from '../feed/parse.js';
import { pickText } from '../i18n/text.js';
import { htmlToPlainText } from '../calendar/plain-text.js';
import {
  guessKind,
  InteropError,
  isDateTime,
  isHttpUrl,
  isObject,
  isoAtOffset,
  isoInZone,
  isValidTimeZone,
  languageCode,
  markdownToPlain,
  mostFrequent,
  offsetOf,
  pathIndex,
  pathKey,
  shown,
  str,
  textIn,
  textToHtml,
  WarningList,
  type FeedJson,
  type ImportResult,
  type InteropWarning,
  type Json,
} from './common.js';
import { FRAB_ACRONYM_PATTERN, FRAB_SLUG_PATTERN, frabAcronym, frabSlug, slugify, UniqueIds } from './slug.js';

// ---------------------------------------------------------------------------------------------
// The frab schema's vocabulary (schema.json, draft-06), for the deviation warnings

const KNOWN_FIELDS = {
  root: ['schedule', '$schema', 'generator'],
  conference: [
    'acronym', 'title', 'description', 'start', 'end', 'daysCount', 'timeslot_duration', 'time_zone_name',
    'logo', 'colors', 'keywords', 'url', 'tracks', 'rooms', 'meta', 'days',
  ],
  day: ['index', 'date', 'day_start', 'day_end', 'rooms'],
  event: [
    'guid', 'code', 'id', 'logo', 'date', 'start', 'end', 'duration', 'room', 'slug', 'url', 'title', 'subtitle',
    'track', 'type', 'language', 'abstract', 'description', 'recording_license', 'do_not_record', 'do_not_stream',
    'persons', 'links', 'feedback_url', 'origin_url', 'attachments',
  ],
  room: ['name', 'slug', 'type', 'guid', 'stream_id', 'description', 'capacity', 'url', 'features', 'assembly'],
} as const;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DURATION_PATTERN = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function durationMs(value: unknown): number | undefined {
  const m = typeof value === 'string' ? DURATION_PATTERN.exec(value.trim()) : null;
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}

// ---------------------------------------------------------------------------------------------
// Import

interface RawEvent {
  readonly value: Json;
  readonly path: string;
  readonly roomKey: string;
  readonly dayIndex: number;
}

/**
 * A frab / pretalx `schedule.json` (already decoded) as an `aict-programme/1` feed. Throws
 * `InteropError` only when there is no `schedule.conference` to read.
 */
export function frabToFeed(json: unknown): ImportResult {
  const warnings = new WarningList();
  const warn = (path: string, message: string, group?: string) => warnings.add(path, message, group);
  const extraFields = (value: Json, known: readonly string[], path: string, what: string) => {
    for (const key of Object.keys(value)) {
      if (known.includes(key) || (what === 'room' && key.startsWith('description_'))) continue;
      warn(
        pathKey(path, key),
        `Field "${key}" is not part of the frab format for ${what === 'event' ? 'an' : 'a'} ${what}; ignored.`,
        `extra ${what} ${key}`,
      );
    }
  };

  if (!isObject(json)) throw new InteropError('This is not a frab schedule: the file is not a JSON object.');
  const schedule = json.schedule;
  if (!isObject(schedule) || !isObject(schedule.conference)) {
    throw new InteropError('This is not a frab schedule: it has no "schedule.conference" object.');
  }
  extraFields(json, KNOWN_FIELDS.root, '', 'document');
  const conference = schedule.conference;
  const cPath = 'schedule.conference';
  extraFields(conference, KNOWN_FIELDS.conference, cPath, 'conference');
  if (str(schedule.version) === undefined) warn('schedule.version', 'The schedule has no "version"; ignored.');

  // Event ------------------------------------------------------------------------------------
  const acronym = str(conference.acronym);
  let eventId = acronym ? slugify(acronym) : '';
  if (!acronym) {
    eventId = slugify(str(conference.title) ?? '') || 'conference';
    warn(pathKey(cPath, 'acronym'), `The conference has no "acronym"; the event id "${eventId}" is made from its title.`);
  } else if (!FRAB_ACRONYM_PATTERN.test(acronym) || !eventId) {
    eventId ||= 'conference';
    warn(
      pathKey(cPath, 'acronym'),
      `The acronym "${shown(acronym)}" does not match the frab pattern (lower-case letters, digits, _); ${
        eventId === acronym ? 'kept as the event id' : `the event id is "${eventId}"`
      }.`,
    );
  }

  const rawDays = Array.isArray(conference.days) ? conference.days : [];
  if (!Array.isArray(conference.days)) warn(pathKey(cPath, 'days'), 'The conference has no "days" list; no sessions to convert.');
  const events: RawEvent[] = [];
  rawDays.forEach((day, dayIndex) => {
    const dPath = pathIndex(pathKey(cPath, 'days'), dayIndex);
    if (!isObject(day)) return warn(dPath, 'This day is not an object; skipped.');
    extraFields(day, KNOWN_FIELDS.day, dPath, 'day');
    if (!isObject(day.rooms)) return warn(pathKey(dPath, 'rooms'), 'This day has no "rooms" object; skipped.');
    for (const [roomKey, list] of Object.entries(day.rooms)) {
      const rPath = pathKey(pathKey(dPath, 'rooms'), roomKey);
      if (!Array.isArray(list)) {
        warn(rPath, `The events of room "${shown(roomKey)}" are not a list; skipped.`);
        continue;
      }
      list.forEach((value, i) => {
        if (isObject(value)) events.push({ value, path: pathIndex(rPath, i), roomKey, dayIndex });
        else warn(pathIndex(rPath, i), 'This event is not an object; skipped.');
      });
    }
  });

  // Time zone: the conference's, else guessed from the offsets the events are written with.
  const zoneName = str(conference.time_zone_name);
  let timeZone = zoneName && isValidTimeZone(zoneName) ? zoneName : undefined;
  if (!timeZone) {
    const offsets = events.map((e) => (typeof e.value.date === 'string' ? offsetOf(e.value.date) : undefined));
    const offset = mostFrequent(offsets.filter((o): o is string => o !== undefined)) ?? '+00:00';
    const hours = Number(offset.slice(1, 3));
    const whole = offset.endsWith(':00');
    // Etc/GMT zones have the POSIX sign: Etc/GMT-1 is UTC+1.
    timeZone = hours === 0 || !whole ? 'UTC' : `Etc/GMT${offset[0] === '+' ? '-' : '+'}${hours}`;
    warn(
      pathKey(cPath, 'time_zone_name'),
      zoneName
        ? `The time zone "${shown(zoneName)}" is not a known IANA zone; "${timeZone}" is used, from the offsets of the event times.`
        : `The conference has no "time_zone_name"; "${timeZone}" is used, from the offsets of the event times (${offset}).`,
    );
  }

  const defaultLanguage = mostFrequent(events.map((e) => languageCode(e.value.language)).filter((l): l is string => !!l)) ?? 'en';

  // Rooms ------------------------------------------------------------------------------------
  const roomIds = new UniqueIds();
  const roomByName = new Map<string, string>();
  const guidsUsed = new Map<string, string>();
  const rooms: Json[] = [];
  const addRoom = (name: string, raw: Json | undefined, path: string) => {
    if (roomByName.has(name)) return;
    const guid = str(raw?.guid);
    let id: string;
    if (guid && !guidsUsed.has(guid)) id = roomIds.claim(guid);
    else {
      if (guid) {
        warn(
          pathKey(path, 'guid'),
          `Room "${shown(name)}" has the same guid as room "${shown(guidsUsed.get(guid))}"; its id is made from its name.`,
        );
      }
      id = roomIds.claim(slugify(name) || 'room');
    }
    if (guid && !guidsUsed.has(guid)) guidsUsed.set(guid, name);
    roomByName.set(name, id);
    const room: Json = { id, name };
    if (typeof raw?.capacity === 'number' && raw.capacity > 0) room.capacity = raw.capacity;
    rooms.push(room);
  };
  const roomLists: [unknown, string][] = [[conference.rooms, pathKey(cPath, 'rooms')]];
  if (schedule.rooms !== undefined) {
    warn('schedule.rooms', 'The frab format has no "rooms" here (they belong in "schedule.conference.rooms"); read anyway.');
    roomLists.push([schedule.rooms, 'schedule.rooms']);
  }
  for (const [list, path] of roomLists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const rPath = pathIndex(path, i);
      const name = isObject(raw) ? str(raw.name) : undefined;
      if (!isObject(raw) || !name) return warn(rPath, 'This room has no "name"; skipped.');
      extraFields(raw, KNOWN_FIELDS.room, rPath, 'room');
      if (str(raw.slug) && !FRAB_SLUG_PATTERN.test(String(raw.slug))) {
        warn(pathKey(rPath, 'slug'), `The room slug "${shown(raw.slug)}" does not match the frab pattern; not used.`);
      }
      addRoom(name, raw, rPath);
    });
  }

  // Themes from tracks -----------------------------------------------------------------------
  const themeIds = new UniqueIds();
  const themeByName = new Map<string, string>();
  const themes: Json[] = [];
  const addTheme = (name: string, slug: string | undefined, color: unknown) => {
    if (themeByName.has(name)) return themeByName.get(name)!;
    const id = themeIds.claim(slug && FRAB_SLUG_PATTERN.test(slug) ? slug : slugify(name) || 'theme');
    themeByName.set(name, id);
    const theme: Json = { id, name };
    if (typeof color === 'string' && HEX_COLOR.test(color)) theme.color = color;
    themes.push(theme);
    return id;
  };
  if (Array.isArray(conference.tracks)) {
    conference.tracks.forEach((raw, i) => {
      const tPath = pathIndex(pathKey(cPath, 'tracks'), i);
      const name = isObject(raw) ? str(raw.name) : undefined;
      if (!isObject(raw) || !name) return warn(tPath, 'This track has no "name"; skipped.');
      const slug = str(raw.slug);
      if (slug && !FRAB_SLUG_PATTERN.test(slug)) {
        warn(pathKey(tPath, 'slug'), `The track slug "${shown(slug)}" does not match the frab pattern; the theme id is made from its name.`);
      }
      addTheme(name, slug, raw.color);
    });
  }

  // People, sessions, blocks -----------------------------------------------------------------
  const personIds = new UniqueIds();
  const personByKey = new Map<string, string>();
  const people: Json[] = [];
  const sessionIds = new UniqueIds();
  const sessions: Json[] = [];
  const dayRanges = new Map<number, { start: number; end: number }>();
  const sessionDays: number[] = [];
  const localDates: string[] = [];

  for (const { value: e, path, roomKey, dayIndex } of events) {
    extraFields(e, KNOWN_FIELDS.event, path, 'event');
    const title = str(e.title);
    if (!title) {
      warn(pathKey(path, 'title'), 'This event has no "title"; skipped.');
      continue;
    }

    // Id: the guid; else the pretalx code or the numeric id.
    const guid = str(e.guid);
    let id = guid;
    if (!guid) {
      id = str(e.code) ?? str(e.id) ?? slugify(title);
      warn(pathKey(path, 'guid'), `Event "${shown(title)}" has no "guid"; its id is "${id}".`);
    } else if (!UUID_PATTERN.test(guid)) {
      warn(pathKey(path, 'guid'), `The guid "${shown(guid)}" is not a UUID; kept as the session id.`, 'guid-format');
    }
    if (sessionIds.has(id!)) {
      const unique = sessionIds.claim(id!);
      warn(pathKey(path, 'guid'), `Event "${shown(title)}" has the same id "${id}" as an earlier one; renamed "${unique}".`);
      id = unique;
    } else sessionIds.claim(id!);
    if (e.id !== undefined && !(Number.isInteger(e.id) && (e.id as number) >= 1)) {
      warn(pathKey(path, 'id'), `The id ${JSON.stringify(e.id)} is not the positive integer frab expects; not used (the session id is the guid).`, 'event-id-type');
    }
    const slug = str(e.slug);
    if (slug && !FRAB_SLUG_PATTERN.test(slug)) {
      warn(pathKey(path, 'slug'), `The slug "${shown(slug)}" does not match the frab pattern (lower case, digits, - and _); not used.`, 'event-slug');
    }
    if (str(e.code) && !/^[A-Z0-9]+$/.test(String(e.code))) {
      warn(pathKey(path, 'code'), `The code "${shown(e.code)}" does not match the frab pattern (A–Z, 0–9); not used.`, 'event-code');
    }

    // Start and end.
    let start = typeof e.date === 'string' && isDateTime(e.date.trim()) ? e.date.trim() : undefined;
    if (!start) {
      const day = rawDays[dayIndex] as Json;
      const time = typeof e.start === 'string' && /^\d{1,2}:\d{2}$/.test(e.start.trim()) ? e.start.trim().padStart(5, '0') : undefined;
      const date = typeof day.date === 'string' && DATE_PATTERN.test(day.date) ? day.date : undefined;
      if (!time || !date) {
        warn(pathKey(path, 'date'), `Event "${shown(title)}" has no usable "date" (nor day date and "start"); skipped.`);
        continue;
      }
      start = `${date}T${time}:00`;
      warn(pathKey(path, 'date'), `Event "${shown(title)}" has no "date"; its day's date and "start" (${time}) are used, in ${timeZone}.`);
    }
    const startInstant = parseDateTime(start, timeZone);
    if (startInstant === undefined) {
      warn(pathKey(path, 'date'), `Event "${shown(title)}" has a date that does not exist: "${shown(start)}"; skipped.`);
      continue;
    }
    const offset = offsetOf(start);
    let endInstant: number | undefined;
    let end: string | undefined;
    if (typeof e.end === 'string' && isDateTime(e.end.trim())) {
      endInstant = parseDateTime(e.end.trim(), timeZone);
      end = e.end.trim();
    }
    if (endInstant === undefined || endInstant <= startInstant) {
      let duration = durationMs(e.duration);
      if (duration === undefined || duration <= 0) {
        const slot = durationMs(conference.timeslot_duration) || 5 * 60_000;
        warn(
          pathKey(path, 'duration'),
          `Event "${shown(title)}" has no positive "duration" (${shown(e.duration ?? 'none')}); it is given one time slot (${slot / 60_000} min).`,
          'duration',
        );
        duration = slot;
      }
      endInstant = startInstant + duration;
      end = offset ? isoAtOffset(endInstant, offset) : new Date(endInstant).toISOString();
    }

    // Room: by the name the event gives, else the key of the day's room list.
    const roomName = str(e.room) ?? str(roomKey);
    if (roomName && !roomByName.has(roomName)) addRoom(roomName, undefined, path);

    const lang = languageCode(e.language);
    const text = (value: string) => textIn(value, lang, defaultLanguage);
    const session: Json = { id, kind: guessKind(str(e.type)), title: text(title), start, end };
    if (roomName) session.room = roomByName.get(roomName);
    const summary = [str(e.subtitle), str(e.abstract)].filter((s): s is string => !!s).map(markdownToPlain).join('\n');
    if (summary) session.summary = text(summary);
    const description = str(e.description);
    if (description) session.description = text(textToHtml(description));
    if (lang) session.language = lang;
    const track = str(e.track);
    if (track) session.themes = [addTheme(track, undefined, undefined)];
    const url = str(e.url);
    if (url && isHttpUrl(url)) session.url = url;
    else if (url) warn(pathKey(path, 'url'), `The url "${shown(url)}" is not an absolute http(s) address; left out.`, 'event-url');

    // Persons → people, as speakers.
    const participants: Json[] = [];
    if (Array.isArray(e.persons)) {
      e.persons.forEach((p, i) => {
        const pPath = pathIndex(pathKey(path, 'persons'), i);
        if (!isObject(p)) return warn(pPath, 'This person is not an object; skipped.');
        const name = str(p.name) ?? str(p.public_name) ?? str(p.full_name);
        if (!name) return warn(pPath, 'This person has no "name" nor "public_name"; skipped.');
        const frabPerson = typeof p.public_name === 'string' && Number.isInteger(p.id);
        if (p.name === undefined && !frabPerson) {
          warn(pPath, `Person "${shown(name)}" has no "name" (and no integer "id" with "public_name"); "public_name" is used.`, 'person-name');
        }
        if (p.id !== undefined && !Number.isInteger(p.id)) {
          warn(pathKey(pPath, 'id'), `The person id ${JSON.stringify(p.id)} is not the integer frab expects; kept as text.`, 'person-id-type');
        }
        if (str(p.code) && !/^[A-Z0-9]+$/.test(String(p.code))) {
          warn(pathKey(pPath, 'code'), `The person code "${shown(p.code)}" does not match the frab pattern (A–Z, 0–9); kept as the person id.`, 'person-code');
        }
        const key = str(p.guid) ?? str(p.code) ?? (p.id !== undefined ? `id:${String(p.id)}` : `name:${name}`);
        let personId = personByKey.get(key);
        if (!personId) {
          personId = personIds.claim(str(p.code) ?? str(p.guid) ?? (p.id !== undefined ? `person-${String(p.id)}` : slugify(name) || 'person'));
          personByKey.set(key, personId);
          const person: Json = { id: personId, name };
          const personUrl = str(p.url);
          if (personUrl && isHttpUrl(personUrl)) person.url = personUrl;
          people.push(person);
        }
        if (!participants.some((x) => x.person === personId)) participants.push({ person: personId, role: 'speaker' });
      });
    }
    if (participants.length) session.participants = participants;

    sessions.push(session);
    sessionDays.push(dayIndex);
    localDates.push(eventDateOf(startInstant, timeZone));
    const range = dayRanges.get(dayIndex);
    dayRanges.set(dayIndex, {
      start: Math.min(range?.start ?? Infinity, startInstant),
      end: Math.max(range?.end ?? -Infinity, endInstant),
    });
  }

  // Days become blocks (nothing better in frab): each day's sessions run "in the same block".
  const blocks: Json[] = [];
  const blockIds = new Map<number, string>();
  [...dayRanges.keys()].sort((a, b) => a - b).forEach((dayIndex, n) => {
    const day = rawDays[dayIndex] as Json;
    const range = dayRanges.get(dayIndex)!;
    const dayStart = typeof day.day_start === 'string' ? parseDateTime(day.day_start, timeZone) : undefined;
    const dayEnd = typeof day.day_end === 'string' ? parseDateTime(day.day_end, timeZone) : undefined;
    const start = Math.min(range.start, dayStart ?? Infinity);
    const end = Math.max(range.end, dayEnd ?? -Infinity);
    const id = `day-${typeof day.date === 'string' && DATE_PATTERN.test(day.date) ? day.date : n + 1}`;
    blockIds.set(dayIndex, id);
    blocks.push({
      id,
      title: { en: `Day ${n + 1}`, fr: `Jour ${n + 1}` },
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
    });
  });
  sessions.forEach((session, i) => (session.block = blockIds.get(sessionDays[i])));

  // Event dates: the conference's, widened to the sessions' (events after midnight).
  const sortedDates = [...localDates].sort();
  let startDate = typeof conference.start === 'string' ? conference.start.slice(0, 10) : undefined;
  let endDate = typeof conference.end === 'string' ? conference.end.slice(0, 10) : undefined;
  if (startDate && !DATE_PATTERN.test(startDate)) startDate = undefined;
  if (endDate && !DATE_PATTERN.test(endDate)) endDate = undefined;
  if (sortedDates.length) {
    const first = sortedDates[0];
    const last = sortedDates[sortedDates.length - 1];
    if (startDate && first < startDate) {
      warn(pathKey(cPath, 'start'), `The conference starts on ${startDate} but a session is on ${first}; the event starts on ${first}.`);
      startDate = first;
    }
    if (endDate && last > endDate) {
      warn(pathKey(cPath, 'end'), `The conference ends on ${endDate} but a session is on ${last}; the event ends on ${last}.`);
      endDate = last;
    }
    startDate ??= first;
    endDate ??= last;
  }

  const event: Json = { id: eventId, title: str(conference.title) ?? eventId, timeZone, defaultLanguage };
  if (startDate) event.startDate = startDate;
  if (endDate) event.endDate = endDate;
  const url = str(conference.url);
  if (url && isHttpUrl(url)) event.url = url;

  const feed: FeedJson = {
    format: 'aict-programme/1',
    event,
    rooms,
    people,
    themes,
    blocks,
    sessions,
  };
  return { feed, warnings: warnings.list() };
}

// ---------------------------------------------------------------------------------------------
// Export

/** A deterministic UUID (RFC 9562 version 8, "custom") from a text: same text, same guid. */
export function stableUuid(text: string): string {
  // Four FNV-1a-style 32-bit hashes with different seeds make 128 bits.
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    return (h ^ (h >>> 13)) >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A positive 31-bit integer from a text (frab's deprecated numeric ids). */
function stableInteger(text: string): number {
  return (parseInt(stableUuid(text).replace(/-/g, '').slice(0, 8), 16) % 2_000_000_000) + 1;
}

const FRAB_TYPES: Record<SessionKind, string> = {
  plenary: 'plenary',
  conference: 'talk',
  workshop: 'workshop',
  roundtable: 'discussion',
  keynote: 'keynote',
  'country-group': 'meeting',
  'side-event': 'other',
  break: 'break',
  social: 'other',
  other: 'other',
};

/** frab's `time_zone_name` pattern, as the schema writes it (an unanchored alternative). */
const FRAB_ZONE_PATTERN = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

function hhmm(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface FrabExportOptions {
  readonly lang: 'fr' | 'en';
  /** Value of `generator.version`. */
  readonly version?: string;
}

export interface FrabExportResult {
  readonly schedule: Json;
  readonly warnings: readonly InteropWarning[];
}

/**
 * A parsed programme as a frab `schedule.json` that validates against the frab schema.
 * Texts are picked in `lang` (falling back to the feed's default language).
 */
export function feedToFrab(programme: Programme, options: FrabExportOptions): FrabExportResult {
  const warnings = new WarningList();
  const { event } = programme;
  const zone = event.timeZone;
  const text = (value: LocalizedText | undefined) => pickText(value, options.lang, event.defaultLanguage)?.text;

  const acronym = FRAB_ACRONYM_PATTERN.test(event.id) ? event.id : frabAcronym(event.id);
  if (acronym !== event.id) {
    warnings.add('event.id', `The event id "${event.id}" is written as the frab acronym "${acronym}" (frab's pattern allows no capitals, dots or hyphens).`);
  }

  const offsetAt = (instant: number) => offsetOf(isoInZone(instant, zone)) ?? '+00:00';
  const at = (instant: number) => isoAtOffset(instant, offsetAt(instant));

  // Tracks from themes.
  const trackSlugs = new UniqueIds();
  const tracks = [...programme.themes.values()].map((theme, i) => {
    const slug = trackSlugs.claim(frabSlug(theme.id, 'track'));
    if (slug !== theme.id) {
      warnings.add(`themes[${i}].id`, `The theme id "${theme.id}" is written as the frab slug "${slug}".`, 'theme-slug');
    }
    const track: Json = { name: text(theme.name) ?? theme.id, slug };
    if (theme.color) track.color = theme.color;
    return track;
  });
  const trackName = (session: Session) => {
    const theme = session.themes.length ? programme.themes.get(session.themes[0]) : undefined;
    return theme ? (text(theme.name) ?? theme.id) : null;
  };

  // Rooms: names must be unique, they are the keys of each day's events.
  const roomNames = new Map<string, string>();
  const usedNames = new Set<string>();
  const rooms: Json[] = [];
  const roomSlugs = new UniqueIds();
  for (const room of programme.rooms.values()) {
    let name = text(room.name) ?? room.id;
    if (usedNames.has(name)) name = `${name} (${room.id})`;
    usedNames.add(name);
    roomNames.set(room.id, name);
    const entry: Json = {
      name,
      guid: UUID_PATTERN.test(room.id) ? room.id.toLowerCase() : stableUuid(`room:${event.id}:${room.id}`),
      slug: roomSlugs.claim(frabSlug(room.id, 'room')),
    };
    if (room.capacity !== undefined) entry.capacity = room.capacity;
    rooms.push(entry);
  }
  const noRoom = options.lang === 'fr' ? 'Salle à confirmer' : 'Room to be confirmed';

  // Days: one per event-local date that has a session, in order.
  const days = new Map<string, { sessions: Session[]; start: number; end: number }>();
  const slugs = new UniqueIds();
  const ids = new Set<number>();
  for (const session of programme.sessions) {
    if (session.status === 'cancelled') {
      warnings.add(`sessions[${session.index}]`, `Session "${session.id}" is cancelled and frab has no such status; left out.`);
      continue;
    }
    const date = eventDateOf(session.start, zone);
    const day = days.get(date) ?? { sessions: [], start: session.start, end: session.end };
    day.sessions.push(session);
    day.start = Math.min(day.start, session.start);
    day.end = Math.max(day.end, session.end);
    days.set(date, day);
  }
  const dayList = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const frabDays = dayList.map(([date, day], index) => {
    const byRoom: Record<string, Json[]> = {};
    for (const session of day.sessions) {
      const roomName = (session.room && roomNames.get(session.room)) || noRoom;
      const guid = UUID_PATTERN.test(session.id) ? session.id.toLowerCase() : stableUuid(`session:${event.id}:${session.id}`);
      let id = stableInteger(guid);
      while (ids.has(id)) id = (id % 2_000_000_000) + 1;
      ids.add(id);
      const slug = slugs.claim(frabSlug(session.id, 'session'));
      const start = at(session.start);
      const description = text(session.description);
      const participants = session.participants
        .map((p) => programme.people.get(p.person))
        .filter((p) => p !== undefined);
      const url = session.url ?? (event.url ? `${event.url}#${encodeURIComponent(session.id)}` : undefined);
      if (!session.url) {
        warnings.add(
          `sessions[${session.index}].url`,
          event.url
            ? `Session "${session.id}" has no url; the event's address with #${session.id} is written (frab requires one).`
            : `Session "${session.id}" has no url and the event has none; a urn: identifier is written (frab requires one).`,
          'no-url',
        );
      }
      (byRoom[roomName] ??= []).push({
        guid,
        id,
        date: start,
        start: start.slice(11, 16),
        end: at(session.end),
        duration: hhmm(session.end - session.start),
        room: roomName,
        slug,
        url: url ?? `urn:aict-widgets:${encodeURIComponent(event.id)}:${encodeURIComponent(session.id)}`,
        title: [text(session.label), text(session.title)].filter(Boolean).join(' – ') || session.id,
        subtitle: '',
        track: trackName(session),
        type: FRAB_TYPES[session.kind],
        language: session.language ?? event.defaultLanguage,
        abstract: text(session.summary) ?? null,
        description: description ? htmlToPlainText(description) : null,
        persons: participants.map((person) => ({
          guid: UUID_PATTERN.test(person.id) ? person.id.toLowerCase() : stableUuid(`person:${event.id}:${person.id}`),
          name: person.name,
        })),
        links: [],
      });
    }
    return {
      index: index + 1,
      date,
      day_start: at(day.start),
      day_end: at(day.end),
      rooms: byRoom,
    };
  });

  const first = dayList[0]?.[0];
  const last = dayList[dayList.length - 1]?.[0];
  const startDate = [event.startDate, first].filter((d): d is string => !!d).sort()[0] ?? eventDateOf(Date.now(), zone);
  const endDate = [event.endDate, last].filter((d): d is string => !!d).sort().pop() ?? startDate;

  const conference: Json = {
    acronym,
    title: text(event.title) ?? event.id,
    start: startDate,
    end: endDate,
    daysCount: Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1,
    timeslot_duration: '00:05',
  };
  if (FRAB_ZONE_PATTERN.test(zone)) conference.time_zone_name = zone;
  else warnings.add('event.timeZone', `The time zone "${zone}" does not fit frab's "time_zone_name" pattern; left out (every time carries its offset).`);
  if (event.url) conference.url = event.url;
  conference.tracks = tracks;
  conference.rooms = rooms;
  conference.days = frabDays;

  const schedule: Json = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'aict-widgets', version: options.version ?? '1' },
    schedule: { version: '1.0', conference },
  };
  return { schedule, warnings: warnings.list() };
}
