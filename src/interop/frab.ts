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
import { programmeDayOf } from '../feed/days.js';
import { eventDateOf, parseDateTime } from '../feed/parse.js';
import { toEventLocalTime } from '../core/time.js';
import { pickText } from '../i18n/text.js';
import { htmlToPlainText } from '../calendar/plain-text.js';
import {
  decodeEntities,
  guessKind,
  hasEntities,
  hasTags,
  InteropError,
  languagesOf,
  q,
  say,
  type LocalizedImport,
  type Losses,
  type Say,
  isDateTime,
  isHttpUrl,
  isObject,
  isoAtOffset,
  isoInZone,
  isValidTimeZone,
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
    'logo', 'colors', 'keywords', 'url', 'tracks', 'rooms', 'meta', 'days', 'day_change',
  ],
  // schedule v2 (C3VOC hub): events and persons beside the conference, days without rooms.
  conferenceV2: [
    'acronym', 'title', 'description', 'start', 'end', 'daysCount', 'timeslot_duration', 'time_zone_name',
    'logo', 'colors', 'keywords', 'url', 'tracks', 'rooms', 'meta', 'days', 'languages', 'day_change',
  ],
  day: ['index', 'date', 'day_start', 'day_end', 'rooms'],
  event: [
    'guid', 'code', 'id', 'logo', 'date', 'start', 'end', 'duration', 'room', 'slug', 'url', 'title', 'subtitle',
    'track', 'type', 'language', 'abstract', 'description', 'recording_license', 'do_not_record', 'do_not_stream',
    'persons', 'links', 'feedback_url', 'origin_url', 'attachments',
  ],
  eventV2: [
    'guid', 'code', 'id', 'logo', 'date', 'start', 'end', 'duration', 'room', 'slug', 'url', 'title', 'subtitle',
    'track', 'type', 'language', 'abstract', 'description', 'recording_license', 'do_not_record', 'do_not_stream',
    'persons', 'participants', 'links', 'feedback', 'feedback_url', 'origin_url', 'attachments',
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

/** An event of the schedule, wherever its generation keeps it. */
interface RawEvent {
  readonly value: Json;
  readonly path: string;
  /** The room name: the event's `room` (a name or a v2 room object), else its list's key. */
  readonly roomName: string | undefined;
  readonly roomRaw: Json | undefined;
  /** Index into the conference's `days` (v1: the day that lists it; v2: found from its time). */
  dayIndex: number | undefined;
}

export interface FrabImportOptions {
  /** IANA zone for times written without an offset (old frab, pentabarf XML), or to override the conference's. */
  readonly timeZone?: string;
}

const TIME_PATTERN = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;

/** `"04:00"`, `"09:00:00"`, `"4:00"` → minutes after midnight. */
function minutesOf(value: unknown): number | undefined {
  const m = typeof value === 'string' ? TIME_PATTERN.exec(value.trim()) : null;
  if (!m || Number(m[1]) > 23) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** frab v2 participant roles → the feed's. */
const ROLE_OF: Readonly<Record<string, string>> = {
  speaker: 'speaker',
  moderator: 'moderator',
  host: 'chair',
  chair: 'chair',
  discussant: 'discussant',
};

/**
 * A frab / pretalx / C3VOC schedule (already decoded) as an `aict-programme/1` feed. Every
 * generation: `schedule.json` v1 (`conference.days[].rooms`), v2 (`schedule.events`,
 * `participants`, room objects), old frab 0.8 (no `date`, `full_public_name`, HTML entities),
 * and pentabarf XML once read by `xmlToFrab`. Throws `InteropError` when there is nothing to
 * read, or when the schedule says nothing of its time zone and none is given.
 */
export function frabToFeed(json: unknown, options: FrabImportOptions = {}): LocalizedImport {
  const warnings = new WarningList();
  const warn = (path: string, message: Say, group?: string) => warnings.add(path, message, group);
  const extraFields = (value: Json, known: readonly string[], path: string, what: keyof typeof WHAT) => {
    for (const key of Object.keys(value)) {
      if (known.includes(key) || (what === 'room' && key.startsWith('description_'))) continue;
      warn(
        pathKey(path, key),
        say(
          `Field "${key}" is not part of the frab format for ${WHAT[what].en}; ignored.`,
          `Le champ ${q(key)} ne fait pas partie du format frab pour ${WHAT[what].fr}\u00a0; ignoré.`,
        ),
        `extra ${what} ${key}`,
      );
    }
  };

  if (!isObject(json)) {
    throw new InteropError(say('This is not a frab schedule: the file is not a JSON object.', 'Ce n’est pas un programme frab\u00a0: le fichier n’est pas un objet JSON.'));
  }
  const schedule = json.schedule;
  if (!isObject(schedule) || !isObject(schedule.conference)) {
    throw new InteropError(
      say(
        'This is not a frab schedule: it has no "schedule.conference" object.',
        'Ce n’est pas un programme frab\u00a0: il n’a pas d’objet «\u00a0schedule.conference\u00a0».',
      ),
    );
  }
  const v2 = Array.isArray(schedule.events);
  extraFields(json, KNOWN_FIELDS.root, '', 'document');
  const conference = schedule.conference;
  const cPath = 'schedule.conference';
  extraFields(conference, v2 ? KNOWN_FIELDS.conferenceV2 : KNOWN_FIELDS.conference, cPath, 'conference');
  if (str(schedule.version) === undefined) {
    warn('schedule.version', say('The schedule has no "version"; ignored.', 'Le programme n’a pas de «\u00a0version\u00a0»\u00a0; ignoré.'));
  }

  // Event id -------------------------------------------------------------------------------------
  const acronym = str(conference.acronym);
  let eventId = acronym ? slugify(acronym) : '';
  if (!acronym) {
    eventId = slugify(str(conference.title) ?? '') || 'conference';
    warn(
      pathKey(cPath, 'acronym'),
      say(
        `The conference has no "acronym"; the event id "${eventId}" is made from its title.`,
        `La conférence n’a pas d’«\u00a0acronym\u00a0»\u00a0; l’identifiant ${q(eventId)} est tiré de son titre.`,
      ),
    );
  } else if (!FRAB_ACRONYM_PATTERN.test(acronym) || !eventId) {
    eventId ||= 'conference';
    const kept = eventId === acronym;
    warn(
      pathKey(cPath, 'acronym'),
      say(
        `The acronym "${shown(acronym)}" does not match the frab pattern (lower-case letters, digits, _); ${
          kept ? 'kept as the event id' : `the event id is "${eventId}"`
        }.`,
        `L’acronyme ${q(shown(acronym))} ne suit pas le modèle frab (minuscules, chiffres, _)\u00a0; ${
          kept ? 'il est gardé comme identifiant' : `l’identifiant est ${q(eventId)}`
        }.`,
      ),
    );
  }

  // Events, from either generation -----------------------------------------------------------------
  const rawDays = Array.isArray(conference.days) ? conference.days : [];
  const days: (Json | undefined)[] = rawDays.map((d) => (isObject(d) ? d : undefined));
  const events: RawEvent[] = [];
  const notAnEvent = (path: string) => {
    warn(path, say('This event is not an object; skipped.', 'Cet événement n’est pas un objet\u00a0; ignoré.'));
    warnings.lostSession();
  };
  if (v2) {
    (schedule.events as unknown[]).forEach((value, i) => {
      const path = pathIndex('schedule.events', i);
      if (!isObject(value)) return notAnEvent(path);
      const room = isObject(value.room) ? value.room : undefined;
      events.push({ value, path, roomName: room ? str(room.name) : str(value.room), roomRaw: room, dayIndex: undefined });
    });
  } else {
    if (!Array.isArray(conference.days)) {
      warn(pathKey(cPath, 'days'), say('The conference has no "days" list; no sessions to convert.', 'La conférence n’a pas de liste «\u00a0days\u00a0»\u00a0: aucune session à convertir.'));
    }
    rawDays.forEach((day, dayIndex) => {
      const dPath = pathIndex(pathKey(cPath, 'days'), dayIndex);
      if (!isObject(day)) return warn(dPath, say('This day is not an object; skipped.', 'Ce jour n’est pas un objet\u00a0; ignoré.'));
      extraFields(day, KNOWN_FIELDS.day, dPath, 'day');
      if (!isObject(day.rooms)) {
        return warn(pathKey(dPath, 'rooms'), say('This day has no "rooms" object; skipped.', 'Ce jour n’a pas d’objet «\u00a0rooms\u00a0»\u00a0; ignoré.'));
      }
      for (const [roomKey, list] of Object.entries(day.rooms)) {
        const rPath = pathKey(pathKey(dPath, 'rooms'), roomKey);
        if (!Array.isArray(list)) {
          warn(rPath, say(`The events of room "${shown(roomKey)}" are not a list; skipped.`, `Les événements de la salle ${q(shown(roomKey))} ne sont pas une liste\u00a0; ignorés.`));
          continue;
        }
        list.forEach((value, i) => {
          const path = pathIndex(rPath, i);
          if (!isObject(value)) return notAnEvent(path);
          const room = isObject(value.room) ? value.room : undefined;
          events.push({ value, path, roomName: (room ? str(room.name) : str(value.room)) ?? str(roomKey), roomRaw: room, dayIndex });
        });
      }
    });
  }

  // Time zone: the option, else the conference's, else guessed from the offsets the times carry.
  const zoneName = str(conference.time_zone_name);
  const optionZone = options.timeZone;
  if (optionZone !== undefined && !isValidTimeZone(optionZone)) {
    throw new InteropError(say(`"${shown(optionZone)}" is not a known IANA time zone (such as Europe/Paris).`, `${q(shown(optionZone))} n’est pas un fuseau horaire IANA connu (comme Europe/Paris).`));
  }
  let timeZone = optionZone ?? (zoneName && isValidTimeZone(zoneName) ? zoneName : undefined);
  if (optionZone && zoneName && optionZone !== zoneName) {
    warn(
      pathKey(cPath, 'time_zone_name'),
      say(
        `The conference says "${shown(zoneName)}"; --time-zone ${optionZone} is used instead.`,
        `La conférence indique ${q(shown(zoneName))}\u00a0; --time-zone ${optionZone} est utilisé à la place.`,
      ),
    );
  }
  if (!timeZone) {
    const offsets: string[] = [];
    for (const e of events) {
      for (const value of [e.value.date, e.value.start]) {
        const offset = typeof value === 'string' ? offsetOf(value.trim()) : undefined;
        if (offset) offsets.push(offset);
      }
    }
    for (const day of days) for (const value of [day?.day_start, day?.start]) {
      const offset = typeof value === 'string' ? offsetOf(value.trim()) : undefined;
      if (offset) offsets.push(offset);
    }
    const offset = mostFrequent(offsets);
    if (offset === undefined && events.length > 0) {
      throw new InteropError(
        say(
          'The schedule says nothing of its time zone (no "time_zone_name", no offset in its times): give it with --time-zone, e.g. --time-zone Europe/Berlin.',
          'Le programme ne dit rien de son fuseau horaire (ni «\u00a0time_zone_name\u00a0», ni décalage dans ses heures)\u00a0: indiquez-le avec --time-zone, par exemple --time-zone Europe/Paris.',
        ),
      );
    }
    const o = offset ?? '+00:00';
    const hours = Number(o.slice(1, 3));
    // Etc/GMT zones have the POSIX sign: Etc/GMT-1 is UTC+1.
    timeZone = hours === 0 || !o.endsWith(':00') ? 'UTC' : `Etc/GMT${o[0] === '+' ? '-' : '+'}${hours}`;
    warn(
      pathKey(cPath, 'time_zone_name'),
      zoneName
        ? say(
            `The time zone "${shown(zoneName)}" is not a known IANA zone; "${timeZone}" is used, from the offsets of the event times (give --time-zone to choose).`,
            `Le fuseau ${q(shown(zoneName))} n’est pas un fuseau IANA connu\u00a0; ${q(timeZone)} est utilisé, d’après les décalages des heures (--time-zone pour choisir).`,
          )
        : say(
            `The conference has no "time_zone_name"; "${timeZone}" is used, from the offsets of the event times (${o}; give --time-zone to choose).`,
            `La conférence n’a pas de «\u00a0time_zone_name\u00a0»\u00a0; ${q(timeZone)} est utilisé, d’après les décalages des heures (${o}\u00a0; --time-zone pour choisir).`,
          ),
    );
  }
  const zone = timeZone;

  // Day change: the conference's `day_change` (old frab, XML), else the time its days start at.
  let dayChange = minutesOf(conference.day_change);
  if (dayChange === undefined) {
    const starts: string[] = [];
    days.forEach((day, i) => {
      const value = day?.day_start ?? day?.start;
      // The first day often starts with the conference (09:30): the others say when days turn.
      if (i === 0 && days.length > 1) return;
      const instant = typeof value === 'string' && isDateTime(value.trim()) ? parseDateTime(value.trim(), zone) : undefined;
      if (instant !== undefined) starts.push(toEventLocalTime(instant, zone));
    });
    const usual = mostFrequent(starts);
    const minutes = usual === undefined ? undefined : minutesOf(usual);
    // A day that "starts" at 09:00 only says when its first talk is: only a night hour is a day change.
    if (minutes !== undefined && minutes > 0 && minutes <= 8 * 60) dayChange = minutes;
  }

  const languageCounts: string[] = [];
  for (const e of events) {
    const first = languagesOf(e.value.language).codes[0];
    if (first) languageCounts.push(first);
  }
  const defaultLanguage = mostFrequent(languageCounts) ?? 'en';

  // Rooms ------------------------------------------------------------------------------------------
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
          say(
            `Room "${shown(name)}" has the same guid as room "${shown(guidsUsed.get(guid))}"; its id is made from its name.`,
            `La salle ${q(shown(name))} a le même guid que la salle ${q(shown(guidsUsed.get(guid)))}\u00a0; son identifiant est tiré de son nom.`,
          ),
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
    warn(
      'schedule.rooms',
      say(
        'The frab format has no "rooms" here (they belong in "schedule.conference.rooms"); read anyway.',
        'Le format frab n’a pas de «\u00a0rooms\u00a0» ici (leur place est «\u00a0schedule.conference.rooms\u00a0»)\u00a0; lues quand même.',
      ),
    );
    roomLists.push([schedule.rooms, 'schedule.rooms']);
  }
  for (const [list, path] of roomLists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const rPath = pathIndex(path, i);
      const name = isObject(raw) ? str(raw.name) : undefined;
      if (!isObject(raw) || !name) return warn(rPath, say('This room has no "name"; skipped.', 'Cette salle n’a pas de «\u00a0name\u00a0»\u00a0; ignorée.'));
      extraFields(raw, KNOWN_FIELDS.room, rPath, 'room');
      if (str(raw.slug) && !FRAB_SLUG_PATTERN.test(String(raw.slug))) {
        warn(pathKey(rPath, 'slug'), say(`The room slug "${shown(raw.slug)}" does not match the frab pattern; not used.`, `Le slug de salle ${q(shown(raw.slug))} ne suit pas le modèle frab\u00a0; non utilisé.`));
      }
      addRoom(name, raw, rPath);
    });
  }

  // Themes from tracks -------------------------------------------------------------------------------
  const themeIds = new UniqueIds();
  const themeByName = new Map<string, string>();
  const trackNameBySlug = new Map<string, string>();
  const themes: Json[] = [];
  const addTheme = (name: string, slug: string | undefined, color: unknown) => {
    const known = themeByName.get(name);
    if (known) return known;
    const id = themeIds.claim(slug && FRAB_SLUG_PATTERN.test(slug) ? slug : slugify(name) || 'theme');
    themeByName.set(name, id);
    const theme: Json = { id, name };
    const hex = typeof color === 'string' ? color : isObject(color) ? color.light : undefined;
    if (typeof hex === 'string' && HEX_COLOR.test(hex)) theme.color = hex;
    themes.push(theme);
    return id;
  };
  if (Array.isArray(conference.tracks)) {
    conference.tracks.forEach((raw, i) => {
      const tPath = pathIndex(pathKey(cPath, 'tracks'), i);
      const name = isObject(raw) ? str(raw.name) : undefined;
      if (!isObject(raw) || !name) return warn(tPath, say('This track has no "name"; skipped.', 'Cette piste n’a pas de «\u00a0name\u00a0»\u00a0; ignorée.'));
      const slug = str(raw.slug);
      if (slug && !FRAB_SLUG_PATTERN.test(slug)) {
        warn(
          pathKey(tPath, 'slug'),
          say(
            `The track slug "${shown(slug)}" does not match the frab pattern; the theme id is made from its name.`,
            `Le slug de piste ${q(shown(slug))} ne suit pas le modèle frab\u00a0; l’identifiant du thème est tiré de son nom.`,
          ),
        );
      }
      if (slug) trackNameBySlug.set(slug, name);
      addTheme(name, slug, raw.colors ?? raw.color);
    });
  }

  // v2 keeps people's details apart from the events.
  const personDetails = new Map<string, Json>();
  if (v2 && Array.isArray(schedule.persons)) {
    for (const p of schedule.persons) if (isObject(p) && str(p.guid)) personDetails.set(str(p.guid)!, p);
  }

  // HTML entities (old frab, pentabarf): decoded once, reported once.
  const plain = (value: unknown, path: string): string | undefined => {
    const text = str(value);
    if (text === undefined || !text.includes('&') || !hasEntities(text)) return text;
    warn(path, say('HTML character references such as "&amp;" are decoded.', 'Les références de caractères HTML comme «\u00a0&amp;\u00a0» sont décodées.'), 'entities');
    return decodeEntities(text).trim() || undefined;
  };

  // People, sessions, blocks -------------------------------------------------------------------------
  const personIds = new UniqueIds();
  /** Identity of a person in the file (guid, code or id) → the people who carry it, by name. */
  const personByKey = new Map<string, Map<string, string>>();
  const people: Json[] = [];
  const sessionIds = new UniqueIds();
  const sessions: Json[] = [];
  const sessionDays: (number | undefined)[] = [];
  const programmeDays: string[] = [];
  const dayRanges = new Map<number, { start: number; end: number }>();
  const slot = durationMs(conference.timeslot_duration) || 5 * 60_000;

  /** Each day's own date and the instants it covers (v2 days, old frab's day_start/day_end). */
  const dayInfo = days.map((day) => {
    const date = typeof day?.date === 'string' && DATE_PATTERN.test(day.date) ? day.date : undefined;
    const at = (value: unknown) => (typeof value === 'string' && isDateTime(value.trim()) ? parseDateTime(value.trim(), zone) : undefined);
    return { date, start: at(day?.day_start ?? day?.start), end: at(day?.day_end ?? day?.end) };
  });

  const minutes = new Map<number, number>();
  for (const raw of events) {
    const { value: e, path } = raw;
    extraFields(e, v2 ? KNOWN_FIELDS.eventV2 : KNOWN_FIELDS.event, path, 'event');
    const title = plain(e.title, pathKey(path, 'title'));
    if (!title) {
      warn(pathKey(path, 'title'), say('This event has no "title"; skipped.', 'Cet événement n’a pas de «\u00a0title\u00a0»\u00a0; ignoré.'));
      warnings.lostSession();
      continue;
    }

    // Id: the guid; else the pretalx code or the numeric id.
    const guid = str(e.guid);
    let id = guid;
    if (!guid) {
      // A wiki session merged into a congress schedule has `id: 0`: its title says more.
      const numeric = (Number.isInteger(e.id) && (e.id as number) > 0) || (typeof e.id === 'string' && /^[1-9]\d*$/.test(e.id));
      id = str(e.code) ?? (numeric ? str(e.id) : undefined) ?? (slugify(title) || 'session');
      warn(pathKey(path, 'guid'), say(`Event "${shown(title)}" has no "guid"; its id is "${id}".`, `L’événement ${q(shown(title))} n’a pas de «\u00a0guid\u00a0»\u00a0; son identifiant est ${q(id)}.`), 'no-guid');
    } else if (!UUID_PATTERN.test(guid)) {
      warn(pathKey(path, 'guid'), say(`The guid "${shown(guid)}" is not a UUID; kept as the session id.`, `Le guid ${q(shown(guid))} n’est pas un UUID\u00a0; gardé comme identifiant.`), 'guid-format');
    }
    if (sessionIds.has(id!)) {
      const unique = sessionIds.claim(id!);
      warn(
        pathKey(path, 'guid'),
        say(`Event "${shown(title)}" has the same id "${id}" as an earlier one; renamed "${unique}".`, `L’événement ${q(shown(title))} a le même identifiant ${q(id!)} qu’un précédent\u00a0; renommé ${q(unique)}.`),
        'duplicate-id',
      );
      id = unique;
    } else sessionIds.claim(id!);
    if (e.id !== undefined && !(Number.isInteger(e.id) && (e.id as number) >= 1)) {
      warn(
        pathKey(path, 'id'),
        say(
          `The id ${JSON.stringify(e.id)} is not the positive integer frab expects; not used (the session id is the guid).`,
          `L’id ${JSON.stringify(e.id)} n’est pas l’entier positif attendu par frab\u00a0; non utilisé (l’identifiant est le guid).`,
        ),
        'event-id-type',
      );
    }
    const slug = str(e.slug);
    if (slug && !FRAB_SLUG_PATTERN.test(slug)) {
      warn(
        pathKey(path, 'slug'),
        say(
          `The slug "${shown(slug)}" does not match the frab pattern (lower case, digits, - and _); not used.`,
          `Le slug ${q(shown(slug))} ne suit pas le modèle frab (minuscules, chiffres, - et _)\u00a0; non utilisé.`,
        ),
        'event-slug',
      );
    }
    if (str(e.code) && !/^[A-Z0-9]+$/.test(String(e.code))) {
      warn(pathKey(path, 'code'), say(`The code "${shown(e.code)}" does not match the frab pattern (A–Z, 0–9); not used.`, `Le code ${q(shown(e.code))} ne suit pas le modèle frab (A–Z, 0–9)\u00a0; non utilisé.`), 'event-code');
    }

    // Start: `date` (v1) or a full `start` (v2); else (old frab) the day's date and `start` time.
    const fullStart = [e.date, e.start].find((v): v is string => typeof v === 'string' && isDateTime(v.trim()));
    let start = fullStart?.trim();
    if (!start) {
      const time = typeof e.start === 'string' ? minutesOf(e.start) : undefined;
      const info = raw.dayIndex === undefined ? undefined : dayInfo[raw.dayIndex];
      if (time === undefined || !info?.date) {
        warn(pathKey(path, 'date'), say(`Event "${shown(title)}" has no usable "date" (nor day date and "start"); skipped.`, `L’événement ${q(shown(title))} n’a ni «\u00a0date\u00a0» utilisable, ni date de jour et «\u00a0start\u00a0»\u00a0; ignoré.`));
        warnings.lostSession();
        continue;
      }
      // A talk at 01:00 listed under a day belongs to the night after it: before the day change,
      // or before the time the day starts.
      const dayStartTime = info.start !== undefined ? minutesOf(toEventLocalTime(info.start, zone)) : undefined;
      const turn = dayChange ?? dayStartTime;
      const date = turn !== undefined && time < turn ? nextDate(info.date) : info.date;
      start = `${date}T${hhmmOf(time)}:00`;
      warn(
        pathKey(path, 'date'),
        say(
          `Events have no "date"; their day's date and "start" are used, in ${zone}${turn ? `, after midnight until ${hhmmOf(turn)} on the next date` : ''}.`,
          `Les événements n’ont pas de «\u00a0date\u00a0»\u00a0; la date de leur jour et «\u00a0start\u00a0» sont utilisées, en ${zone}${turn ? `, après minuit jusqu’à ${hhmmOf(turn)} le lendemain` : ''}.`,
        ),
        'no-date',
      );
    }
    const startInstant = parseDateTime(start, zone, minutes);
    if (startInstant === undefined) {
      warn(pathKey(path, 'date'), say(`Event "${shown(title)}" has a date that does not exist: "${shown(start)}"; skipped.`, `L’événement ${q(shown(title))} a une date qui n’existe pas\u00a0: ${q(shown(start))}\u00a0; ignoré.`));
      warnings.lostSession();
      continue;
    }
    // Times written without an offset get the zone's (the feed would read them the same way).
    if (!offsetOf(start)) start = isoInZone(startInstant, zone);
    const offset = offsetOf(start);
    let endInstant: number | undefined;
    let end: string | undefined;
    if (typeof e.end === 'string' && isDateTime(e.end.trim())) {
      endInstant = parseDateTime(e.end.trim(), zone);
      end = e.end.trim();
    }
    if (endInstant === undefined || endInstant <= startInstant) {
      let duration = durationMs(e.duration);
      if (duration === undefined || duration <= 0) {
        warn(
          pathKey(path, 'duration'),
          say(
            `Event "${shown(title)}" has no positive "duration" (${shown(e.duration ?? 'none')}); it is given one time slot (${slot / 60_000} min).`,
            `L’événement ${q(shown(title))} n’a pas de «\u00a0duration\u00a0» positive (${shown(e.duration ?? 'aucune')})\u00a0; il reçoit un créneau (${slot / 60_000}\u00a0min).`,
          ),
          'duration',
        );
        duration = slot;
      }
      endInstant = startInstant + duration;
      end = offset ? isoAtOffset(endInstant, offset) : isoInZone(endInstant, zone);
    }

    // v2: the day whose range holds the event.
    if (raw.dayIndex === undefined) {
      const found = dayInfo.findIndex((d) => d.start !== undefined && d.end !== undefined && startInstant >= d.start && startInstant < d.end);
      if (found >= 0) raw.dayIndex = found;
    }

    // Room: by the name the event gives, else the key of the day's room list.
    const roomName = raw.roomName;
    if (roomName && !roomByName.has(roomName)) addRoom(roomName, raw.roomRaw, path);

    const { codes: languages, unknown: notLanguages } = languagesOf(e.language);
    if (notLanguages.length) {
      warn(
        pathKey(path, 'language'),
        say(`The language "${shown(notLanguages.join(', '))}" is not a language code; left out.`, `La langue ${q(shown(notLanguages.join(', ')))} n’est pas un code de langue\u00a0; omise.`),
        'language',
      );
    }
    const lang = languages[0];
    const text = (value: string) => textIn(value, lang, defaultLanguage);
    const session: Json = { id, kind: guessKind(str(isObject(e.type) ? e.type.name : e.type)), title: text(title), start, end };
    if (roomName) session.room = roomByName.get(roomName);
    const subtitle = plain(e.subtitle, pathKey(path, 'subtitle'));
    if (subtitle) session.subtitle = text(subtitle);
    const abstract = plain(e.abstract, pathKey(path, 'abstract'));
    const summary = abstract && hasTags(abstract) ? htmlToPlainText(abstract) : abstract && markdownToPlain(abstract);
    if (summary) session.summary = text(summary);
    const description = str(e.description);
    if (description) session.description = text(textToHtml(hasEntities(description) && !/<[a-z]/i.test(description) ? decodeEntities(description) : description));
    if (languages.length === 1) session.language = lang;
    else if (languages.length > 1) session.languages = languages;
    const trackName = isObject(e.track) ? (str(e.track.name) ?? trackNameBySlug.get(str(e.track.slug) ?? '')) : plain(e.track, pathKey(path, 'track'));
    if (trackName) session.themes = [addTheme(trackName, isObject(e.track) ? str(e.track.slug) : undefined, undefined)];
    const url = str(e.url);
    if (url && isHttpUrl(url)) session.url = url;
    else if (url) warn(pathKey(path, 'url'), say(`The url "${shown(url)}" is not an absolute http(s) address; left out.`, `L’url ${q(shown(url))} n’est pas une adresse http(s) absolue\u00a0; omise.`), 'event-url');

    // Persons (v1) or participants (v2) → people.
    const participants: Json[] = [];
    const personList = v2 ? (e.participants ?? e.persons) : e.persons;
    const listKey = v2 && e.participants !== undefined ? 'participants' : 'persons';
    if (Array.isArray(personList)) {
      personList.forEach((p, i) => {
        const pPath = pathIndex(pathKey(path, listKey), i);
        if (!isObject(p)) {
          warn(pPath, say('This person is not an object; skipped.', 'Cette personne n’est pas un objet\u00a0; ignorée.'), 'person-not-object');
          warnings.lostPerson();
          return;
        }
        const name = plain(p.name ?? p.public_name ?? p.full_public_name, pathKey(pPath, 'name'));
        if (!name) {
          warn(pPath, say('This person has no "name" nor "public_name"; skipped.', 'Cette personne n’a ni «\u00a0name\u00a0» ni «\u00a0public_name\u00a0»\u00a0; ignorée.'), 'person-no-name');
          warnings.lostPerson();
          return;
        }
        const frabPerson = (typeof p.public_name === 'string' || typeof p.full_public_name === 'string') && Number.isInteger(p.id);
        if (p.name === undefined && !frabPerson) {
          warn(
            pPath,
            say(
              `Person "${shown(name)}" has no "name" (and no integer "id" with "public_name"); "public_name" is used.`,
              `La personne ${q(shown(name))} n’a pas de «\u00a0name\u00a0» (ni d’«\u00a0id\u00a0» entier avec «\u00a0public_name\u00a0»)\u00a0; «\u00a0public_name\u00a0» est utilisé.`,
            ),
            'person-name',
          );
        }
        if (p.id !== undefined && !Number.isInteger(p.id)) {
          warn(pathKey(pPath, 'id'), say(`The person id ${JSON.stringify(p.id)} is not the integer frab expects; kept as text.`, `L’id de personne ${JSON.stringify(p.id)} n’est pas l’entier attendu par frab\u00a0; gardé comme texte.`), 'person-id-type');
        }
        if (str(p.code) && !/^[A-Z0-9]+$/.test(String(p.code))) {
          warn(
            pathKey(pPath, 'code'),
            say(`The person code "${shown(p.code)}" does not match the frab pattern (A–Z, 0–9); kept as the person id.`, `Le code de personne ${q(shown(p.code))} ne suit pas le modèle frab (A–Z, 0–9)\u00a0; gardé comme identifiant.`),
            'person-code',
          );
        }
        // One identity, one person; but merged schedules give many people one id (all wiki
        // speakers are `id: 0`): a different name under the same id is another person.
        const ident = str(p.guid) ?? str(p.code) ?? (p.id !== undefined ? `id:${String(p.id)}` : undefined);
        const key = ident ?? `name:${name}`;
        let byName = personByKey.get(key);
        if (!byName) personByKey.set(key, (byName = new Map()));
        let personId = byName.get(name) ?? (byName.size > 0 && !ident?.startsWith('id:') ? byName.values().next().value : undefined);
        if (!personId) {
          if (byName.size > 0) {
            warn(
              pPath,
              say(
                `Person "${shown(name)}" has the same ${ident!.split(':')[0]} "${ident!.replace(/^id:/, '')}" as "${shown(byName.keys().next().value)}"; kept as another person.`,
                `La personne ${q(shown(name))} a le même identifiant ${q(ident!.replace(/^id:/, ''))} que ${q(shown(byName.keys().next().value))}\u00a0; gardée comme une autre personne.`,
              ),
              'shared-person-id',
            );
          }
          const positiveId = Number.isInteger(p.id) && (p.id as number) > 0 && byName.size === 0 ? `person-${String(p.id)}` : undefined;
          personId = personIds.claim(str(p.code) ?? str(p.guid) ?? positiveId ?? (slugify(name) || 'person'));
          byName.set(name, personId);
          const person: Json = { id: personId, name };
          const details = str(p.guid) ? personDetails.get(str(p.guid)!) : undefined;
          const personUrl = str(p.url) ?? str(details?.url);
          if (personUrl && isHttpUrl(personUrl)) person.url = personUrl;
          people.push(person);
        }
        const roleName = str(p.role)?.toLowerCase() ?? 'speaker';
        const role = Object.hasOwn(ROLE_OF, roleName) ? ROLE_OF[roleName] : 'speaker';
        if (!participants.some((x) => x.person === personId)) participants.push({ person: personId, role });
      });
    }
    if (participants.length) session.participants = participants;

    sessions.push(session);
    sessionDays.push(raw.dayIndex);
    programmeDays.push(programmeDayOf(startInstant, zone, dayChange ?? 0));
    if (raw.dayIndex !== undefined) {
      const range = dayRanges.get(raw.dayIndex);
      dayRanges.set(raw.dayIndex, {
        start: Math.min(range?.start ?? Infinity, startInstant),
        end: Math.max(range?.end ?? -Infinity, endInstant),
      });
    }
  }

  // Days: a session listed under a day must stay on it. Sessions after midnight that the day
  // change does not explain get one (the next hour after the latest of them).
  const listedDate = (i: number) => {
    const d = sessionDays[i];
    return d === undefined ? undefined : dayInfo[d]?.date;
  };
  if (dayChange === undefined) {
    let latest = -1;
    sessions.forEach((session, i) => {
      const date = listedDate(i);
      if (date && programmeDays[i] === nextDate(date)) {
        latest = Math.max(latest, minutesOf(toEventLocalTime(parseDateTime(String(session.start), zone)!, zone)) ?? -1);
      }
    });
    if (latest >= 0 && latest < 12 * 60) {
      dayChange = (Math.floor(latest / 60) + 1) * 60;
      sessions.forEach((session, i) => (programmeDays[i] = programmeDayOf(parseDateTime(String(session.start), zone)!, zone, dayChange!)));
    }
  }
  sessions.forEach((session, i) => {
    const date = listedDate(i);
    if (date && programmeDays[i] !== date) {
      warn(
        `sessions[${i}]`,
        say(
          `Session "${shown(session.id)}" is listed on ${date} but starts on ${programmeDays[i]}; it is shown on ${programmeDays[i]}.`,
          `La session ${q(shown(String(session.id)))} est listée le ${date} mais commence le ${programmeDays[i]}\u00a0; elle est affichée le ${programmeDays[i]}.`,
        ),
        'day-mismatch',
      );
    }
  });

  // Days become blocks (nothing better in frab): each day's sessions run "in the same block".
  const blocks: Json[] = [];
  const blockIds = new Map<number, string>();
  [...dayRanges.keys()].sort((a, b) => a - b).forEach((dayIndex, n) => {
    const info = dayInfo[dayIndex];
    const range = dayRanges.get(dayIndex)!;
    const start = Math.min(range.start, info?.start ?? Infinity);
    const end = Math.max(range.end, info?.end ?? -Infinity);
    const id = `day-${info?.date ?? n + 1}`;
    blockIds.set(dayIndex, id);
    blocks.push({ id, title: { en: `Day ${n + 1}`, fr: `Jour ${n + 1}` }, start: new Date(start).toISOString(), end: new Date(end).toISOString() });
  });
  sessions.forEach((session, i) => {
    const day = sessionDays[i];
    if (day !== undefined && blockIds.has(day)) session.block = blockIds.get(day);
  });

  // Event dates: the conference's, widened to the sessions' programme days.
  let startDate = typeof conference.start === 'string' ? conference.start.slice(0, 10) : undefined;
  let endDate = typeof conference.end === 'string' ? conference.end.slice(0, 10) : undefined;
  if (startDate && !DATE_PATTERN.test(startDate)) startDate = undefined;
  if (endDate && !DATE_PATTERN.test(endDate)) endDate = undefined;
  if (programmeDays.length) {
    let first = programmeDays[0];
    let last = programmeDays[0];
    for (const day of programmeDays) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    if (startDate && first < startDate) {
      warn(pathKey(cPath, 'start'), say(`The conference starts on ${startDate} but a session is on ${first}; the event starts on ${first}.`, `La conférence commence le ${startDate} mais une session a lieu le ${first}\u00a0; l’événement commence le ${first}.`));
      startDate = first;
    }
    if (endDate && last > endDate) {
      warn(pathKey(cPath, 'end'), say(`The conference ends on ${endDate} but a session is on ${last}; the event ends on ${last}.`, `La conférence finit le ${endDate} mais une session a lieu le ${last}\u00a0; l’événement finit le ${last}.`));
      endDate = last;
    }
    startDate ??= first;
    endDate ??= last;
  }

  const event: Json = { id: eventId, title: plain(conference.title, pathKey(cPath, 'title')) ?? eventId, timeZone: zone, defaultLanguage };
  if (startDate) event.startDate = startDate;
  if (endDate) event.endDate = endDate;
  if (dayChange) event.dayChange = hhmmOf(dayChange);
  const url = str(conference.url);
  if (url && isHttpUrl(url)) event.url = url;

  return warnings.result({ format: 'aict-programme/1', event, rooms, people, themes, blocks, sessions });
}

const WHAT = {
  document: say('a document', 'un document'),
  conference: say('a conference', 'une conférence'),
  day: say('a day', 'un jour'),
  event: say('an event', 'un événement'),
  room: say('a room', 'une salle'),
} as const;

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
  /** In `options.lang`. */
  readonly warnings: readonly InteropWarning[];
  /** Sessions of the feed that frab cannot carry (cancelled ones). */
  readonly lost: Losses;
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
    warnings.add(
      'event.id',
      say(
        `The event id "${event.id}" is written as the frab acronym "${acronym}" (frab's pattern allows no capitals, dots or hyphens).`,
        `L’identifiant ${q(event.id)} est écrit comme l’acronyme frab ${q(acronym)} (le modèle frab n’admet ni majuscules, ni points, ni tirets).`,
      ),
    );
  }

  const offsetAt = (instant: number) => offsetOf(isoInZone(instant, zone)) ?? '+00:00';
  const at = (instant: number) => isoAtOffset(instant, offsetAt(instant));

  // Tracks from themes.
  const trackSlugs = new UniqueIds();
  const tracks = [...programme.themes.values()].map((theme, i) => {
    const slug = trackSlugs.claim(frabSlug(theme.id, 'track'));
    if (slug !== theme.id) {
      warnings.add(`themes[${i}].id`, say(`The theme id "${theme.id}" is written as the frab slug "${slug}".`, `L’identifiant de thème ${q(theme.id)} est écrit comme le slug frab ${q(slug)}.`), 'theme-slug');
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
      warnings.add(
        `sessions[${session.index}]`,
        say(`Session "${session.id}" is cancelled and frab has no such status; left out.`, `La session ${q(session.id)} est annulée et frab n’a pas ce statut ; omise.`),
        'cancelled',
      );
      warnings.lostSession();
      continue;
    }
    // Programme days, as the feed's day change groups them (a 01:30 talk stays on its evening).
    const date = programmeDayOf(session.start, zone, event.dayChangeMinutes);
    const day = days.get(date) ?? { sessions: [], start: session.start, end: session.end };
    day.sessions.push(session);
    day.start = Math.min(day.start, session.start);
    day.end = Math.max(day.end, session.end);
    days.set(date, day);
  }
  const dayList = [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const frabDays = dayList.map(([date, day], index) => {
    // A Map, not an object: a room may be called "__proto__".
    const byRoom = new Map<string, Json[]>();
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
            ? say(
                `Session "${session.id}" has no url; the event's address with #${session.id} is written (frab requires one).`,
                `La session ${q(session.id)} n’a pas d’url ; l’adresse de l’événement suivie de #${session.id} est écrite (frab en exige une).`,
              )
            : say(
                `Session "${session.id}" has no url and the event has none; a urn: identifier is written (frab requires one).`,
                `La session ${q(session.id)} n’a pas d’url, ni l’événement ; un identifiant urn: est écrit (frab en exige une).`,
              ),
          'no-url',
        );
      }
      let roomEvents = byRoom.get(roomName);
      if (!roomEvents) byRoom.set(roomName, (roomEvents = []));
      roomEvents.push({
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
        subtitle: text(session.subtitle) ?? '',
        track: trackName(session),
        type: FRAB_TYPES[session.kind],
        language: session.languages.length ? session.languages.join(', ') : event.defaultLanguage,
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
      // fromEntries defines own properties, even one named "__proto__".
      rooms: Object.fromEntries(byRoom),
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
  else {
    warnings.add(
      'event.timeZone',
      say(
        `The time zone "${zone}" does not fit frab's "time_zone_name" pattern; left out (every time carries its offset).`,
        `Le fuseau ${q(zone)} ne suit pas le modèle « time_zone_name » de frab ; omis (chaque heure porte son décalage).`,
      ),
    );
  }
  if (event.url) conference.url = event.url;
  conference.tracks = tracks;
  conference.rooms = rooms;
  conference.days = frabDays;

  const schedule: Json = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'aict-widgets', version: options.version ?? '1' },
    schedule: { version: '1.0', conference },
  };
  return { schedule, warnings: warnings.list(options.lang), lost: warnings.lost };
}
