/**
 * The last good copy of each feed, kept in the visitor's `localStorage` so that a widget can
 * still show the programme (saying how old it is) when the network fails.
 *
 * Storage is a guest's privilege, not a right: it may be missing (privacy modes, sandboxed
 * iframes), full, or throw on every access (`SecurityError`). Every access is guarded, and a
 * copy that does not read back exactly as written is ignored and removed.
 */

/** One key per feed URL, under a prefix that says what it is to a curious webmaster. */
export const STORAGE_PREFIX = 'aict-widgets:feed:v1:';

/**
 * Bigger feeds are not kept: browsers give an origin about 5 MB of UTF-16 (2.5 M characters)
 * shared with the host page's own data, and a widget must not crowd it out.
 */
export const MAX_STORED_CHARS = 1_000_000;

export interface StoredFeed {
  readonly text: string;
  /** When the copy was fetched (ms since the epoch). */
  readonly fetchedAt: number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError: storage disabled for this document
  }
}

/** The stored copy of `url`'s feed, if there is a sound one. */
export function readStoredFeed(url: string): StoredFeed | undefined {
  const store = storage();
  if (!store) return undefined;
  const key = STORAGE_PREFIX + url;
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    if (isStoredFeed(value, url)) return { text: value.text, fetchedAt: value.fetchedAt };
  } catch {
    // fall through: corrupt
  }
  forget(store, key);
  return undefined;
}

/** Keeps `text` as the last good copy of `url`'s feed; silently does nothing when it cannot. */
export function writeStoredFeed(url: string, text: string, fetchedAt = Date.now()): boolean {
  const store = storage();
  if (!store || text.length > MAX_STORED_CHARS) return false;
  const key = STORAGE_PREFIX + url;
  try {
    store.setItem(key, JSON.stringify({ url, fetchedAt, text }));
    return true;
  } catch {
    // QuotaExceededError: an older, possibly stale copy must not outlive a failed update.
    forget(store, key);
    return false;
  }
}

/** Removes every feed copy this script stored (for tests, and for a privacy-minded host). */
export function clearStoredFeeds(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // nothing more to do
  }
}

function forget(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // nothing more to do
  }
}

function isStoredFeed(value: unknown, url: string): value is StoredFeed & { url: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.url === url &&
    typeof v.text === 'string' &&
    typeof v.fetchedAt === 'number' &&
    Number.isFinite(v.fetchedAt) &&
    // A copy "from the future" means a wrong clock or tampering: its age would be a lie.
    v.fetchedAt <= Date.now() + 60_000
  );
}
