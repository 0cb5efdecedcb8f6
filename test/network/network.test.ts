/**
 * Network faults: retries with backoff on 408/429/5xx and network errors (not on other 4xx),
 * `Retry-After`, bounded attempts, the last good copy kept on the device, size caps, and a
 * pathological feed. The fault routes are in test/support/hardening-routes.mjs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { FeedError, loaderSettings, loadFeed, retryAfterMs } from '../../src/feed/load.js';
import { clearStoredFeeds, DB_NAME, readStoredFeed, STORE_NAME, writeStoredFeed } from '../../src/feed/storage.js';
import type { AictErrorEvent } from '../../src/shared/events.js';
import { after, mount, part, shadow, textOf } from '../support/page.js';

const defaults = { ...loaderSettings, retryDelaysMs: [...loaderSettings.retryDelaysMs] };

function faultUrl(query: string): { url: string; key: string } {
  const key = `net-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return { url: `/faults/flaky?key=${key}&${query}`, key };
}

async function hits(key: string): Promise<number> {
  return ((await (await fetch(`/faults/count?key=${key}`)).json()) as { count: number }).count;
}

async function failureOf(source: string): Promise<FeedError> {
  return loadFeed(source).then(
    () => {
      throw new Error(`${source} loaded`);
    },
    (e: unknown) => e as FeedError,
  );
}

/** The record stored under `url`, read straight from IndexedDB (not through the module). */
function rawCopy(url: string): Promise<Record<string, unknown> | undefined> {
  return withStore('readonly', (store) => store.get(url));
}

/** Writes a record straight into the copies' store, as a tampering or older script might. */
function putRawCopy(record: Record<string, unknown>): Promise<unknown> {
  return withStore('readwrite', (store) => store.put(record));
}

function withStore<T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction(STORE_NAME, mode);
      const request = operation(transaction.objectStore(STORE_NAME));
      transaction.oncomplete = () => {
        db.close();
        resolve(request.result);
      };
      transaction.onabort = () => {
        db.close();
        reject(transaction.error);
      };
    };
  });
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('deleting the database is blocked by an open connection'));
  });
}

describe('network faults', function () {
  this.timeout(20000);

  beforeEach(() => {
    // Short waits so that three attempts fit in a test; the production values are the defaults.
    loaderSettings.retryDelaysMs = [30, 60];
    return clearStoredFeeds();
  });
  afterEach(() => {
    Object.assign(loaderSettings, defaults);
    return clearStoredFeeds();
  });

  it('has bounded production defaults: 3 attempts within 15 s', () => {
    expect(defaults.attempts).to.equal(3);
    expect(defaults.timeoutMs).to.equal(15000);
    expect(defaults.retryDelaysMs.reduce((a, b) => a + b, 0)).to.be.below(defaults.timeoutMs);
  });

  it('retries a 503 and shows the programme when the server recovers', async () => {
    const { url, key } = faultUrl('fail=2&status=503');
    const programme = await loadFeed(url);
    expect(programme.sessionsById.has('s1')).to.equal(true);
    expect(await hits(key)).to.equal(3);
  });

  for (const status of [408, 429, 500, 502, 504]) {
    it(`retries ${status}`, async () => {
      const { url, key } = faultUrl(`fail=1&status=${status}`);
      await loadFeed(url);
      expect(await hits(key)).to.equal(2);
    });
  }

  it('retries a dropped connection (network error)', async () => {
    const { url, key } = faultUrl('fail=1&mode=drop');
    await loadFeed(url);
    expect(await hits(key)).to.equal(2);
  });

  for (const status of [400, 401, 403, 404, 410]) {
    it(`does not retry ${status}`, async () => {
      const { url, key } = faultUrl(`fail=5&status=${status}`);
      const error = await failureOf(url);
      expect(error.code).to.equal('http');
      expect(error.detail).to.equal(status);
      expect(await hits(key)).to.equal(1);
    });
  }

  it('gives up after 3 attempts', async () => {
    const { url, key } = faultUrl('fail=10&status=503');
    expect((await failureOf(url)).code).to.equal('http');
    expect(await hits(key)).to.equal(3);
  });

  it('honours Retry-After (seconds) instead of its own delay', async () => {
    const { url, key } = faultUrl('fail=1&status=503&retry-after=1');
    const started = performance.now();
    await loadFeed(url);
    expect(await hits(key)).to.equal(2);
    // A lower bound only: the loader must not come back before the server asked.
    expect(performance.now() - started).to.be.at.least(950);
  });

  it('does not keep the visitor waiting for a long Retry-After', async () => {
    const { url, key } = faultUrl('fail=5&status=429&retry-after=3600');
    expect((await failureOf(url)).code).to.equal('http');
    expect(await hits(key)).to.equal(1);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('2', now)).to.equal(2000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:03 GMT', now)).to.equal(3000);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });

  it('shows loading, then a clear message with a working "Try again" button', async () => {
    const { url } = faultUrl('fail=3&status=503');
    const { el, event } = await mount<AictSession>(`<aict-session src="${url}" session-id="s1" lang="en"><a href="/s1">Opening</a></aict-session>`);
    expect(event.type).to.equal('aict-error');
    expect(textOf(part(el, 'error'))).to.contain('error 503');
    const button = part(el, 'error')!.querySelector('button')!;
    expect(textOf(button)).to.equal('Try again');
    const next = await after(el, () => button.click());
    expect(next.type).to.equal('aict-load');
    expect(textOf(part(el, 'title'))).to.equal('Opening of the forum');
  });

  describe('the last good copy on the device', () => {
    it('is kept after a good load, in IndexedDB and not in localStorage', async () => {
      const { url } = faultUrl('fail=0');
      await loadFeed(url);
      // The copy is written when the page is idle, after the elements have rendered.
      const key = new URL(url, location.href).href;
      await waitUntil(() => readStoredFeed(key), 'the copy is stored', { timeout: 3000 });
      const stored = await readStoredFeed(key);
      expect(stored?.text).to.contain('aict-programme/1');
      expect(Date.now() - stored!.fetchedAt).to.be.below(60000);
      expect((await rawCopy(key))?.text).to.equal(stored?.text);
      // localStorage is loaded whole, synchronously, at a page's first access to it: a feed
      // copy there slows every page of the host site (and eats its quota).
      for (let i = 0; i < localStorage.length; i++) {
        expect(localStorage.getItem(localStorage.key(i)!), localStorage.key(i)!).not.to.contain('aict-programme/1');
      }
    });

    it('is kept in browsers without requestIdleCallback (Safari) too', async () => {
      const idle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
      // Deleting the own property leaves nothing: Window.prototype does not define it.
      delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
      try {
        expect(typeof window.requestIdleCallback).to.equal('undefined');
        const { url } = faultUrl('fail=0');
        await loadFeed(url);
        const key = new URL(url, location.href).href;
        await waitUntil(() => readStoredFeed(key), 'the copy is stored', { timeout: 3000 });
        expect((await readStoredFeed(key))?.text).to.contain('aict-programme/1');
      } finally {
        if (idle) Object.defineProperty(window, 'requestIdleCallback', idle);
      }
    });

    it('is shown when the network fails, saying how old it is', async () => {
      const { url } = faultUrl('fail=10&status=503');
      const text = await (await fetch('/feeds/mini.json')).text();
      expect(await writeStoredFeed(new URL(url, location.href).href, text, Date.now() - 3 * 3600 * 1000 - 60000)).to.equal(true);
      const { el, event } = await mount<AictSession>(`<aict-session src="${url}" session-id="s1" lang="fr"></aict-session>`);
      expect(event.type).to.equal('aict-load');
      expect(textOf(part(el, 'title'))).to.equal('Ouverture du forum');
      const notice = part(el, 'stale')!;
      expect(textOf(notice)).to.contain('Copie hors ligne, enregistrée il y a 3 heures');
      expect(notice.querySelector('button')).to.exist;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(textOf(part(el, 'stale'))).to.contain('Offline copy, saved 3 hours ago');
      await expect(el).to.be.accessible();
    });

    it('is not used for a feed that answers with something broken', async () => {
      const url = new URL('/feeds/wrong-format.json', location.href).href;
      await writeStoredFeed(url, await (await fetch('/feeds/mini.json')).text());
      expect((await failureOf(url)).code).to.equal('invalid-feed');
    });

    it('is ignored (and removed) when corrupt', async () => {
      const { url } = faultUrl('fail=10&status=503');
      const absolute = new URL(url, location.href).href;
      for (const junk of [
        { url: absolute, text: 42, fetchedAt: 1 },
        { url: absolute, text: '{}', fetchedAt: Date.now() + 1e9 },
        { url: absolute, text: '{}', fetchedAt: 'yesterday' },
        { url: absolute, fetchedAt: 1 },
      ]) {
        await putRawCopy(junk);
        expect(await readStoredFeed(absolute), JSON.stringify(junk)).to.equal(undefined);
        expect(await rawCopy(absolute), JSON.stringify(junk)).to.equal(undefined);
      }
      // A stored copy that is valid JSON but not a feed: the visitor gets the error, not garbage.
      await writeStoredFeed(absolute, '{"format":"something-else"}');
      expect((await failureOf(url)).code).to.equal('http');
    });

    it('is dropped when a newer copy cannot be written (full storage)', async () => {
      const url = new URL(faultUrl('fail=0').url, location.href).href;
      expect(await writeStoredFeed(url, '{"old":true}')).to.equal(true);
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        expect(await writeStoredFeed(url, '{"new":true}')).to.equal(false);
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      // Last week's copy must not be shown as if it were the latest one that loaded.
      expect(await readStoredFeed(url)).to.equal(undefined);
    });

    it('gives up on a database that takes too long to open, and recovers', async function () {
      this.timeout(10000);
      const url = new URL(faultUrl('fail=0').url, location.href).href;
      expect(await writeStoredFeed(url, '{"before":true}')).to.equal(true);
      // Another tab holds the database and ignores requests to let go of it, while something
      // deletes it: every open waits for the deletion, which waits for that tab.
      const holder = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(DB_NAME, 1);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const deletion = new Promise<void>((resolve) => {
        indexedDB.deleteDatabase(DB_NAME).onsuccess = () => resolve();
      });
      try {
        // This page's own connection lets go when asked (`versionchange`).
        await new Promise((resolve) => setTimeout(resolve, 100));
        const started = Date.now();
        expect(await readStoredFeed(url)).to.equal(undefined);
        expect(Date.now() - started).to.be.within(1500, 5000);
      } finally {
        // The tab lets go: the deletion ends, the late connection is closed (or the next
        // open would wait for it too) and the next copy is kept.
        holder.close();
      }
      await deletion;
      expect(await writeStoredFeed(url, '{"after":true}')).to.equal(true);
      expect((await readStoredFeed(url))?.text).to.equal('{"after":true}');
    });

    it('survives a database that cannot be opened (disabled, or a newer version of the script)', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const open = IDBFactory.prototype.open;
      try {
        // Another tab deletes the database: this page's connection lets go of it.
        await deleteDatabase();
        IDBFactory.prototype.open = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        const url = new URL(faultUrl('fail=0').url, location.href).href;
        expect(await writeStoredFeed(url, '{}')).to.equal(false);
        expect(await readStoredFeed(url)).to.equal(undefined);
        const good = faultUrl('fail=0');
        expect((await loadFeed(good.url)).sessionsById.has('s1')).to.equal(true);
        expect((await failureOf(faultUrl('fail=10&status=503').url)).code).to.equal('http');
        IDBFactory.prototype.open = open;

        // A later version of the script upgraded the database: opening version 1 fails.
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(DB_NAME, 99);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        });
        expect(await writeStoredFeed(url, '{}')).to.equal(false);
        expect(await readStoredFeed(url)).to.equal(undefined);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(errors).to.deep.equal([]);
      } finally {
        IDBFactory.prototype.open = open;
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        await deleteDatabase();
      }
      // Storage is back: the next copy is kept again.
      const url = new URL(faultUrl('fail=0').url, location.href).href;
      expect(await writeStoredFeed(url, '{"back":true}')).to.equal(true);
      expect((await readStoredFeed(url))?.text).to.equal('{"back":true}');
    });
  });

  describe('huge and pathological feeds', () => {
    it('refuses a 20 MB feed announced by Content-Length', async () => {
      const { el, event } = await mount<AictSession>(`<aict-session src="/faults/huge?mb=20&key=${Math.random()}" session-id="s1" lang="en">Fallback</aict-session>`);
      expect((event as AictErrorEvent).detail.code).to.equal('invalid-feed');
      expect(textOf(part(el, 'error'))).to.contain('the feed is too large');
    });

    it('refuses an inline feed over the same cap', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'huge-inline-feed';
      script.textContent = `{"format":"aict-programme/1","padding":"${'x'.repeat(11 * 1024 * 1024)}"}`;
      document.body.append(script);
      try {
        const error = await failureOf('#huge-inline-feed');
        expect(error.code).to.equal('invalid-feed');
        expect(error.detail).to.equal('too-large');
      } finally {
        script.remove();
      }
    });

    it('refuses a 20 MB feed streamed without a length, as soon as it passes the cap', async () => {
      const error = await failureOf(`/faults/huge?mb=20&length=0&key=${Math.random()}`);
      expect(error.code).to.equal('invalid-feed');
      expect(error.detail).to.equal('too-large');
    });

    it('renders one session card from a block of 10,000 sessions', async () => {
      const sessions = Array.from({ length: 10000 }, (_, i) => ({
        id: `s${i}`,
        kind: 'workshop',
        title: `Atelier ${i}`,
        start: '2022-06-20T14:00',
        end: '2022-06-20T15:30',
        block: 'b1',
        room: 'r1',
      }));
      const feed = {
        format: 'aict-programme/1',
        event: { id: 'big', title: 'Big', timeZone: 'Europe/Paris', startDate: '2022-06-20', endDate: '2022-06-21', defaultLanguage: 'fr' },
        rooms: [{ id: 'r1', name: 'Salle' }],
        blocks: [{ id: 'b1', title: 'Bloc', start: '2022-06-20T14:00', end: '2022-06-20T15:30' }],
        sessions,
      };
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'pathological-feed';
      script.textContent = JSON.stringify(feed);
      document.body.append(script);
      try {
        const { el, event } = await mount<AictSession>(`<aict-session src="#pathological-feed" session-id="s9999" lang="fr"></aict-session>`);
        expect(event.type).to.equal('aict-load');
        expect(textOf(part(el, 'title'))).to.equal('Atelier 9999');
        expect(shadow(el).querySelectorAll('li').length).to.be.below(50);
      } finally {
        script.remove();
      }
    });
  });
});
