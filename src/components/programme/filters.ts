/**
 * Pure filtering for `<aict-programme>`: search normalisation, matching, the counts shown
 * next to each filter value, and the table of filter dimensions (`DIMENSIONS`) that the
 * element's attributes, the URL hash, the counts and the filter controls all loop over.
 * No DOM; tested on its own.
 */
import { msg } from '@lit/localize';
import { SESSION_KINDS, type LocalizedText, type Programme, type Session, type SessionKind } from '../../feed/model.js';
import { sdgName } from '../../i18n/sdgs.js';
import { kindName } from '../../shared/labels.js';
import { roomToBeConfirmed } from '../../shared/session-parts.js';

export interface Filters {
  /** Free text; every word must appear (case- and accent-insensitive). */
  readonly query: string;
  readonly themes: readonly string[];
  readonly kinds: readonly string[];
  readonly rooms: readonly string[];
  readonly sdgs: readonly number[];
  /** Only the visitor's favourites ("my programme"). */
  readonly favourites: boolean;
}

export const NO_FILTERS: Filters = { query: '', themes: [], kinds: [], rooms: [], sdgs: [], favourites: false };

/** The filter dimensions that have values to count. */
export type Dimension = 'themes' | 'kinds' | 'rooms' | 'sdgs';

/** Pseudo room id of the sessions whose room is to be confirmed. */
export const NO_ROOM = '-';

/** A filter value's name: feed text, or words of the interface (call during an update). */
export type OptionName = LocalizedText | string;

/** How many values a filter lists at once; past that, a search within the filter finds the others. */
export const FACET_CAP = 50;

/**
 * One filter dimension: everything the element, the hash, the counts and the controls need to
 * know about it. Its attribute (on the element, comma-separated values) and its hash key are
 * one name.
 */
export interface DimensionSpec {
  /** The field of `Filters`. */
  readonly key: Dimension;
  /** The element's attribute and property, and the key in the `#aict:` hash. */
  readonly attribute: 'theme' | 'kind' | 'room' | 'sdg';
  /** An attribute or hash value as the filter's values. */
  readonly parse: (value: string | null | undefined) => readonly (string | number)[];
  /** Values as an attribute value (`null`: no attribute). */
  readonly format: (values: readonly (string | number)[]) => string | null;
  /** The values a session has in this dimension. */
  readonly values: (session: Session) => readonly (string | number)[];
  /** The control's legend (call during an update, like any `msg()`). */
  readonly label: () => string;
  /**
   * The values a programme offers, in the controls' order: only those at least one session
   * has (a feed may define 30,000 themes; the controls list what can be found).
   */
  readonly options: (programme: Programme) => readonly (string | number)[];
  /** A value's name (an unknown value, from an attribute or a link, is named by itself). */
  readonly name: (programme: Programme, value: string | number, ui: string) => OptionName;
}

const offered = new WeakMap<Programme, Map<Dimension, readonly (string | number)[]>>();

/** `options` of a dimension, computed once per programme. */
export function optionsOf(programme: Programme, d: DimensionSpec): readonly (string | number)[] {
  let byKey = offered.get(programme);
  if (!byKey) offered.set(programme, (byKey = new Map()));
  let list = byKey.get(d.key);
  if (!list) byKey.set(d.key, (list = d.options(programme)));
  return list;
}

/** Values that sessions have in a dimension (`options` run once per programme: `optionsOf`). */
function usedValues(programme: Programme, values: (s: Session) => readonly (string | number)[]): Set<string | number> {
  return new Set(programme.sessions.flatMap(values));
}

const formatList = (values: readonly (string | number)[]): string | null => (values.length ? values.join(',') : null);

/** The filter dimensions, in the order of the controls. */
export const DIMENSIONS: readonly DimensionSpec[] = [
  {
    key: 'themes',
    attribute: 'theme',
    parse: parseList,
    format: formatList,
    values: (s) => s.themes,
    label: () => msg('Themes'),
    options: (programme) => {
      const present = usedValues(programme, (s) => s.themes);
      return [...programme.themes.keys()].filter((id) => present.has(id));
    },
    name: (programme, value) => programme.themes.get(String(value))?.name ?? String(value),
  },
  {
    key: 'kinds',
    attribute: 'kind',
    parse: parseList,
    format: formatList,
    values: (s) => [s.kind],
    label: () => msg('Formats'),
    options: (programme) => kindsPresent(programme.sessions, SESSION_KINDS),
    name: (_programme, value) => (SESSION_KINDS.includes(value as SessionKind) ? kindName(value as SessionKind) : String(value)),
  },
  {
    key: 'rooms',
    attribute: 'room',
    parse: parseList,
    format: formatList,
    values: (s) => [s.room ?? NO_ROOM],
    label: () => msg('Rooms'),
    options: (programme) => {
      const present = usedValues(programme, (s) => [s.room ?? NO_ROOM]);
      const rooms: (string | number)[] = [...programme.rooms.keys()].filter((id) => present.has(id));
      if (present.has(NO_ROOM)) rooms.push(NO_ROOM);
      return rooms;
    },
    name: (programme, value) => {
      const room = value === NO_ROOM ? undefined : programme.rooms.get(String(value));
      return room?.name ?? (value === NO_ROOM || room ? roomToBeConfirmed() : String(value));
    },
  },
  {
    key: 'sdgs',
    attribute: 'sdg',
    parse: parseSdgs,
    format: formatList,
    values: (s) => s.sdgs,
    label: () => msg('SDGs'),
    options: (programme) => [...usedValues(programme, (s) => s.sdgs)].sort((a, b) => Number(a) - Number(b)),
    name: (_programme, value, ui) => `${value}. ${sdgName(Number(value), ui) ?? ''}`,
  },
];

const SPEC = new Map(DIMENSIONS.map((d) => [d.key, d]));

/** The row of `DIMENSIONS` for a dimension. */
export function dimension(key: Dimension): DimensionSpec {
  return SPEC.get(key)!;
}

/** Filters from attribute-like values: `get(name)` reads the query, each dimension's attribute, `favourites`. */
export function filtersFrom(query: string | null | undefined, get: (attribute: DimensionSpec['attribute']) => string | null | undefined, favourites: boolean): Filters {
  const filters: Record<string, unknown> = { query: query ?? '', favourites };
  for (const d of DIMENSIONS) filters[d.key] = d.parse(get(d.attribute));
  return filters as unknown as Filters;
}

/**
 * Search form of a text: Unicode-decomposed, combining marks removed, lower-cased, white space
 * collapsed. "Genrés" and "GENRES" both become "genres"; "Œ" is spelled out as "oe".
 */
export function normalise(text: string): string {
  // Fast path: plain ASCII only needs lower case (most names, ids and English text).
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’'`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, normalised; an empty list matches everything. */
export function queryTerms(query: string): string[] {
  return normalise(query).split(' ').filter(Boolean);
}

/** A comma-separated attribute value as a clean list ("a, b,,c" → ["a","b","c"]). */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))];
}

/** SDG numbers from an attribute value, keeping only 1–17. */
export function parseSdgs(value: string | null | undefined): number[] {
  return parseList(value)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 17);
}

export function hasFilters(filters: Filters): boolean {
  return queryTerms(filters.query).length > 0 || filters.favourites || DIMENSIONS.some((d) => filters[d.key].length > 0);
}

interface IndexState {
  readonly index: Map<string, string>;
  /** Sessions before this one are indexed. */
  next: number;
  readonly orgs: Map<string, string>;
  readonly people: Map<string, string>;
  readonly themes: Map<string, string>;
}

const indexes = new WeakMap<Programme, IndexState>();

function allLanguages(text: LocalizedText | undefined): string {
  return text ? Object.values(text).join(' ') : '';
}

/** A memoised lookup: people, organisations and themes recur across sessions. */
function memo(cache: Map<string, string>, id: string, compute: () => string): string {
  let text = cache.get(id);
  if (text === undefined) cache.set(id, (text = compute()));
  return text;
}

function sessionText(programme: Programme, state: IndexState, session: Session): string {
  const org = (id: string) =>
    memo(state.orgs, id, () => {
      const o = programme.organizations.get(id);
      return o ? normalise(`${allLanguages(o.name)} ${o.shortName ?? ''}`) : '';
    });
  const parts = [normalise(`${allLanguages(session.title)} ${allLanguages(session.label)}`)];
  for (const p of session.participants) {
    parts.push(
      memo(state.people, p.person, () => {
        const person = programme.people.get(p.person);
        if (!person) return '';
        return `${normalise(person.name)} ${person.organization ? org(person.organization) : ''}`;
      }),
    );
  }
  for (const id of session.organizers) parts.push(org(id));
  for (const id of session.themes) {
    parts.push(memo(state.themes, id, () => normalise(allLanguages(programme.themes.get(id)?.name))));
  }
  // A separator no query term contains, so that words of two fields never join.
  return parts.join(' | ');
}

/**
 * Builds the search index of `programme` until `deadline` (a `performance.now()` time), so that
 * it can be built in slices while the page is idle; returns whether it is complete.
 */
export function buildSearchIndex(programme: Programme, deadline = Number.POSITIVE_INFINITY): boolean {
  let state = indexes.get(programme);
  if (!state) {
    state = { index: new Map(), next: 0, orgs: new Map(), people: new Map(), themes: new Map() };
    indexes.set(programme, state);
  }
  const sessions = programme.sessions;
  while (state.next < sessions.length) {
    const session = sessions[state.next++]!;
    state.index.set(session.id, sessionText(programme, state, session));
    if ((state.next & 15) === 0 && performance.now() >= deadline) break;
  }
  return state.next >= sessions.length;
}

/**
 * Each session's searchable text in every language: title, label, people and their
 * organisations, organisers, themes. Built once per programme so typing stays fast.
 */
export function searchIndex(programme: Programme): ReadonlyMap<string, string> {
  buildSearchIndex(programme);
  return indexes.get(programme)!.index;
}

/** The filter values a session has in one dimension. */
export function valuesOf(session: Session, key: Dimension): readonly (string | number)[] {
  return dimension(key).values(session);
}

export interface Matcher {
  /** Whether `session` passes every filter (except `ignore`, for counts). */
  (session: Session, ignore?: Dimension): boolean;
}

/**
 * A predicate for `filters`: within one dimension the values are alternatives (theme A or B),
 * across dimensions they all apply (theme A and in room R).
 */
export function matcher(
  programme: Programme,
  filters: Filters,
  isFavourite: (id: string) => boolean = () => false,
): Matcher {
  const terms = queryTerms(filters.query);
  const index = terms.length ? searchIndex(programme) : undefined;
  const dims = DIMENSIONS.filter((d) => filters[d.key].length > 0);
  const sets = new Map(dims.map((d) => [d.key, new Set<string | number>(filters[d.key])]));
  return (session, ignore) => {
    if (filters.favourites && !isFavourite(session.id)) return false;
    if (index) {
      const text = index.get(session.id) ?? '';
      for (const term of terms) if (!text.includes(term)) return false;
    }
    for (const d of dims) {
      if (d.key === ignore) continue;
      const wanted = sets.get(d.key)!;
      if (!d.values(session).some((v) => wanted.has(v))) return false;
    }
    return true;
  };
}

/**
 * How many of `sessions` each value of `dimension` would show, given the other filters
 * (the usual faceted-search count: choosing the value gives that many, or adds them).
 */
export function countBy(sessions: readonly Session[], key: Dimension, matches: Matcher): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  const values = dimension(key).values;
  for (const session of sessions) {
    if (!matches(session, key)) continue;
    for (const value of values(session)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Kinds in the contract's order, limited to those present. */
export function kindsPresent(sessions: readonly Session[], order: readonly SessionKind[]): SessionKind[] {
  const present = new Set(sessions.map((s) => s.kind));
  return order.filter((k) => present.has(k));
}
