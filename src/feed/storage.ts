/**
 * The last good copy of each feed, kept in the visitor's IndexedDB so that a widget can still
 * show the programme (saying how old it is) when the network fails.
 *
 * Why IndexedDB and not `localStorage`: a browser loads an origin's whole `localStorage` into
 * the page, synchronously, at its first access. With a 370 KB feed copy in it, that first access
 * took 35–80 ms in Chromium on every page of the host site, whoever made it (the favourites,
 * the host's own scripts); and a copy there eats the host's 5 MB quota. IndexedDB is
 * asynchronous and reads only what is asked for.
 *
 * Storage is a guest's privilege, not a right: it may be missing (privacy modes, sandboxed
 * iframes), refuse to open, be full, or be deleted by another tab at any time. Every access is
 * guarded and settles (a read gives `undefined`, a write `false`) instead of throwing, and a
 * copy that does not read back as written is ignored and removed.
 */

/** The database and object store, named so that a curious webmaster knows whose they are. */
export const DB_NAME = 'aict-widgets';
export const STORE_NAME = 'feed-copies';

/** How long opening the database may take before the copy is given up for this call. */
const OPEN_TIMEOUT_MS = 2000;

export interface StoredFeed {
  readonly text: string;
  /** When the copy was fetched (ms since the epoch). */
  readonly fetchedAt: number;
}

let connection: Promise<IDBDatabase | undefined> | undefined;

/** The page's connection to the database, opened on first use; `undefined` when it cannot be. */
function database(): Promise<IDBDatabase | undefined> {
  if (connection) return connection;
  const opening: Promise<IDBDatabase | undefined> = new Promise<IDBDatabase | undefined>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(undefined); // no IndexedDB, or a SecurityError (storage disabled for this document)
      return;
    }
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      resolve(undefined);
    }, OPEN_TIMEOUT_MS);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE_NAME, { keyPath: 'url' });
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // Opened after this call gave up on it: nobody will use it.
      if (gaveUp) return db.close();
      // Another tab upgrading or deleting the database: let it, and reopen on next use.
      db.onversionchange = () => {
        db.close();
        release();
      };
      db.onclose = release;
      resolve(db);
    };
    request.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      resolve(undefined);
    };
  }).then((db) => {
    // A failure is not remembered: storage may come back (the next call tries again).
    if (!db) release();
    return db;
  });
  /** Forgets this connection, unless a newer one has replaced it. */
  const release = () => {
    if (connection === opening) connection = undefined;
  };
  connection = opening;
  return opening;
}

/**
 * Runs one request in a transaction of its own; settles with its result, or with `undefined`
 * when anything fails (after the transaction has ended, so that a write is durable).
 */
async function run<T>(
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const db = await database();
  if (!db) return undefined;
  return new Promise<T | undefined>((resolve) => {
    try {
      const transaction = db.transaction(STORE_NAME, mode);
      const request = operation(transaction.objectStore(STORE_NAME));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => resolve(undefined);
      request.onerror = (event) => {
        event.preventDefault();
        transaction.abort();
      };
    } catch {
      resolve(undefined); // closed meanwhile, or a store this version did not create
    }
  });
}

/** The stored copy of `url`'s feed, if there is a sound one. */
export async function readStoredFeed(url: string): Promise<StoredFeed | undefined> {
  const value: unknown = await run('readonly', (store) => store.get(url));
  if (value === undefined) return undefined;
  if (isStoredFeed(value, url)) return { text: value.text, fetchedAt: value.fetchedAt };
  await forget(url);
  return undefined;
}

/** Keeps `text` as the last good copy of `url`'s feed; settles with whether it could. */
export async function writeStoredFeed(url: string, text: string, fetchedAt = Date.now()): Promise<boolean> {
  // Any size the loader accepted (10 MB at most): IndexedDB quotas are far larger.
  const key = await run('readwrite', (store) => store.put({ url, fetchedAt, text }));
  if (key !== undefined) return true;
  // Full or refused: an older, possibly stale copy must not outlive a failed update.
  await forget(url);
  return false;
}

/** Removes every feed copy this script stored (for tests, and for a privacy-minded host). */
export async function clearStoredFeeds(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}

/** Removes the stored copy of `url`'s feed (the feed is gone, or the copy too old). */
export async function forgetStoredFeed(url: string): Promise<void> {
  await forget(url);
}

async function forget(url: string): Promise<void> {
  await run('readwrite', (store) => store.delete(url));
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
