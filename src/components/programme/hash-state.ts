/**
 * The programme's view in the URL hash, so a view can be shared and back/forward work.
 *
 * Two forms, chosen not to clobber a host page's own use of the hash:
 * - `#aict:day=2022-06-20&query=climat&theme=climat,eau&kind=workshop&room=r1&sdg=5,17&view=grid&favourites`
 *   — the filters, namespaced by the `aict:` prefix;
 * - `#atelier-1` — a session id: opens that session (only when the feed has such a session, so
 *   a host page's own anchors are never taken for sessions).
 * The element READS both forms always, but WRITES the hash only with the `sync-hash` opt-in.
 */
import { DIMENSIONS, filtersFrom, type Filters } from './filters.js';

export const HASH_PREFIX = 'aict:';

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
export function parseHash(hash: string, isSession: (id: string) => boolean): HashState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.startsWith(HASH_PREFIX)) {
    const params = new URLSearchParams(body.slice(HASH_PREFIX.length));
    const day = params.get('day') ?? undefined;
    const view = params.get('view');
    return {
      type: 'view',
      state: {
        ...(day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { day } : {}),
        ...(view === 'grid' || view === 'list' ? { view } : {}),
        ...filtersFrom(params.get('query'), (key) => params.get(key), params.has('favourites')),
      },
    };
  }
  const id = decode(body);
  if (id && isSession(id)) return { type: 'session', id };
  return { type: 'other' };
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
  return `#${encodeURIComponent(id)}`;
}
