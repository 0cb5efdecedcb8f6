/**
 * What the converters share: their result shape, JSON paths for warnings, small text helpers.
 * Converters are pure (no DOM, no Node API): the CLI and the browser tests run the same code.
 */
import { SESSION_KINDS } from '../feed/model.js';
import { DATE_TIME_PATTERN } from '../feed/patterns.js';

/** A deviation met while converting, and what was done about it. */
export interface InteropWarning {
  /** JSON path into the input (`schedule.conference.days[0].rooms["Curie"][3].slug`) or CSV `row 4, column "fin"`. */
  readonly path: string;
  readonly message: string;
}

/** A raw `aict-programme/1` feed as written by an importer (plain JSON). */
export type FeedJson = Record<string, unknown> & { format: 'aict-programme/1'; sessions: unknown[] };

export interface ImportResult {
  readonly feed: FeedJson;
  readonly warnings: readonly InteropWarning[];
}

/** The input cannot be converted at all (not a schedule, no rows…). */
export class InteropError extends Error {
  override readonly name = 'InteropError';
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base.key`, or `base["key"]` when the key is not a plain identifier. */
export function pathKey(base: string, key: string): string {
  const step = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return base ? `${base}${step}` : step.replace(/^\./, '');
}

export function pathIndex(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** A value short enough for a message. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A trimmed non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isDateTime(value: string): boolean {
  return DATE_TIME_PATTERN.test(value);
}

/** `±HH:MM` at the end of an ISO date-time (`Z` as `+00:00`), or undefined without an offset. */
export function offsetOf(dateTime: string): string | undefined {
  const m = /(Z|[+-]\d{2}(?::?\d{2})?)$/.exec(dateTime);
  if (!m || !DATE_TIME_PATTERN.test(dateTime)) return undefined;
  if (m[1] === 'Z') return '+00:00';
  const digits = m[1].slice(1).replace(':', '');
  return `${m[1][0]}${digits.slice(0, 2)}:${digits.slice(2).padEnd(2, '0')}`;
}

function offsetMinutes(offset: string): number {
  const sign = offset[0] === '-' ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** The instant written as wall-clock time at a fixed offset: `2022-06-20T16:00:00+02:00`. */
export function isoAtOffset(instant: number, offset: string): string {
  const local = new Date(instant + offsetMinutes(offset) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

/** ISO date-time with the zone's offset at that instant (`…+02:00`). */
export function isoInZone(instant: number, zone: string): string {
  // Intl gives the offset without a date library: "GMT+02:00" / "GMT".
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return isoAtOffset(instant, offset.length === 3 ? `${offset}:00` : offset);
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Plain text or light Markdown (what frab, pretalx and spreadsheets hold) → the feed's limited
 * HTML: paragraphs at blank lines, `<br>` at line breaks, `[text](https://…)` links. Text that
 * already has tags is kept as it is: the widgets' sanitizer removes what is not allowed.
 */
export function textToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (/<\/?[a-z][^>]*>/i.test(normalised)) return normalised;
  return normalised
    .split(/\n\s*\n/)
    .map((paragraph) =>
      escapeHtml(paragraph.trim())
        .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
        .replace(/\n/g, '<br>'),
    )
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/** Plain text from light Markdown: `[text](url)` → `text`. */
export function markdownToPlain(text: string): string {
  return text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1');
}

/** A text in its language: a plain string in the feed's default language, else `{ lang: text }`. */
export function textIn(value: string, lang: string | undefined, defaultLanguage: string): string | Record<string, string> {
  return lang && lang !== defaultLanguage ? { [lang]: value } : value;
}

/** The primary language subtag, lower-cased (`de-DE` → `de`), or undefined. */
export function languageCode(value: unknown): string | undefined {
  const text = str(value);
  const primary = text?.split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The most frequent value (first seen wins a tie). */
export function mostFrequent(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > counts.get(best)!) best = value;
  }
  return best;
}

/**
 * Identical deviations (the same field missing from 48 events) as one warning each, counted:
 * "… (and 47 more like it)", with the path of the first.
 */
export class WarningList {
  private readonly groups = new Map<string, { path: string; message: string; count: number }>();

  add(path: string, message: string, group = `${path}\u0000${message}`): void {
    const existing = this.groups.get(group);
    if (existing) existing.count++;
    else this.groups.set(group, { path, message, count: 1 });
  }

  list(): InteropWarning[] {
    return [...this.groups.values()].map(({ path, message, count }) => ({
      path,
      message: count > 1 ? `${message} (and ${count - 1} more like it)` : message,
    }));
  }
}

const KIND_WORDS: readonly (readonly [RegExp, string])[] = [
  [/keynote|grand t[ée]moin|invit[ée] d.honneur/, 'keynote'],
  [/pl[ée]ni[èe]re?|plenary|opening|closing|ouverture|cl[ôo]ture|ceremon/, 'plenary'],
  [/atelier|workshop|hands.?on|tutorial|werkstatt/, 'workshop'],
  [/table.?ronde|round.?table|panel|discussion|d[ée]bat|podium/, 'roundtable'],
  [/groupe.?pays|country.?group/, 'country-group'],
  [/side.?event|[ée]v[ée]nement (parall[èe]le|associ[ée])/, 'side-event'],
  [/pause|break|lunch|d[ée]jeuner|caf[ée]|coffee|repas/, 'break'],
  [/cocktail|r[ée]ception|soir[ée]e|party|social|concert|apéro|ap[ée]ritif/, 'social'],
  [/conf[ée]rence|conference|talk|lecture|vortrag|pr[ée]sentation|presentation|s[ée]ance/, 'conference'],
];

/** A session kind of the feed from a free-form type ("Talk 30 min", « Table ronde »), or `other`. */
export function guessKind(value: string | undefined): string {
  const text = value?.toLowerCase().trim();
  if (!text) return 'other';
  if ((SESSION_KINDS as readonly string[]).includes(text)) return text;
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(text)) return kind;
  return 'other';
}
