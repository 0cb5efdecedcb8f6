/**
 * Raw feed → normalised, indexed `Programme` (see `model.ts`).
 *
 * Only a feed without the essentials (an object with the right `format`, `event.timeZone`
 * and a `sessions` array) is rejected. Everything else is checked item by item and field by
 * field against the valibot schema in `schema.ts`, so that a bad item is skipped, or shown
 * without its broken part, and reported as a `FeedWarning` with its JSON path.
 *
 * Everything here is linear in the size of the feed (references and ids go through Maps and
 * Sets): a 20,000-session feed parses in a fraction of a second.
 */
import { TZDateMini } from '@date-fns/tz';
import { checkOf, type Check, type Node } from './check.js';
import { safeColor } from '../core/color.js';
import { nextTask } from '../core/next-task.js';
import { IMAGE_PROTOCOLS, LINK_PROTOCOLS, safeUrl } from '../core/url.js';
import { describeWarningEn, type ItemKind, type WarningCode } from './diagnostics-en.js';
import {
  type Block,
  type EventInfo,
  type FeedWarning,
  type Floor,
  type LocalizedText,
  type Organization,
  type Participant,
  type Person,
  type Point,
  type Programme,
  type Role,
  type Room,
  type RoomShape,
  type Session,
  type SessionKind,
  type SessionStatus,
  type Theme,
  type Venue,
} from './model.js';
import {
  BlockSchema,
  EventSchema,
  FeedSchema,
  FloorSchema,
  OrganizationSchema,
  PersonSchema,
  RoomSchema,
  SessionSchema,
  ThemeSchema,
} from './generated/schema-plan.js';
import { DATE_TIME_PATTERN, FEED_FORMAT } from './patterns.js';

export type ParseResult =
  | { ok: true; programme: Programme }
  | { ok: false; code: 'invalid-feed'; message: string; path?: string };

/** Language used for texts given as plain strings when the feed does not say. */
export const FALLBACK_LANGUAGE = 'en';
const FALLBACK_EVENT_ID = 'event';
const MAX_SHOWN = 60;

/**
 * How much of one item the parser reads. A real session lists a handful of each; a hostile or
 * broken feed may list a million, and every list is cut at its limit (with a `too-many`
 * warning) before any element is looked at, so one item never costs more than a full one.
 * A polygon with more points than `polygonPoints` is not drawn at all (a cut outline would
 * be a wrong one).
 */
export const FEED_LIMITS = {
  organizers: 100,
  participants: 500,
  themes: 100,
  sdgs: 17 * 3,
  interpretation: 30,
  polygonPoints: 5_000,
} as const;

// ---------------------------------------------------------------------------------------------
// Small helpers

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the editor typed it, short enough for a message. */
function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value).slice(1, -1);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function own(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** Whether `collapse` would leave `text` as it is (a char loop: cheaper than a regex here). */
function isCollapsed(text: string): boolean {
  let previousSpace = true; // a leading space needs collapsing
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else {
      // White space (`\s`) other than U+00A0 and U+202F, which collapse keeps.
      if (c < 32 ? c >= 9 && c <= 13 : c >= 0x1680 && isOtherSpace(c)) return false;
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}
const isOtherSpace = (c: number) =>
  c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Plain texts: one space for any run of white space (line breaks included), trimmed. No-break
 * spaces (U+00A0, U+202F) are kept: French typography puts them before « : ; ! ? » on purpose.
 */
function collapse(text: string): string {
  // Most texts are already clean: one test instead of two replacements (and two new strings).
  if (isCollapsed(text)) return text;
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').replace(/^[^\S\u00a0\u202f]+|[^\S\u00a0\u202f]+$/g, '');
}

function trim(text: string): string {
  return text.trim();
}

interface ItemRef {
  readonly kind: ItemKind;
  /** JSON path of the item, e.g. `sessions[3]`. */
  readonly where: string;
  readonly id?: string;
}

class Reporter {
  readonly warnings: FeedWarning[] = [];

  add(code: WarningCode, path: string, item: ItemRef, params: Record<string, string | number> = {}): void {
    const all: Record<string, string | number> = { item: item.kind, where: item.where, ...params };
    if (item.id !== undefined) all.id = item.id;
    const warning = { path, code, params: all };
    this.warnings.push({ ...warning, message: describeWarningEn(warning) });
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMillis(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, 0, 1, h, mi, s, ms));
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

/** Calendar date parts of `YYYY-MM-DD`, or undefined when malformed or impossible. */
function parseDate(text: string): readonly [number, number, number] | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  return isRealDate(...parts) ? parts : undefined;
}

/** Start of a local calendar day in `timeZone`, as epoch milliseconds. */
function startOfLocalDay(y: number, mo: number, d: number, timeZone: string): number {
  return new TZDateMini(y, mo - 1, d, 0, 0, 0, 0, timeZone).getTime();
}

/**
 * Epoch milliseconds of an ISO 8601 date-time (see `DATE_TIME_PATTERN`). Without an offset it
 * is wall-clock time in `timeZone`. `undefined` when the text does not match or names a date
 * or time that does not exist (`2024-02-30`, `25:00`, `+24:00`).
 */
export function parseDateTime(text: string, timeZone: string, cache?: Map<number, number>): number | undefined {
  const m = DATE_TIME_PATTERN.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const offset = m[8];
  if (offset === undefined) {
    // Converting a wall-clock time costs ~15 µs; a programme reuses few distinct minutes, so
    // the instant of each wall-clock minute is remembered (offsets never change mid-minute).
    const wallMinute = utcMillis(y, mo, d, h, mi);
    let instant = cache?.get(wallMinute);
    if (instant === undefined) {
      instant = new TZDateMini(y, mo - 1, d, h, mi, 0, 0, timeZone).getTime();
      if (cache) {
        if (cache.size >= MAX_REMEMBERED_MINUTES) cache.clear();
        cache.set(wallMinute, instant);
      }
    }
    return instant + s * 1000 + ms;
  }
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return utcMillis(y, mo, d, h, mi, s, ms) - offsetMinutes * 60_000;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function eventDateOf(instant: number, timeZone: string): string {
  const date = new TZDateMini(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `timeZone` is an IANA zone this browser knows; returns its canonical spelling. */
function knownTimeZone(timeZone: string): string | undefined {
  // Creating an Intl.DateTimeFormat costs milliseconds; a page parses many feeds in few zones.
  if (!zoneNames.has(timeZone)) {
    let canonical: string | undefined;
    try {
      canonical = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
    } catch {
      canonical = undefined;
    }
    zoneNames.set(timeZone, canonical);
  }
  return zoneNames.get(timeZone);
}
const zoneNames = new Map<string, string | undefined>();

// ---------------------------------------------------------------------------------------------
// Field-by-field validation against the schema

type AnySchema = Node;
interface ObjectLike {
  readonly entries: Readonly<Record<string, AnySchema>>;
}

interface ReadOptions {
  /** Fields whose invalid value is replaced by a default rather than dropped. */
  readonly fallbacks?: Readonly<Record<string, string>>;
  /** Warning code for an invalid value of a field, when more precise than `invalid-value`. */
  readonly codes?: Readonly<Record<string, WarningCode>>;
  /** Most elements an array field may hold; the rest is cut, with a `too-many` warning. */
  readonly caps?: Readonly<Record<string, number>>;
  /** Nested objects, or arrays of objects, read field by field as items of their own. */
  readonly children?: Readonly<Record<string, { readonly kind: ItemKind; readonly options?: ReadOptions }>>;
}

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; nullable: boolean } {
  const s = schema as AnySchema & { wrapped?: AnySchema };
  if ((s.type === 'optional' || s.type === 'exact_optional') && s.wrapped) {
    return { inner: s.wrapped, optional: true, nullable: false };
  }
  if (s.type === 'nullish' && s.wrapped) return { inner: s.wrapped, optional: true, nullable: true };
  return { inner: s, optional: false, nullable: false };
}

/** Whether a schema's pipe only describes it (so an array may be checked element by element). */
function onlyMetadata(schema: AnySchema): boolean {
  const pipe = (schema as AnySchema & { pipe?: readonly { kind: string }[] }).pipe;
  return !pipe || pipe.slice(1).every((action) => action.kind === 'metadata');
}

function expectedValues(schema: AnySchema): string | undefined {
  const options = (schema as AnySchema & { options?: unknown }).options;
  return schema.type === 'picklist' && Array.isArray(options) ? options.join(', ') : undefined;
}

interface FieldPlan {
  readonly key: string;
  readonly inner: AnySchema;
  /** `v.is(inner, …)`, compiled (see `check.ts`). */
  readonly check: Check;
  readonly optional: boolean;
  readonly nullable: boolean;
  /** Element schema of an array that is checked element by element. */
  readonly arrayOf?: AnySchema;
  readonly checkElement?: Check;
}

const plans = new WeakMap<ObjectLike, readonly FieldPlan[]>();

/** The fields of an object schema, unwrapped once (a big feed reads the same schema 20,000 times). */
function planOf(schema: ObjectLike): readonly FieldPlan[] {
  let plan = plans.get(schema);
  if (!plan) {
    plan = Object.entries(schema.entries).map(([key, entry]) => {
      const { inner, optional, nullable } = unwrap(entry);
      const arrayOf =
        inner.type === 'array' && onlyMetadata(inner) ? (inner as AnySchema & { item: AnySchema }).item : undefined;
      const check = checkOf(inner);
      return { key, inner, check, optional, nullable, ...(arrayOf && { arrayOf, checkElement: checkOf(arrayOf) }) };
    });
    plans.set(schema, plan);
  }
  return plan;
}

/**
 * Reads the fields `schema` knows from `raw` (unknown fields are ignored). An invalid
 * optional field is dropped (or replaced by its fallback) with a warning; an absent or invalid
 * required field makes the whole item `undefined`. Arrays without their own constraints are
 * checked element by element, and a bad element becomes `undefined` so that later warnings
 * can still name its original index.
 *
 * Copy on write: a clean item (nearly every item of a real feed) is returned as it is, and the
 * builders read only the fields the schema knows; a copy without the bad parts is made only
 * when something is dropped. `index` ≥ 0 means the item is `${where}[${index}]`, a string that
 * is only built when a warning needs it.
 */
function readObject(
  schema: ObjectLike,
  raw: unknown,
  where: string,
  kind: ItemKind,
  report: Reporter,
  options: ReadOptions = NO_OPTIONS,
  index = -1,
): Json | undefined {
  if (!isObject(raw)) {
    const at = whereOf(where, index);
    report.add('invalid-item', at, itemOf(raw, at, kind), { value: show(raw), action: 'skipped' });
    return undefined;
  }
  const plan = planOf(schema);
  let out: Json | undefined;
  for (let f = 0; f < plan.length; f++) {
    const { key, inner, check, optional, nullable, arrayOf, checkElement } = plan[f]!;
    const value = own(raw, key);
    if (value === undefined || (value === null && nullable)) {
      if (!optional) {
        const at = whereOf(where, index);
        report.add('missing-field', `${at}.${key}`, itemOf(raw, at, kind), { field: key, action: 'skipped' });
        return undefined;
      }
      if (value === null) out ??= copyFields(raw, plan, f);
      continue;
    }
    const child = options.children?.[key];
    let result: unknown = value;
    let keep = true;
    if (child && inner.type === 'object' && isObject(value)) {
      const nested = readObject(inner as AnySchema & ObjectLike, value, `${whereOf(where, index)}.${key}`, child.kind, report, child.options);
      if (nested === undefined && !optional) return undefined;
      result = nested;
      keep = nested !== undefined;
    } else if (arrayOf && Array.isArray(value)) {
      let elements: unknown[] | undefined;
      const cap = options.caps?.[key];
      let length = value.length;
      if (cap !== undefined && length > cap) {
        // Cut before anything looks at the elements: a hostile list costs no more than a full one.
        const at = whereOf(where, index);
        report.add('too-many', `${at}.${key}`, itemOf(raw, at, kind), { field: key, count: length, max: cap, action: 'cut' });
        length = cap;
        elements = value.slice(0, cap);
      }
      for (let i = 0; i < length; i++) {
        const element: unknown = value[i];
        let got: unknown = element;
        if (child) {
          got = readObject(arrayOf as AnySchema & ObjectLike, element, `${whereOf(where, index)}.${key}`, child.kind, report, child.options, i);
        } else if (!checkElement!(element)) {
          const at = whereOf(where, index);
          report.add('invalid-value', `${at}.${key}[${i}]`, itemOf(raw, at, kind), {
            field: `${key}[${i}]`,
            value: show(element),
            action: 'left-out',
          });
          got = undefined;
        }
        if (got !== element) elements ??= value.slice(0, i);
        if (elements) elements[i] = got;
      }
      result = elements ?? value;
    } else if (!check(value)) {
      // The schema has no transformations, so a valid value is its own output.
      const at = whereOf(where, index);
      const item = itemOf(raw, at, kind);
      const path = `${at}.${key}`;
      const code = options.codes?.[key] ?? 'invalid-value';
      const fallback = options.fallbacks?.[key];
      const params: Record<string, string | number> = { field: key, value: show(value) };
      const expected = expectedValues(inner);
      if (expected && code === 'invalid-value') params.expected = expected;
      if (!optional) {
        report.add(code, path, item, { ...params, action: 'skipped' });
        return undefined;
      }
      if (fallback !== undefined) report.add(code, path, item, { ...params, action: 'replaced', fallback });
      else report.add(code, path, item, { ...params, action: 'ignored' });
      keep = false;
    }
    if (!out && (!keep || result !== value)) out = copyFields(raw, plan, f);
    if (out && keep) out[key] = result;
  }
  return out ?? raw;
}

const NO_OPTIONS: ReadOptions = {};

function whereOf(where: string, index: number): string {
  return index < 0 ? where : `${where}[${index}]`;
}

/** The item a warning is about (built only when there is a warning). */
function itemOf(raw: unknown, where: string, kind: ItemKind): ItemRef {
  const rawId = isObject(raw) ? own(raw, 'id') : undefined;
  return { kind, where, id: typeof rawId === 'string' && rawId !== '' ? rawId : undefined };
}

/** The fields before `upTo`, all clean so far, for an item that turns out to need a copy. */
function copyFields(raw: Json, plan: readonly FieldPlan[], upTo: number): Json {
  const out: Json = {};
  for (let f = 0; f < upTo; f++) {
    const { key, nullable } = plan[f]!;
    const value = own(raw, key);
    if (value !== undefined && !(value === null && nullable)) out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * Wall-clock minute → instant, per zone, kept across parses (a page often parses its feed
 * again, e.g. after a refresh; a minute's offset never changes). Bounded: a zone's map is
 * emptied when it grows too big.
 */
const minutesByZone = new Map<string, Map<number, number>>();
const MAX_REMEMBERED_MINUTES = 50_000;

/**
 * An absolute http(s) URL that `new URL(value).href` gives back unchanged: lower-case host
 * name ending in a letter (so never an IP address to normalise), no port, no dot segments,
 * and only characters the URL parser leaves alone. Creating a URL object costs microseconds
 * and a feed has thousands of links; anything else still goes through `safeUrl`.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?$/;

function isPlainHttpUrl(value: unknown): value is string {
  // `/.` would start a dot segment, which the URL parser resolves.
  return typeof value === 'string' && value.length < 2048 && PLAIN_HTTP_URL.test(value) && !value.includes('/.');
}

/**
 * Whether a language map is already what `Normaliser.text` would build from it (keys trimmed
 * and not `__proto__`, values clean and not empty, at least one): then it is used as it is
 * rather than copied. The model is read-only, and the raw object is nobody else's.
 */
function isCleanText(raw: Record<string, unknown>, html: boolean): boolean {
  // Arrays and exotic objects pass the schema's record check but are rebuilt as plain maps.
  if (Object.getPrototypeOf(raw) !== Object.prototype) return false;
  let any = false;
  for (const key in raw) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) return false;
    const value = raw[key];
    if (typeof value !== 'string' || value === '' || key === '' || key === '__proto__') return false;
    if (key.trim() !== key) return false;
    if (html ? value.trim() !== value : !isCollapsed(value)) return false;
    any = true;
  }
  return any;
}

class Normaliser {
  readonly report = new Reporter();
  defaultLanguage = FALLBACK_LANGUAGE;
  /** Wall-clock minute in `timeZone` → instant, shared by every time of this feed. */
  private readonly minutes: Map<number, number>;

  constructor(readonly timeZone: string) {
    let minutes = minutesByZone.get(timeZone);
    if (!minutes) minutesByZone.set(timeZone, (minutes = new Map()));
    this.minutes = minutes;
  }

  /** Text → LocalizedText, or undefined when no language has a non-empty value. */
  text(raw: unknown, html = false): LocalizedText | undefined {
    if (raw === undefined) return undefined;
    const clean = html ? trim : collapse;
    if (typeof raw === 'string') {
      const text = clean(raw);
      // A computed key defines an own property, even for a `__proto__` language.
      return text === '' ? undefined : { [this.defaultLanguage]: text };
    }
    if (isCleanText(raw as Record<string, unknown>, html)) return raw as LocalizedText;
    let out: Record<string, string> | undefined;
    for (const [key, value] of Object.entries(raw as Record<string, string>)) {
      const lang = key.trim();
      const text = clean(value);
      // `__proto__` is no language, and assigning it would replace the prototype.
      if (lang === '' || text === '' || lang === '__proto__') continue;
      (out ??= {})[lang] = text;
    }
    return out;
  }

  url(raw: unknown, path: string, item: ItemRef, allowed = LINK_PROTOCOLS): string | undefined {
    if (raw === undefined) return undefined;
    const url = isPlainHttpUrl(raw) && allowed.includes(raw.slice(0, raw.indexOf(':') + 1)) ? raw : safeUrl(raw, allowed);
    if (url === undefined) {
      const field = path.slice(path.lastIndexOf('.') + 1);
      this.report.add('unsafe-url', path, item, {
        field,
        value: show(raw),
        allowed: allowed.map((p) => p.replace(':', '')).join(','),
        action: 'ignored',
      });
    }
    return url;
  }

  /** A date-time field of an item already read; reports and returns undefined when impossible. */
  time(raw: unknown, path: string, item: ItemRef, field: string): number | undefined {
    const instant = typeof raw === 'string' ? parseDateTime(raw, this.timeZone, this.minutes) : undefined;
    if (instant === undefined) {
      this.report.add('invalid-date', path, item, { field, value: show(raw), action: 'skipped' });
    }
    return instant;
  }
}

/** Reads a top-level list; anything but an array (or absence) is reported and ignored. */
function rawList(feed: Json, key: string, report: Reporter): readonly unknown[] {
  const value = own(feed, key);
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  report.add('invalid-value', key, { kind: 'feed', where: key }, { field: key, value: show(value), action: 'ignored' });
  return [];
}

/**
 * Reads each item of a list, skipping those `build` rejects and later duplicates of an id
 * (the first kept item wins).
 */
function* readItems<T extends { readonly id: string }>(
  list: readonly unknown[],
  listName: string,
  kind: ItemKind,
  report: Reporter,
  build: (raw: unknown, where: string, index: number) => T | undefined,
): Generator<void, Map<string, T>> {
  const items = new Map<string, T>();
  for (let index = 0; index < list.length; index++) {
    // A point where `parseFeedInSlices` may give the page back (see parseSteps).
    if ((index & 15) === 15) yield;
    const raw = list[index];
    const where = `${listName}[${index}]`;
    const built = build(raw, where, index);
    if (built === undefined) continue;
    if (items.has(built.id)) {
      report.add('duplicate-id', `${where}.id`, { kind, where, id: built.id }, { action: 'skipped' });
      continue;
    }
    items.set(built.id, built);
  }
  return items;
}

function invalid(message: string, path?: string): ParseResult {
  return path === undefined ? { ok: false, code: 'invalid-feed', message } : { ok: false, code: 'invalid-feed', message, path };
}

const byTime = <T extends { readonly start: number; readonly end: number }>(a: T, b: T, ai: number, bi: number) =>
  a.start - b.start || a.end - b.end || ai - bi;

/**
 * Parses a raw feed (already decoded from JSON) into the normalised programme.
 * `feedUrl` is only used in messages.
 */
export function parseFeed(json: unknown, feedUrl: string): ParseResult {
  const steps = parseSteps(json, feedUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `parseFeed` in tasks of about `sliceMs` each: a 2,000-session feed takes over 100 ms on a
 * cold page, too long for one task (input and painting would wait for it). Same result.
 */
export async function parseFeedInSlices(json: unknown, feedUrl: string, sliceMs = 25): Promise<ParseResult> {
  const steps = parseSteps(json, feedUrl);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await nextTask();
      deadline = performance.now() + sliceMs;
    }
  }
}

/** The parser, pausing every few items of each list (`readItems`) so that it can be sliced. */
function* parseSteps(json: unknown, feedUrl: string): Generator<void, ParseResult> {
  const source = feedUrl ? ` (${feedUrl})` : '';
  // The essentials, checked with the same schema pieces the JSON Schema is built from.
  if (!isObject(json)) return invalid(`The feed${source} is not a JSON object.`);
  const format = own(json, 'format');
  if (!checkOf(FeedSchema.entries.format!)(format)) {
    return invalid(
      format === undefined
        ? `The feed${source} has no "format"; expected "${FEED_FORMAT}".`
        : `The feed${source} has the format "${show(format)}"; only "${FEED_FORMAT}" is supported.`,
      'format',
    );
  }
  const rawEvent = own(json, 'event');
  if (!isObject(rawEvent)) return invalid(`The feed${source} has no "event" object.`, 'event');
  const rawZone = own(rawEvent, 'timeZone');
  if (!checkOf(EventSchema.entries.timeZone!)(rawZone)) {
    return invalid(`The feed${source} has no "event.timeZone" (an IANA time zone such as "Europe/Paris").`, 'event.timeZone');
  }
  const timeZone = knownTimeZone(rawZone as string); // a non-empty string: checked above
  if (timeZone === undefined) {
    return invalid(`The feed${source} has the time zone "${show(rawZone)}", which is not a known IANA time zone.`, 'event.timeZone');
  }
  const rawSessions = own(json, 'sessions');
  if (!Array.isArray(rawSessions)) return invalid(`The feed${source} has no "sessions" array.`, 'sessions');

  const n = new Normaliser(timeZone);
  const report = n.report;

  // Event ------------------------------------------------------------------------------------
  const eventRef: ItemRef = { kind: 'event', where: 'event' };
  const ev = readObject(EventSchema, rawEvent, 'event', 'event', report, {
    children: { venue: { kind: 'venue' } },
  }) as Json; // cannot fail: timeZone, its only required field, was checked above
  if (typeof ev.defaultLanguage === 'string') n.defaultLanguage = ev.defaultLanguage;
  else if (ev.defaultLanguage === undefined && own(rawEvent, 'defaultLanguage') === undefined) {
    report.add('missing-field', 'event.defaultLanguage', eventRef, {
      field: 'defaultLanguage',
      action: 'replaced',
      fallback: FALLBACK_LANGUAGE,
    });
  }
  let eventId = typeof ev.id === 'string' ? ev.id : undefined;
  if (eventId === undefined) {
    if (own(rawEvent, 'id') === undefined) {
      report.add('missing-field', 'event.id', eventRef, { field: 'id', action: 'replaced', fallback: FALLBACK_EVENT_ID });
    }
    eventId = FALLBACK_EVENT_ID;
  }
  const eventDates: { startDate?: string; endDate?: string } = {};
  for (const key of ['startDate', 'endDate'] as const) {
    const raw = ev[key];
    if (typeof raw !== 'string') continue;
    if (parseDate(raw)) eventDates[key] = raw;
    else report.add('invalid-date', `event.${key}`, eventRef, { field: key, value: show(raw), action: 'ignored' });
  }
  if (eventDates.startDate && eventDates.endDate && eventDates.endDate < eventDates.startDate) {
    report.add('end-before-start', 'event.endDate', eventRef, {
      start: eventDates.startDate,
      end: eventDates.endDate,
      action: 'ignored',
    });
    delete eventDates.endDate;
  }
  let venue: Venue | undefined;
  if (isObject(ev.venue)) {
    const raw = ev.venue;
    const geo = raw.geo as { lat: number; lon: number } | undefined;
    const built: Venue = {
      ...(n.text(raw.name) && { name: n.text(raw.name) }),
      ...(n.text(raw.address) && { address: n.text(raw.address) }),
      ...(geo && { geo: { lat: geo.lat, lon: geo.lon } }),
    };
    if (Object.keys(built).length > 0) venue = built;
  }
  const eventUrl = n.url(ev.url, 'event.url', eventRef);
  const event: EventInfo = {
    id: eventId,
    timeZone,
    defaultLanguage: n.defaultLanguage,
    // The schema's pattern has checked "HH:MM" (an invalid value is reported and dropped).
    dayChangeMinutes:
      typeof ev.dayChange === 'string' ? Number(ev.dayChange.slice(0, 2)) * 60 + Number(ev.dayChange.slice(3, 5)) : 0,
    ...(n.text(ev.title) && { title: n.text(ev.title) }),
    ...eventDates,
    ...(eventUrl && { url: eventUrl }),
    ...(venue && { venue }),
  };

  // Floors -----------------------------------------------------------------------------------
  const floors = yield* readItems<Floor>(rawList(json, 'floors', report), 'floors', 'floor', report, (raw, where) => {
    const f = readObject(FloorSchema, withoutHugePolygon(raw, 'outline', where, 'floor', report), where, 'floor', report);
    if (!f) return undefined;
    const item: ItemRef = { kind: 'floor', where, id: f.id as string };
    const image = n.url(f.image, `${where}.image`, item, IMAGE_PROTOCOLS);
    const name = n.text(f.name);
    const outline = f.outline as readonly Point[] | undefined;
    return {
      id: f.id as string,
      width: f.width as number,
      height: f.height as number,
      ...(name && { name }),
      ...(image && { image }),
      ...(outline && { outline: outline.map(([x, y]) => [x, y] as const) }),
    };
  });

  // Rooms ------------------------------------------------------------------------------------
  const rooms = yield* readItems<Room>(rawList(json, 'rooms', report), 'rooms', 'room', report, (raw, where) => {
    const r = readObject(RoomSchema, withoutHugePolygon(raw, 'shape', where, 'room', report), where, 'room', report);
    if (!r) return undefined;
    const item: ItemRef = { kind: 'room', where, id: r.id as string };
    const name = n.text(r.name);
    if (r.name !== undefined && name === undefined) {
      report.add('empty-name', `${where}.name`, item, { action: 'no-name' });
    }
    let floor = r.floor as string | undefined;
    if (floor !== undefined && !floors.has(floor)) {
      report.add('unknown-reference', `${where}.floor`, item, { field: 'floor', target: 'floor', value: show(floor), action: 'ignored' });
      floor = undefined;
    }
    let shape: RoomShape | undefined;
    const rawShape = r.shape as { points?: Point[]; x?: number; y?: number; width?: number; height?: number } | undefined;
    if (rawShape?.points) shape = { kind: 'polygon', points: rawShape.points.map(([x, y]) => [x, y] as const) };
    else if (rawShape) {
      shape = { kind: 'rect', x: rawShape.x!, y: rawShape.y!, width: rawShape.width!, height: rawShape.height! };
    }
    return {
      id: r.id as string,
      ...(name && { name }),
      ...(floor !== undefined && { floor }),
      ...(shape && { shape }),
      ...(r.capacity !== undefined && { capacity: r.capacity as number }),
      ...(r.accessible !== undefined && { accessible: r.accessible as boolean }),
    };
  });

  // Organisations ----------------------------------------------------------------------------
  const organizations = yield* readItems<Organization>(
    rawList(json, 'organizations', report),
    'organizations',
    'organization',
    report,
    (raw, where) => {
      const o = readObject(OrganizationSchema, raw, where, 'organization', report);
      if (!o) return undefined;
      const item: ItemRef = { kind: 'organization', where, id: o.id as string };
      const name = n.text(o.name);
      if (!name) {
        report.add('missing-field', `${where}.name`, item, { field: 'name', action: 'skipped' });
        return undefined;
      }
      const shortName = typeof o.shortName === 'string' ? collapse(o.shortName) : '';
      const url = n.url(o.url, `${where}.url`, item);
      return { id: o.id as string, name, ...(shortName && { shortName }), ...(url && { url }) };
    },
  );

  // People -----------------------------------------------------------------------------------
  const people = yield* readItems<Person>(rawList(json, 'people', report), 'people', 'person', report, (raw, where) => {
    const p = readObject(PersonSchema, raw, where, 'person', report);
    if (!p) return undefined;
    const item: ItemRef = { kind: 'person', where, id: p.id as string };
    const name = collapse(p.name as string);
    if (!name) {
      report.add('missing-field', `${where}.name`, item, { field: 'name', action: 'skipped' });
      return undefined;
    }
    let organization = p.organization as string | undefined;
    if (organization !== undefined && !organizations.has(organization)) {
      report.add('unknown-reference', `${where}.organization`, item, {
        field: 'organization',
        target: 'organization',
        value: show(organization),
        action: 'ignored',
      });
      organization = undefined;
    }
    const title = n.text(p.title);
    const url = n.url(p.url, `${where}.url`, item);
    return {
      id: p.id as string,
      name,
      ...(title && { title }),
      ...(organization !== undefined && { organization }),
      ...(url && { url }),
    };
  });

  // Themes -----------------------------------------------------------------------------------
  const themes = yield* readItems<Theme>(rawList(json, 'themes', report), 'themes', 'theme', report, (raw, where) => {
    const t = readObject(ThemeSchema, raw, where, 'theme', report, { codes: { color: 'invalid-color' } });
    if (!t) return undefined;
    const name = n.text(t.name);
    if (!name) {
      report.add('missing-field', `${where}.name`, { kind: 'theme', where, id: t.id as string }, { field: 'name', action: 'skipped' });
      return undefined;
    }
    const color = safeColor(t.color);
    return { id: t.id as string, name, ...(color && { color }) };
  });

  // Blocks -----------------------------------------------------------------------------------
  const unsortedBlocks = yield* readItems<Block>(rawList(json, 'blocks', report), 'blocks', 'block', report, (raw, where) => {
    const b = readObject(BlockSchema, raw, where, 'block', report);
    if (!b) return undefined;
    const item: ItemRef = { kind: 'block', where, id: b.id as string };
    const times = startAndEnd(n, b, where, item);
    if (!times) return undefined;
    const title = n.text(b.title);
    return { id: b.id as string, ...(title && { title }), ...times };
  });
  const blockOrder = [...unsortedBlocks.values()].map((block, i) => ({ block, i }));
  blockOrder.sort((a, b) => byTime(a.block, b.block, a.i, b.i));
  const blocks = new Map(blockOrder.map(({ block }) => [block.id, block] as const));

  // Sessions ---------------------------------------------------------------------------------
  const eventStart = eventDates.startDate ? dayStart(eventDates.startDate, timeZone, 0) : undefined;
  // The last programme day runs until the day change (a congress's last night, to 04:00).
  const eventEnd = eventDates.endDate ? dayStart(eventDates.endDate, timeZone, 1) + event.dayChangeMinutes * 60_000 : undefined;
  const sessionOptions: ReadOptions = {
    fallbacks: { kind: 'other', status: 'scheduled' },
    caps: {
      organizers: FEED_LIMITS.organizers,
      participants: FEED_LIMITS.participants,
      themes: FEED_LIMITS.themes,
      sdgs: FEED_LIMITS.sdgs,
      interpretation: FEED_LIMITS.interpretation,
    },
    children: { participants: { kind: 'participant', options: { fallbacks: { role: 'speaker' } } } },
  };
  const byId = yield* readItems<Session>(rawSessions, 'sessions', 'session', report, (raw, where, index) => {
    const s = readObject(SessionSchema, raw, where, 'session', report, sessionOptions);
    if (!s) return undefined;
    const id = s.id as string;
    const item: ItemRef = { kind: 'session', where, id };
    const title = n.text(s.title);
    if (!title) {
      report.add('missing-field', `${where}.title`, item, { field: 'title', action: 'skipped' });
      return undefined;
    }
    const times = startAndEnd(n, s, where, item);
    if (!times) return undefined;

    let room = s.room as string | undefined;
    if (room !== undefined && !rooms.has(room)) {
      report.add('unknown-reference', `${where}.room`, item, { field: 'room', target: 'room', value: show(room), action: 'no-room' });
      room = undefined;
    }
    let block = s.block as string | undefined;
    if (block !== undefined && !blocks.has(block)) {
      report.add('unknown-reference', `${where}.block`, item, { field: 'block', target: 'block', value: show(block), action: 'ignored' });
      block = undefined;
    }
    const organizers = knownRefs(s.organizers, organizations, 'organizers', 'organization', item, report);
    const themeIds = knownRefs(s.themes, themes, 'themes', 'theme', item, report);
    const participants = knownParticipants(s.participants, people, item, report);
    const rawSdgs = s.sdgs as (number | undefined)[] | undefined;
    const sdgs = rawSdgs && rawSdgs.length > 0 ? uniqueDefined(rawSdgs).sort((a, b) => a - b) : [];
    const rawLanguages = s.languages as (string | undefined)[] | undefined;
    const languages = uniqueDefined([s.language as string | undefined, ...(rawLanguages ?? [])]);
    const rawInterpretation = s.interpretation as (string | undefined)[] | undefined;
    const interpretation = rawInterpretation && rawInterpretation.length > 0 ? uniqueDefined(rawInterpretation) : [];

    if (
      (eventStart !== undefined && times.start < eventStart) ||
      (eventEnd !== undefined && times.end > eventEnd)
    ) {
      report.add('outside-event-dates', `${where}.start`, item, {
        date: eventDateOf(times.start < (eventStart ?? -Infinity) ? times.start : times.end - 1, timeZone),
        startDate: eventDates.startDate ?? '…',
        endDate: eventDates.endDate ?? '…',
        action: 'kept',
      });
    }
    const blockInfo = block === undefined ? undefined : blocks.get(block);
    if (blockInfo && (times.start < blockInfo.start || times.end > blockInfo.end)) {
      report.add('outside-block', `${where}.block`, item, { block: blockInfo.id, action: 'kept' });
    }

    // Built by assignment rather than spreads: this runs once per session of a big feed.
    const session: { -readonly [K in keyof Session]: Session[K] } = {
      id,
      index,
      kind: (s.kind as SessionKind | undefined) ?? 'other',
      title,
      start: times.start,
      end: times.end,
      organizers,
      participants,
      themes: themeIds,
      sdgs,
      languages,
      interpretation,
      status: (s.status as SessionStatus | undefined) ?? 'scheduled',
    };
    const label = n.text(s.label);
    if (label) session.label = label;
    const subtitle = n.text(s.subtitle);
    if (subtitle) session.subtitle = subtitle;
    if (room !== undefined) session.room = room;
    if (block !== undefined) session.block = block;
    const summary = n.text(s.summary);
    if (summary) session.summary = summary;
    const description = n.text(s.description, true);
    if (description) session.description = description;
    if (languages.length > 0) session.language = languages[0];
    const url = n.url(s.url, `${where}.url`, item);
    if (url) session.url = url;
    return session;
  });

  const sessions = [...byId.values()].sort((a, b) => byTime(a, b, a.index, b.index));
  const sessionsById = new Map(sessions.map((s) => [s.id, s] as const));
  const sessionsByBlock = new Map<string, Session[]>([...blocks.keys()].map((id) => [id, []]));
  for (const session of sessions) {
    if (session.block !== undefined) sessionsByBlock.get(session.block)?.push(session);
  }

  return {
    ok: true,
    programme: {
      format: FEED_FORMAT,
      event,
      floors,
      rooms,
      organizations,
      people,
      themes,
      blocks,
      sessions,
      sessionsById,
      sessionsByBlock,
      warnings: report.warnings,
    },
  };
}

/**
 * `raw` without its polygon (`outline` of a floor, `shape` of a room) when that has more points
 * than `FEED_LIMITS.polygonPoints`, reported as `too-many`: it is dropped before the schema
 * checks each of its points (300,000 of them took seconds), and the item keeps the rest.
 */
function withoutHugePolygon(raw: unknown, key: 'outline' | 'shape', where: string, kind: ItemKind, report: Reporter): unknown {
  if (!isObject(raw)) return raw;
  const value = own(raw, key);
  const points = key === 'outline' ? value : isObject(value) ? own(value, 'points') : undefined;
  if (!Array.isArray(points) || points.length <= FEED_LIMITS.polygonPoints) return raw;
  const field = key === 'outline' ? 'outline' : 'shape.points';
  report.add('too-many', `${where}.${field}`, itemOf(raw, where, kind), { field, count: points.length, max: FEED_LIMITS.polygonPoints, action: 'ignored' });
  const copy: Json = {};
  for (const k of Object.keys(raw)) if (k !== key) copy[k] = raw[k];
  return copy;
}

function dayStart(date: string, timeZone: string, addDays: number): number {
  const [y, mo, d] = parseDate(date)!;
  const next = new Date(utcMillis(y, mo, d + addDays));
  return startOfLocalDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone);
}

/** Lists longer than this are de-duplicated through a Set; shorter ones by a scan (cheaper). */
const SCAN_LIMIT = 16;

function uniqueDefined<T>(values: readonly (T | undefined)[]): T[] {
  const unique: T[] = [];
  if (values.length <= SCAN_LIMIT) {
    for (const value of values) if (value !== undefined && !unique.includes(value)) unique.push(value);
    return unique;
  }
  const seen = new Set<T>();
  for (const value of values) {
    if (value === undefined || seen.has(value)) continue;
    seen.add(value);
    unique.push(value);
  }
  return unique;
}

/** Known ids of a reference list (unknown ones are reported), unique, in feed order. */
function knownRefs(
  raw: unknown,
  map: ReadonlyMap<string, unknown>,
  key: string,
  target: ItemKind,
  item: ItemRef,
  report: Reporter,
): string[] {
  const refs = raw as (string | undefined)[] | undefined;
  if (!refs || refs.length === 0) return [];
  const known: (string | undefined)[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (ref === undefined) continue;
    if (map.has(ref)) known.push(ref);
    else {
      report.add('unknown-reference', `${item.where}.${key}[${i}]`, item, {
        field: `${key}[${i}]`,
        target,
        value: show(ref),
        action: 'left-out',
      });
    }
  }
  return uniqueDefined(known);
}

function knownParticipants(raw: unknown, people: ReadonlyMap<string, Person>, item: ItemRef, report: Reporter): Participant[] {
  const list = raw as (Json | undefined)[] | undefined;
  if (!list || list.length === 0) return [];
  const participants: Participant[] = [];
  // A session lists a handful of people: a scan beats a string key per pair, until it doesn't.
  const seen = list.length > SCAN_LIMIT ? new Map<string, Set<Role>>() : undefined;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!p) continue;
    const person = p.person as string;
    if (!people.has(person)) {
      report.add('unknown-reference', `${item.where}.participants[${i}].person`, item, {
        field: `participants[${i}].person`,
        target: 'person',
        value: show(person),
        action: 'left-out',
      });
      continue;
    }
    const role = (p.role as Role | undefined) ?? 'speaker';
    if (seen) {
      let roles = seen.get(person);
      if (!roles) seen.set(person, (roles = new Set()));
      if (roles.has(role)) continue;
      roles.add(role);
    } else if (participants.some((other) => other.person === person && other.role === role)) continue;
    participants.push({ person, role });
  }
  return participants;
}

function startAndEnd(n: Normaliser, raw: Json, where: string, item: ItemRef): { start: number; end: number } | undefined {
  const start = n.time(raw.start, `${where}.start`, item, 'start');
  if (start === undefined) return undefined;
  const end = n.time(raw.end, `${where}.end`, item, 'end');
  if (end === undefined) return undefined;
  if (end <= start) {
    n.report.add('end-before-start', `${where}.end`, item, { start: show(raw.start), end: show(raw.end), action: 'skipped' });
    return undefined;
  }
  return { start, end };
}
