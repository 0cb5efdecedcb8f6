/**
 * Pure filtering for `<aict-programme>`: search normalisation, matching, and the counts shown
 * next to each filter value. No DOM; tested on its own.
 */
import type { LocalizedText, Programme, Session, SessionKind } from '../../feed/model.js';

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
  return (
    queryTerms(filters.query).length > 0 ||
    filters.themes.length > 0 ||
    filters.kinds.length > 0 ||
    filters.rooms.length > 0 ||
    filters.sdgs.length > 0 ||
    filters.favourites
  );
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
export function valuesOf(session: Session, dimension: Dimension): readonly (string | number)[] {
  switch (dimension) {
    case 'themes':
      return session.themes;
    case 'kinds':
      return [session.kind];
    case 'rooms':
      return [session.room ?? NO_ROOM];
    case 'sdgs':
      return session.sdgs;
  }
}

function selected(filters: Filters, dimension: Dimension): readonly (string | number)[] {
  return filters[dimension];
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
  const dims: Dimension[] = (['themes', 'kinds', 'rooms', 'sdgs'] as const).filter((d) => selected(filters, d).length > 0);
  const sets = new Map(dims.map((d) => [d, new Set<string | number>(selected(filters, d))]));
  return (session, ignore) => {
    if (filters.favourites && !isFavourite(session.id)) return false;
    if (index) {
      const text = index.get(session.id) ?? '';
      for (const term of terms) if (!text.includes(term)) return false;
    }
    for (const d of dims) {
      if (d === ignore) continue;
      const wanted = sets.get(d)!;
      if (!valuesOf(session, d).some((v) => wanted.has(v))) return false;
    }
    return true;
  };
}

/**
 * How many of `sessions` each value of `dimension` would show, given the other filters
 * (the usual faceted-search count: choosing the value gives that many, or adds them).
 */
export function countBy(sessions: readonly Session[], dimension: Dimension, matches: Matcher): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const session of sessions) {
    if (!matches(session, dimension)) continue;
    for (const value of valuesOf(session, dimension)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Kinds in the contract's order, limited to those present. */
export function kindsPresent(sessions: readonly Session[], order: readonly SessionKind[]): SessionKind[] {
  const present = new Set(sessions.map((s) => s.kind));
  return order.filter((k) => present.has(k));
}
