/**
 * What the converters share: their result shape, JSON paths for warnings, small text helpers.
 * Converters are pure (no DOM, no Node API): the CLI and the browser tests run the same code.
 */
import { SESSION_KINDS } from '../feed/model.js';
import { DATE_TIME_PATTERN } from '../feed/patterns.js';

/** Converters speak to programme editors in French or English (`--lang`, `LANG`). */
export type InteropLanguage = 'en' | 'fr';

/** One sentence in both languages. */
export interface Say {
  readonly en: string;
  readonly fr: string;
}

export function say(en: string, fr: string): Say {
  return { en, fr };
}

/** French quotes with their no-break spaces: « value ». */
export function q(value: string): string {
  return `«\u00a0${value}\u00a0»`;
}

/** A deviation met while converting, and what was done about it (in the language asked for). */
export interface InteropWarning {
  /** JSON path into the input (`schedule.conference.days[0].rooms["Curie"][3].slug`) or CSV `row 4, column "fin"`. */
  readonly path: string;
  readonly message: string;
}

/** A raw `aict-programme/1` feed as written by an importer (plain JSON). */
export type FeedJson = Record<string, unknown> & { format: 'aict-programme/1'; sessions: unknown[] };

/** What the input held that the feed does not: sessions and people left out. */
export interface Losses {
  readonly sessions: number;
  readonly people: number;
}

export interface ImportResult {
  readonly feed: FeedJson;
  readonly warnings: readonly InteropWarning[];
  /** Sessions and people of the input that are not in the feed (a skipped row, an event without title…). */
  readonly lost: Losses;
}

/** The input cannot be converted at all (not a schedule, no rows…). */
export class InteropError extends Error {
  override readonly name = 'InteropError';
  constructor(readonly said: Say) {
    super(said.en);
  }
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

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** ISO date-time with the zone's offset at that instant (`…+02:00`). */
export function isoInZone(instant: number, zone: string): string {
  // Intl gives the offset without a date library: "GMT+02:00" / "GMT". Building a formatter
  // costs far more than using one: one per zone, kept.
  let format = offsetFormats.get(zone);
  if (!format) offsetFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const parts = format.formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return isoAtOffset(instant, offset.length === 3 ? `${offset}:00` : offset);
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `[text](https://…)`. The text excludes `[` as well as `]`: each attempt then stops at the next
 * bracket, so a 40,000-character cell of `[` is read in linear time, not quadratic.
 */
const MARKDOWN_LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^()\s]+)\)/g;

/** Whether a text holds an HTML tag (each attempt stops at the next `<`: linear). */
export function hasTags(text: string): boolean {
  return /<\/?[a-z][^<>]*>/i.test(text);
}

/**
 * Plain text or light Markdown (what frab, pretalx and spreadsheets hold) → the feed's limited
 * HTML: paragraphs at blank lines, `<br>` at line breaks, `[text](https://…)` links. Text that
 * already has tags is kept as it is: the widgets' sanitizer removes what is not allowed.
 */
export function textToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (hasTags(normalised)) return normalised;
  return normalised
    .split(/\n\s*\n/)
    .map((paragraph) =>
      escapeHtml(paragraph.trim())
        .replace(MARKDOWN_LINK, '<a href="$2">$1</a>')
        .replace(/\n/g, '<br>'),
    )
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/** Plain text from light Markdown: `[text](url)` → `text`. */
export function markdownToPlain(text: string): string {
  return text.replace(MARKDOWN_LINK, '$1');
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

interface Group {
  path: string | Say;
  message: Say;
  count: number;
}

/**
 * Warnings, grouped by cause: the same deviation met 400 times is one line with the path of
 * its first occurrence, "(and 399 more like it)". Also counts what was lost, for the exit code.
 */
export class WarningList {
  private readonly groups = new Map<string, Group>();
  private lostSessions = 0;
  private lostPeople = 0;

  /**
   * `group` names the cause; without it, warnings group when path and message are the same.
   * A path may be a `Say` when it is words (`row 4, column "fin"`).
   */
  add(path: string | Say, message: Say, group?: string): void {
    const key = group ?? `${typeof path === 'string' ? path : path.en}\u0000${message.en}`;
    const existing = this.groups.get(key);
    if (existing) existing.count++;
    else this.groups.set(key, { path, message, count: 1 });
  }

  /** A session (or `n`) of the input did not make it into the feed; the warning says why. */
  lostSession(n = 1): void {
    this.lostSessions += n;
  }

  lostPerson(n = 1): void {
    this.lostPeople += n;
  }

  get lost(): Losses {
    return { sessions: this.lostSessions, people: this.lostPeople };
  }

  list(lang: InteropLanguage = 'en'): InteropWarning[] {
    return [...this.groups.values()].map(({ path, message, count }) => ({
      path: typeof path === 'string' ? path : path[lang],
      message:
        count > 1
          ? lang === 'fr'
            ? `${message.fr} (et ${count - 1} autre${count > 2 ? 's' : ''} du même type)`
            : `${message.en} (and ${count - 1} more like it)`
          : message[lang],
    }));
  }

  /** The result of a converter: warnings in both languages are rendered by the caller. */
  result(feed: FeedJson): LocalizedImport {
    return { feed, lost: this.lost, warningsIn: (lang) => this.list(lang), warnings: this.list('en') };
  }
}

/** An import result whose warnings can be read in either language. */
export interface LocalizedImport extends ImportResult {
  warningsIn(lang: InteropLanguage): InteropWarning[];
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

// ---------------------------------------------------------------------------------------------
// Text from outside

/**
 * Bytes of a file as text: UTF-8 (a BOM is dropped) when they are valid UTF-8, else
 * Windows-1252, what French Excel writes with "CSV (séparateur : point-virgule)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // By hand: some runtimes decode the label "windows-1252" as ISO-8859-1, which turns
    // Excel's ’ « » – € into control characters.
    let text = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
    }
    return { text, encoding: 'windows-1252' };
  }
}

/** Windows-1252 bytes 0x80–0x9F (the five undefined ones kept as their C1 code points). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', copy: '©', reg: '®',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', icirc: 'î', ocirc: 'ô', ucirc: 'û', Eacute: 'É',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

/** Whether a text holds HTML character references (`&amp;`, `&#39;`, `&auml;`), as old frab writes. */
export function hasEntities(text: string): boolean {
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    const name = m[1];
    if (name[0] === '#' || Object.hasOwn(NAMED_ENTITIES, name)) return true;
  }
  return false;
}

/** Decodes HTML character references; unknown names are kept as they are. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
  });
}

/**
 * Text from a feed or an input file made safe to print on a terminal: control characters
 * (ESC sequences that move the cursor, set the title, hide text…, C1 controls, BiDi overrides)
 * are shown as `\x1b`-style escapes instead of being interpreted.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', anglais: 'en', englisch: 'en', german: 'de', deutsch: 'de', allemand: 'de', french: 'fr',
  francais: 'fr', français: 'fr', franzosisch: 'fr', spanish: 'es', espagnol: 'es', italian: 'it', italien: 'it',
  portuguese: 'pt', portugais: 'pt', polish: 'pl', polonais: 'pl', polnisch: 'pl', arabic: 'ar', arabe: 'ar', dutch: 'nl', russian: 'ru',
};

/**
 * Every language a field names: `"de, en"`, `"de/en"`, `["de", "en"]`, `"German"` → codes,
 * and the parts that name no language.
 */
export function languagesOf(value: unknown): { codes: string[]; unknown: string[] } {
  const parts = (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(/[,;/+&|]|\s+(?:and|et|und)\s+/i) : []))
    .map((p) => p.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const named = Object.hasOwn(LANGUAGE_NAMES, part.toLowerCase()) ? LANGUAGE_NAMES[part.toLowerCase()] : undefined;
    const code = named ?? languageCode(part);
    if (code && (named || /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(part))) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  return { codes, unknown };
}

/** Levenshtein distance, stopping early above `max` (names are short). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** A name compared loosely: no accents, case, punctuation or spaces (`Salle L. Armand` = `salle l armand`). */
export function looseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Pairs of names that are probably one room typed twice ("Salle Armand" / "Sale Armand",
 * "Amphi A" / "amphi a"): equal when compared loosely, or one typo apart (two for long names).
 */
export function nearDuplicates(names: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const loose = names.map(looseName);
  // Rooms are few; past a few hundred names this would be slow and meaningless.
  if (names.length > 300) return pairs;
  const words = names.map((n) => looseWords(n));
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = loose[i];
      const b = loose[j];
      if (a === b && a) {
        pairs.push([names[i], names[j]]);
        continue;
      }
      if (a.length < 6 || b.length < 6 || numbered(words[i], words[j])) continue;
      const max = Math.min(a.length, b.length) >= 10 ? 2 : 1;
      if (editDistance(a, b, max) <= max) pairs.push([names[i], names[j]]);
    }
  }
  return pairs;
}

function looseWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** "Salle 1" / "Salle 2", "Amphi A" / "Amphi B": names that differ by a number or a letter are a series, not a typo. */
function numbered(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let differing = 0;
  let short = true;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    differing++;
    if (!(/^\d+$/.test(a[k]) && /^\d+$/.test(b[k])) && !(a[k].length <= 2 && b[k].length <= 2)) short = false;
  }
  return differing === 1 && short;
}
