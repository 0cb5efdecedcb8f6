/**
 * The programme's view in the URL hash, so a view can be shared and back/forward work.
 *
 * Namespaced forms, chosen not to clobber a host page's own use of the hash:
 * - `#aict:day=2022-06-20&query=climat&theme=climat,eau&kind=workshop&room=r1&sdg=5,17&view=grid&favourites`
 *   — the filters, namespaced by the `aict:` prefix;
 * - `#aict=atelier-1` — a session deep link: opens that session (when the feed has it).
 * The older bare form `#atelier-1` is read only with the `sync-hash` opt-in: a feed is not
 * the page's author, and a session id equal to one of the page's anchors (`#contenu`, a skip
 * link's target) would take over that link. Whatever the form, a hash that names an element
 * of the page (`id`, or `<a name>`) is the page's, never the programme's.
 * The element WRITES the hash only with `sync-hash`.
 */
import { DIMENSIONS, filtersFrom, type Filters } from './filters.js';
import { OTHER_DATES } from './tabs.js';

export const HASH_PREFIX = 'aict:';
/** Prefix of a session deep link: `#aict=<id>`. */
export const SESSION_HASH_PREFIX = 'aict=';

export interface HashOptions {
  /** Also read the bare `#<session-id>` form (with `sync-hash` only). */
  readonly legacy?: boolean;
  /** Whether the page has its own target for this fragment (see `pageHasAnchor`). */
  readonly isPageAnchor?: (fragment: string) => boolean;
}

export interface ViewState extends Filters {
  readonly day?: string;
  readonly view?: 'list' | 'grid';
}

export type HashState =
  | { readonly type: 'view'; readonly state: ViewState }
  | { readonly type: 'session'; readonly id: string }
  | { readonly type: 'other' };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Reads a `location.hash`; `isSession` says whether an id names a session of the feed. */
export function parseHash(hash: string, isSession: (id: string) => boolean, options: HashOptions = {}): HashState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body || options.isPageAnchor?.(decode(body))) return { type: 'other' };
  if (body.startsWith(SESSION_HASH_PREFIX)) {
    const id = decode(body.slice(SESSION_HASH_PREFIX.length));
    return id && isSession(id) ? { type: 'session', id } : { type: 'other' };
  }
  if (body.startsWith(HASH_PREFIX)) {
    const params = new URLSearchParams(body.slice(HASH_PREFIX.length));
    const day = params.get('day') ?? undefined;
    const view = params.get('view');
    return {
      type: 'view',
      state: {
        ...(day && (/^\d{4}-\d{2}-\d{2}$/.test(day) || day === OTHER_DATES) ? { day } : {}),
        ...(view === 'grid' || view === 'list' ? { view } : {}),
        ...filtersFrom(params.get('query'), (key) => params.get(key), params.has('favourites')),
      },
    };
  }
  if (!options.legacy) return { type: 'other' };
  const id = decode(body);
  if (id && isSession(id)) return { type: 'session', id };
  return { type: 'other' };
}

/**
 * Whether `doc` has its own target for a URL fragment, as the browser looks for one: an
 * element with that `id`, or an `<a name>`.
 */
export function pageHasAnchor(doc: Document, fragment: string): boolean {
  if (doc.getElementById(fragment)) return true;
  for (const named of doc.getElementsByName(fragment)) if (named.localName === 'a') return true;
  return false;
}

/** The hash for a view (`''` for the plain default view: no filters, no day, list). */
export function formatViewHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.day) params.set('day', state.day);
  if (state.view === 'grid') params.set('view', 'grid');
  if (state.query.trim()) params.set('query', state.query.trim());
  for (const d of DIMENSIONS) {
    const value = d.format(state[d.key]);
    if (value) params.set(d.attribute, value);
  }
  let text = params.toString().replaceAll('%2C', ',');
  if (state.favourites) text += (text ? '&' : '') + 'favourites';
  return text ? `#${HASH_PREFIX}${text}` : '';
}

/** The hash of a session deep link. */
export function formatSessionHash(id: string): string {
  return `#${SESSION_HASH_PREFIX}${encodeURIComponent(id)}`;
}
