/**
 * The normalised, indexed programme that every element renders from.
 *
 * The raw feed (`aict-programme/1`, see `schema.ts`) is parsed once per feed URL into this
 * model: texts are language maps with clean whitespace, times are instants (epoch
 * milliseconds), references are checked, lists are indexed. Elements never look at raw JSON.
 */

/** A language code as used in the feed (`fr`, `en`, …). */
export type LanguageCode = string;

/**
 * A text in one or more languages. Always at least one entry; values are trimmed and
 * non-empty (plain texts also have runs of white space, line breaks included, collapsed).
 */
export type LocalizedText = Readonly<Record<LanguageCode, string>>;

export const SESSION_KINDS = [
  'plenary',
  'conference',
  'workshop',
  'roundtable',
  'keynote',
  'country-group',
  'side-event',
  'break',
  'social',
  'other',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Roles, in the order a session page lists them. */
export const ROLES = ['chair', 'introduction', 'moderator', 'speaker', 'discussant', 'rapporteur'] as const;
export type Role = (typeof ROLES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled', 'moved', 'full'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface Venue {
  readonly name?: LocalizedText;
  readonly address?: LocalizedText;
  readonly geo?: GeoPoint;
}

export interface EventInfo {
  readonly id: string;
  readonly title?: LocalizedText;
  /** IANA time zone, validated. */
  readonly timeZone: string;
  /** `YYYY-MM-DD`, event-local. */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly defaultLanguage: LanguageCode;
  /** Only `http:`/`https:`/`mailto:` URLs survive parsing. */
  readonly url?: string;
  readonly venue?: Venue;
  /**
   * When a programme day ends, in minutes after event-local midnight (`event.dayChange`,
   * default 0): a session starting at 01:00 with a day change at 04:00 belongs to the day before.
   */
  readonly dayChangeMinutes: number;
}

export type Point = readonly [number, number];

export interface Floor {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly width: number;
  readonly height: number;
  /** Background image, `http(s)` only. */
  readonly image?: string;
  readonly outline?: readonly Point[];
}

export type RoomShape =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'polygon'; readonly points: readonly Point[] };

export interface Room {
  readonly id: string;
  /** Absent when the feed gives none or an empty one (a warning is reported). */
  readonly name?: LocalizedText;
  /** Id of a known floor, or absent. */
  readonly floor?: string;
  readonly shape?: RoomShape;
  readonly capacity?: number;
  readonly accessible?: boolean;
}

export interface Organization {
  readonly id: string;
  readonly name: LocalizedText;
  readonly shortName?: string;
  readonly url?: string;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly title?: LocalizedText;
  /** Id of a known organisation, or absent. */
  readonly organization?: string;
  readonly url?: string;
}

export interface Theme {
  readonly id: string;
  readonly name: LocalizedText;
  /** `#rgb` or `#rrggbb` only. */
  readonly color?: string;
}

export interface Block {
  readonly id: string;
  readonly title?: LocalizedText;
  /** Epoch milliseconds. */
  readonly start: number;
  readonly end: number;
}

export interface Participant {
  /** Id of a known person. */
  readonly person: string;
  readonly role: Role;
}

export interface Session {
  readonly id: string;
  /** Position in the feed's `sessions` array (for warnings and stable ordering). */
  readonly index: number;
  readonly kind: SessionKind;
  readonly label?: LocalizedText;
  readonly title: LocalizedText;
  readonly subtitle?: LocalizedText;
  /** Epoch milliseconds; `end > start`. */
  readonly start: number;
  readonly end: number;
  /** Id of a known room; absent means "room to be confirmed". */
  readonly room?: string;
  /** Id of a known block. */
  readonly block?: string;
  readonly summary?: LocalizedText;
  /** Untrusted limited HTML, per language: render only through the sanitizer. */
  readonly description?: LocalizedText;
  /** Ids of known organisations. */
  readonly organizers: readonly string[];
  readonly participants: readonly Participant[];
  /** Ids of known themes. */
  readonly themes: readonly string[];
  /** SDG numbers 1–17, unique, ascending. */
  readonly sdgs: readonly number[];
  /** The first of `languages` (what older code reads). */
  readonly language?: LanguageCode;
  /** Languages spoken, unique, in feed order (`languages`, else `language`); may be empty. */
  readonly languages: readonly LanguageCode[];
  readonly interpretation: readonly LanguageCode[];
  readonly url?: string;
  readonly status: SessionStatus;
}

/** A problem found in a feed that did not stop it from rendering. */
export interface FeedWarning {
  /** JSON path into the feed, e.g. `sessions[7].start`. */
  readonly path: string;
  /** A stable machine-readable code, e.g. `unknown-reference`. */
  readonly code: string;
  /** Plain English explanation for the programme editor. */
  readonly message: string;
  /**
   * What the message was built from (item kind, id, field, offending value, …), so that
   * `describeWarning` in `diagnostics.ts` can say it again in another language.
   */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Programme {
  readonly format: 'aict-programme/1';
  readonly event: EventInfo;
  readonly floors: ReadonlyMap<string, Floor>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly people: ReadonlyMap<string, Person>;
  readonly themes: ReadonlyMap<string, Theme>;
  /** Blocks in time order. */
  readonly blocks: ReadonlyMap<string, Block>;
  /** Valid sessions sorted by start, then end, then feed order. */
  readonly sessions: readonly Session[];
  readonly sessionsById: ReadonlyMap<string, Session>;
  /** Sessions of each block, in the same order as `sessions`. */
  readonly sessionsByBlock: ReadonlyMap<string, readonly Session[]>;
  readonly warnings: readonly FeedWarning[];
}
