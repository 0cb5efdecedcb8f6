/**
 * pentabarf / frab `schedule.xml` (what FOSDEM and many others publish) → the frab
 * `schedule.json` shape, which `frabToFeed` then reads like any other generation.
 *
 * The XML is read by fast-xml-parser, a maintained parser without native code. This module is
 * for the `aict-feed` command only: no element imports `src/interop/`, so the widgets' bundle
 * never carries the parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InteropError, isObject, say, type Json } from './common.js';

/** Elements that may repeat: always arrays, even when there is one. */
const LISTS = new Set(['day', 'room', 'event', 'person', 'link', 'attachment']);

/** The text of an element that may carry attributes (`<person id="1">Name</person>`). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isObject(value) && typeof value['#text'] === 'string') return value['#text'];
  return undefined;
}

function attr(value: unknown, name: string): string | undefined {
  return isObject(value) && typeof value[`@_${name}`] === 'string' ? (value[`@_${name}`] as string) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
}

/** An integer id as frab's JSON has it, else the text. */
function idOf(text: string | undefined): number | string | undefined {
  if (text === undefined || text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}

const EVENT_TEXT = ['date', 'start', 'end', 'duration', 'room', 'slug', 'url', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description'];

/**
 * Decodes the XML text into `{ schedule: { version, conference: { …, days: [{ rooms: { name: [events] } }] } } }`.
 * Throws `InteropError` (with line and column) when the text is not well-formed XML or not a schedule.
 */
export function xmlToFrab(text: string): Json {
  const source = text.replace(/^\uFEFF/, '');
  // Entity declarations can expand exponentially ("billion laughs"); schedules never need them.
  if (/<!ENTITY/i.test(source)) {
    throw new InteropError(say('This XML declares entities (<!ENTITY>); it is refused.', 'Ce XML déclare des entités (<!ENTITY>)\u00a0; il est refusé.'));
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new InteropError(say(`This is not well-formed XML (line ${line}, column ${col}): ${msg}`, `Ce n’est pas du XML bien formé (ligne ${line}, colonne ${col})\u00a0: ${msg}`));
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => LISTS.has(name),
  });
  const doc = parser.parse(source) as Json;
  const root = doc.schedule;
  if (!isObject(root) || !isObject(root.conference)) {
    throw new InteropError(say('This XML is not a pentabarf/frab schedule: it has no <schedule><conference>.', 'Ce XML n’est pas un programme pentabarf/frab\u00a0: il n’a pas de <schedule><conference>.'));
  }
  const c = root.conference;
  const conference: Json = {};
  for (const key of ['acronym', 'title', 'start', 'end', 'timeslot_duration', 'time_zone_name', 'day_change']) {
    const value = textOf(c[key]);
    if (value) conference[key] = value;
  }
  const baseUrl = textOf(c.base_url);
  if (baseUrl) conference.url = baseUrl;
  const days = list(root.day).map((day, i) => {
    const rooms = new Map<string, Json[]>();
    for (const room of list(isObject(day) ? day.room : undefined)) {
      const name = attr(room, 'name') ?? '';
      const events = list(isObject(room) ? room.event : undefined).map((raw) => {
        const e = isObject(raw) ? raw : {};
        const event: Json = {};
        const id = idOf(attr(e, 'id'));
        if (id !== undefined) event.id = id;
        const guid = attr(e, 'guid');
        if (guid) event.guid = guid;
        for (const key of EVENT_TEXT) {
          const value = textOf(e[key]);
          if (value !== undefined && value !== '') event[key] = value;
        }
        event.persons = list(isObject(e.persons) ? e.persons.person : undefined).map((p) => {
          const person: Json = { name: textOf(p) ?? '' };
          const personId = idOf(attr(p, 'id'));
          if (personId !== undefined) person.id = personId;
          const personGuid = attr(p, 'guid');
          if (personGuid) person.guid = personGuid;
          return person;
        });
        return event;
      });
      rooms.set(name, [...(rooms.get(name) ?? []), ...events]);
    }
    const out: Json = { index: Number(attr(day, 'index') ?? i + 1) };
    const date = attr(day, 'date');
    if (date) out.date = date;
    const start = attr(day, 'start');
    const end = attr(day, 'end');
    if (start) out.day_start = start;
    if (end) out.day_end = end;
    // fromEntries defines own properties, even for a room called "__proto__".
    out.rooms = Object.fromEntries(rooms);
    return out;
  });
  conference.days = days;
  const version = textOf(root.version) ?? textOf(c.release);
  return { schedule: { ...(version ? { version } : { version: 'xml' }), conference } };
}
