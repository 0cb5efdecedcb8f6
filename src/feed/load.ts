/**
 * Loading a feed: from a URL (fetched once per page, even across two copies of the script),
 * or from an inline `<script type="application/json" id="…">`.
 *
 * Every failure becomes a `FeedError` with one of the contract's codes; nothing throws past
 * `loadFeed`'s promise.
 */
import type { Programme } from './model.js';
import { parseFeedInSlices, type ParseResult } from './parse.js';
import { forgetStoredFeed, readStoredFeed, writeStoredFeed } from './storage.js';
import { warmUpDates } from '../core/warm-up-dates.js';
import { nextTask } from '../core/next-task.js';

export type FeedErrorCode = 'network' | 'http' | 'parse' | 'invalid-feed' | 'not-found';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** The HTTP status for `http` errors, the JSON path for `invalid-feed` when known. */
    readonly detail?: string | number,
  ) {
    super(message);
  }
}

/**
 * How the loader deals with a slow or flaky feed host. Mutable so that tests (and a host
 * page that knows its server) can shorten the waits; the defaults keep the whole attempt,
 * retries included, within `timeoutMs`, so a hanging server ends as a `network` error well
 * within 20 s.
 */
export const loaderSettings = {
  /** Budget for all attempts together. */
  timeoutMs: 15_000,
  /** Attempts in all (the first one and the retries). */
  attempts: 3,
  /** Wait before the 2nd, 3rd… attempt (ms), unless the server sends `Retry-After`. */
  retryDelaysMs: [500, 1500] as readonly number[],
  /** A longer `Retry-After` than this is not waited for: the visitor gets the message and a button. */
  maxRetryAfterMs: 5_000,
  /** Feeds larger than this are refused (`invalid-feed`, detail `too-large`). */
  maxBytes: 10 * 1024 * 1024,
  /**
   * The oldest offline copy shown when the feed cannot be reached (ms); an older one is
   * deleted instead. A page may set it with `<meta name="aict-offline-max-age" content="72">`
   * (hours; `0`: never show a copy).
   */
  maxCopyAgeMs: 7 * 24 * 3600 * 1000,
};

/** Whether a failure may be bridged by the offline copy: the feed host is unreachable or in trouble. */
function copyMayStandIn(failure: FeedError): boolean {
  if (failure.code === 'network') return true;
  if (failure.code !== 'http') return false;
  const status = Number(failure.detail);
  return status >= 500 || status === 408 || status === 429;
}

/** The page's `aict-offline-max-age` (hours) in ms, else `loaderSettings.maxCopyAgeMs`. */
function maxCopyAge(): number {
  const content = typeof document === 'undefined' ? undefined : document.querySelector('meta[name="aict-offline-max-age"]')?.getAttribute('content');
  const hours = content == null || content.trim() === '' ? NaN : Number(content);
  return Number.isFinite(hours) && hours >= 0 ? hours * 3600 * 1000 : loaderSettings.maxCopyAgeMs;
}

/**
 * In-flight and settled requests by absolute URL, shared by every copy of the script on the
 * page (a second copy finds the first one's map). It holds the response TEXT, not the parsed
 * model: two versions of the script may model the feed differently, but they read the same
 * bytes.
 */
type SharedRequests = Map<string, Promise<string>>;
const SHARED_KEY = Symbol.for('aict-widgets.feed-requests/1');
const shared: SharedRequests = ((globalThis as Record<symbol, unknown>)[SHARED_KEY] ??= new Map()) as SharedRequests;

/** What an element renders: the programme, and when it is an offline copy, how old it is. */
export interface FeedResult {
  readonly programme: Programme;
  /** Set when the network failed and the last good copy kept on the device is shown. */
  readonly stale?: { readonly fetchedAt: number; readonly error: FeedError };
}

/** Parsed programmes of this copy, by the shared request they came from. */
const parsed = new WeakMap<Promise<string>, Promise<FeedResult>>();

/** Where an element's feed comes from: its `src`, else `<meta name="aict-feed">`. */
export function feedSourceOf(src: string | null | undefined, doc: Document = document): string | undefined {
  const value = src?.trim() || doc.querySelector('meta[name="aict-feed"]')?.getAttribute('content')?.trim();
  return value || undefined;
}

/**
 * A stable key for a feed source: `#id` stays as is (inline feeds are per document), URLs are
 * resolved against the document's base so `feed.json` and `./feed.json` share one request.
 */
export function feedKeyOf(source: string, doc: Document = document): string {
  if (source.startsWith('#')) return source;
  try {
    return new URL(source, doc.baseURI).href;
  } catch {
    return source;
  }
}

/** Loads and parses the feed behind `source` (see `feedSourceOf`). */
export function loadFeed(source: string, root: Document | ShadowRoot = document): Promise<Programme> {
  return loadFeedResult(source, root).then((result) => result.programme);
}

/**
 * Like `loadFeed`, but when the network fails it falls back to the last good copy kept on
 * the visitor's device, and says so (`stale`).
 */
export function loadFeedResult(source: string, root: Document | ShadowRoot = document): Promise<FeedResult> {
  if (source.startsWith('#')) return loadInline(source.slice(1), root).then((programme) => ({ programme }));
  const url = feedKeyOf(source, root instanceof Document ? root : root.ownerDocument);
  let request = shared.get(url);
  if (!request) {
    // The time-zone data loads while the request is on the network (see warm-up.ts).
    void warmUpDates();
    request = fetchText(url);
    shared.set(url, request);
    // A failed request may be tried again by a later element (or a "retry" action).
    request.catch(() => {
      if (shared.get(url) === request) shared.delete(url);
    });
  }
  let result = parsed.get(request);
  if (!result) {
    result = request.then(
      async (text) => {
        const programme = await parseTextInSlices(text, url);
        // The copy is written when the page is idle, after the elements have rendered: the
        // write copies the whole text on the main thread, and a task queued now would run
        // before their first paint.
        whenIdle(() => void writeStoredFeed(url, text));
        return { programme };
      },
      (error: unknown) => fallBackToStored(url, error),
    );
    parsed.set(request, result);
  }
  return result;
}

/** Runs `task` when the page is idle (within 2 s); without `requestIdleCallback`, soon after. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 250);
}

/** Forgets a URL's request so that the next `loadFeed` fetches it again. */
export function forgetFeed(source: string, doc: Document = document): void {
  shared.delete(feedKeyOf(source, doc));
}

async function fallBackToStored(url: string, error: unknown): Promise<FeedResult> {
  const failure = error instanceof FeedError ? error : new FeedError('network', String(error));
  // A feed that is gone (404, 410) takes its copy with it: deleted content must not live on.
  if (failure.code === 'http' && (failure.detail === 404 || failure.detail === 410)) {
    await forgetStoredFeed(url);
    throw failure;
  }
  // Only a failure to reach the feed (network, 5xx, 408, 429) falls back: a refusal (403) or
  // a feed that answers with something broken must be seen and fixed, not hidden behind last
  // week's copy.
  if (copyMayStandIn(failure)) {
    let stored = await readStoredFeed(url);
    if (stored && Date.now() - stored.fetchedAt > maxCopyAge()) {
      await forgetStoredFeed(url);
      stored = undefined;
    }
    if (stored) {
      try {
        const programme = await parseTextInSlices(stored.text, url);
        return { programme, stale: { fetchedAt: stored.fetchedAt, error: failure } };
      } catch {
        // A stored copy this version cannot read is as good as none.
      }
    }
  }
  throw failure;
}

const RETRIED_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

async function fetchText(url: string): Promise<string> {
  const { attempts, timeoutMs } = loaderSettings;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    let failure: FeedError;
    let retryAfter: number | undefined;
    try {
      return await fetchOnce(url, deadline);
    } catch (error) {
      failure = error instanceof AttemptError ? error.failure : new FeedError('network', String(error));
      retryAfter = error instanceof AttemptError ? error.retryAfterMs : undefined;
      if (!(error instanceof AttemptError) || !error.retry) throw failure;
    }
    if (attempt >= attempts) throw failure;
    const delay = retryAfter ?? loaderSettings.retryDelaysMs[Math.min(attempt - 1, loaderSettings.retryDelaysMs.length - 1)] ?? 0;
    // Waiting past the budget (or a Retry-After of an hour) would leave the visitor on a skeleton.
    if (delay > loaderSettings.maxRetryAfterMs || Date.now() + delay >= deadline) throw failure;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** One attempt's failure, with whether another attempt could help. */
class AttemptError extends Error {
  constructor(
    readonly failure: FeedError,
    readonly retry: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(failure.message);
  }
}

async function fetchOnce(url: string, deadline: number): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
  const timeoutText = `No answer from ${url} within ${loaderSettings.timeoutMs / 1000} s`;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      const timedOut = controller.signal.aborted;
      // A timeout has used the whole budget: retrying would only keep the visitor waiting.
      throw new AttemptError(
        new FeedError('network', timedOut ? timeoutText : `Could not reach ${url}: ${String(error)}`),
        !timedOut,
      );
    }
    if (!response.ok) {
      const failure = new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
      // Free the connection; the body of an error page is of no use.
      response.body?.cancel().catch(() => undefined);
      throw new AttemptError(failure, RETRIED_STATUSES.has(response.status), retryAfterMs(response.headers.get('Retry-After')));
    }
    const length = Number(response.headers.get('Content-Length'));
    if (length > loaderSettings.maxBytes) {
      response.body?.cancel().catch(() => undefined);
      throw new AttemptError(tooLarge(url), false);
    }
    try {
      return await readCapped(response, loaderSettings.maxBytes, url);
    } catch (error) {
      if (error instanceof AttemptError) throw error;
      const timedOut = controller.signal.aborted;
      throw new AttemptError(
        new FeedError('network', timedOut ? timeoutText : `The connection to ${url} broke while reading: ${String(error)}`),
        !timedOut,
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string): FeedError {
  const mb = Math.round(loaderSettings.maxBytes / (1024 * 1024));
  return new FeedError('invalid-feed', `${url} is larger than ${mb} MB: it is refused to keep the page responsive`, 'too-large');
}

const DECODE_SLICE_BYTES = 256 * 1024;

/** Reads the body as text, giving up as soon as it grows past `max` bytes. */
async function readCapped(response: Response, max: number, url: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > max) throw new AttemptError(tooLarge(url), false);
    return text;
  }
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw new AttemptError(tooLarge(url), false);
    }
    // Decoding costs about as much as JSON.parse (~25 ms per MB of accented text here), and
    // a local or fast server hands over megabytes at once: 256 KB per task keeps the page
    // responsive. `stream: true` carries a character cut between two pieces.
    for (let at = 0; at < value.byteLength; at += DECODE_SLICE_BYTES) {
      if (at > 0) await nextTask();
      chunks.push(decoder.decode(value.subarray(at, at + DECODE_SLICE_BYTES), { stream: true }));
    }
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A feed's text to a programme: JSON.parse, then the parser in slices, each in tasks of their
 * own (a large feed would otherwise block the page for hundreds of ms at once).
 */
async function parseTextInSlices(text: string, url: string): Promise<Programme> {
  // A fetched text was just decoded and joined in the current task: JSON.parse (about as long
  // again) waits for a task of its own.
  await nextTask();
  const json = decodeJson(text, url);
  await nextTask();
  return programmeOf(await parseFeedInSlices(json, url));
}

function programmeOf(result: ParseResult): Programme {
  if (!result.ok) throw new FeedError('invalid-feed', result.message, result.path);
  return result.programme;
}

function decodeJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.trimStart().slice(0, 1);
    throw new FeedError(
      'parse',
      start === '<'
        ? `${url} returned an HTML page, not JSON (is the feed address right?)`
        : `${url} is not valid JSON`,
    );
  }
}

/** Inline feeds are parsed once per script element and content. */
const inlineCache = new WeakMap<Element, { text: string; programme: Promise<Programme> }>();

function loadInline(id: string, root: Document | ShadowRoot): Promise<Programme> {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const script = root.getElementById?.(id) ?? doc.getElementById(id);
  if (!script || script.localName !== 'script') {
    return Promise.reject(new FeedError('not-found', `No <script type="application/json" id="${id}"> on the page`));
  }
  const text = script.textContent ?? '';
  // The same cap as for fetched feeds: one JSON.parse of a bigger text would freeze the page.
  if (text.length > loaderSettings.maxBytes) return Promise.reject(tooLarge(`#${id}`));
  const cached = inlineCache.get(script);
  if (cached && cached.text === text) return cached.programme;
  // The time-zone data loads in a task of its own first, so no single task does both.
  const programme = warmUpDates().then(() => parseTextInSlices(text, `#${id}`));
  inlineCache.set(script, { text, programme });
  return programme;
}
