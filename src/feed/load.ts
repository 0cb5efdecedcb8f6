/**
 * Loading a feed: from a URL (fetched once per page, even across two copies of the script),
 * or from an inline `<script type="application/json" id="…">`.
 *
 * Every failure becomes a `FeedError` with one of the contract's codes; nothing throws past
 * `loadFeed`'s promise.
 */
import type { Programme } from './model.js';
import { parseFeed } from './parse.js';

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

/** A hanging server must end as a `network` error well within 20 s. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * In-flight and settled requests by absolute URL, shared by every copy of the script on the
 * page (a second copy finds the first one's map). It holds the response TEXT, not the parsed
 * model: two versions of the script may model the feed differently, but they read the same
 * bytes.
 */
type SharedRequests = Map<string, Promise<string>>;
const SHARED_KEY = Symbol.for('aict-widgets.feed-requests/1');
const shared: SharedRequests = ((globalThis as Record<symbol, unknown>)[SHARED_KEY] ??= new Map()) as SharedRequests;

/** Parsed programmes of this copy, by the shared request they came from. */
const parsed = new WeakMap<Promise<string>, Promise<Programme>>();

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
  if (source.startsWith('#')) return loadInline(source.slice(1), root);
  const url = feedKeyOf(source, root instanceof Document ? root : root.ownerDocument);
  let request = shared.get(url);
  if (!request) {
    request = fetchText(url);
    shared.set(url, request);
    // A failed request may be tried again by a later element (or a "retry" action).
    request.catch(() => {
      if (shared.get(url) === request) shared.delete(url);
    });
  }
  let programme = parsed.get(request);
  if (!programme) {
    programme = request.then((text) => parseText(text, url));
    parsed.set(request, programme);
  }
  return programme;
}

/** Forgets a URL's request so that the next `loadFeed` fetches it again. */
export function forgetFeed(source: string, doc: Document = document): void {
  shared.delete(feedKeyOf(source, doc));
}

async function fetchText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
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
      throw new FeedError(
        'network',
        timedOut ? `No answer from ${url} within ${FETCH_TIMEOUT_MS / 1000} s` : `Could not reach ${url}: ${String(error)}`,
      );
    }
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
    }
    try {
      return await response.text();
    } catch (error) {
      throw new FeedError('network', `The connection to ${url} broke while reading: ${String(error)}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseText(text: string, url: string): Programme {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    throw new FeedError(
      'parse',
      start === '<'
        ? `${url} returned an HTML page, not JSON (is the feed address right?)`
        : `${url} is not valid JSON`,
    );
  }
  const result = parseFeed(json, url);
  if (!result.ok) throw new FeedError('invalid-feed', result.message, result.path);
  return result.programme;
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
  const cached = inlineCache.get(script);
  if (cached && cached.text === text) return cached.programme;
  const programme = new Promise<Programme>((resolve) => resolve(parseText(text, `#${id}`)));
  inlineCache.set(script, { text, programme });
  return programme;
}
