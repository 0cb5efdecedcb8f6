/**
 * The visitor's favourite sessions ("my programme"), kept on their device.
 *
 * localStorage may be missing (old embed contexts), throw on access (`SecurityError` in a
 * sandboxed iframe or with storage blocked), or be full (`QuotaExceededError`): favourites then
 * live in memory for the page's lifetime and the toggle still works. Stores are shared per event
 * within the page (two programmes agree), and the `storage` event keeps other tabs in step.
 */
import type { Session } from '../../feed/model.js';

export const STORAGE_PREFIX = 'aict-widgets:favourites:';

type Listener = () => void;

export class FavouriteStore {
  private ids: Set<string>;
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly eventId: string,
    private readonly storage: () => Storage | undefined = defaultStorage,
  ) {
    this.ids = this.read();
  }

  get key(): string {
    return STORAGE_PREFIX + this.eventId;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  all(): ReadonlySet<string> {
    return this.ids;
  }

  toggle(id: string, on = !this.ids.has(id)): boolean {
    const next = new Set(this.ids);
    if (on) next.add(id);
    else next.delete(id);
    this.ids = next;
    this.write();
    this.notify();
    return on;
  }

  /** Forgets every favourite of this event (on this device). */
  clear(): void {
    if (this.ids.size === 0) return;
    this.ids = new Set();
    this.write();
    this.notify();
  }

  /** Calls `listener` whenever the favourites change (here or in another tab). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the device's copy (another tab changed it). */
  refresh(): void {
    const stored = this.read();
    if (stored.size === this.ids.size && [...stored].every((id) => this.ids.has(id))) return;
    this.ids = stored;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private read(): Set<string> {
    try {
      const raw = this.storage()?.getItem(this.key);
      if (!raw) return new Set();
      const value: unknown = JSON.parse(raw);
      return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    } catch {
      return this.ids ?? new Set();
    }
  }

  private write(): void {
    try {
      const storage = this.storage();
      if (!storage) return;
      if (this.ids.size === 0) storage.removeItem(this.key);
      else storage.setItem(this.key, JSON.stringify([...this.ids]));
    } catch {
      // Full or blocked storage: keep the in-memory favourites for this page.
    }
  }
}

/**
 * The page's first use of localStorage loads it from the browser, synchronously: 3–8 ms on this
 * machine with nothing stored. `AictProgramme.warmUp` pays it ahead, off the first screenful.
 */
export function warmUpStorage(): void {
  try {
    defaultStorage()?.getItem(STORAGE_PREFIX);
  } catch {
    // Blocked storage: favourites live in memory (see the class).
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const STORES_KEY = Symbol.for('aict-widgets.favourites/1');
const stores = ((globalThis as Record<symbol, unknown>)[STORES_KEY] ??= new Map()) as Map<string, FavouriteStore>;
let listening = false;

/** The page's store for one event (created on first use). */
export function favouritesFor(eventId: string): FavouriteStore {
  let store = stores.get(eventId);
  if (!store) {
    store = new FavouriteStore(eventId);
    stores.set(eventId, store);
  }
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(STORAGE_PREFIX)) for (const s of stores.values()) s.refresh();
    });
  }
  return store;
}

/** Welcome and registration items, by their title in any language (with kind `other`). */
const WELCOME = /^\s*(accueil|welcome|registration|inscriptions?|enregistrement|check-in)\b/i;

/**
 * Whether a session can be a favourite: breaks and welcome or registration items are for
 * everyone, not something to choose, so they have no star.
 */
export function canBeFavourite(session: Session): boolean {
  if (session.kind === 'break') return false;
  if (session.kind !== 'other') return true;
  return !Object.values(session.title).some((title) => WELCOME.test(title));
}

