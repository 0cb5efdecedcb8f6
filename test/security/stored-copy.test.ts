/**
 * Hostile and careless feeds (issue 17), the offline copy: it stands in only while the feed
 * host is unreachable or in trouble (network error, 5xx, 408, 429), never for a feed that is
 * gone (404, 410: the copy is deleted) or refused (403), and never past its age limit. Real
 * HTTP answers from the test server's fault routes (test/support/hardening-routes.mjs).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { FeedError, loaderSettings, loadFeedResult } from '../../src/feed/load.js';
import { clearStoredFeeds, readStoredFeed, writeStoredFeed } from '../../src/feed/storage.js';
import { mount, part, textOf } from '../support/page.js';

const HOUR = 3600 * 1000;
const saved = { ...loaderSettings };

function faultUrl(query: string): string {
  const key = `copy-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return new URL(`/faults/flaky?key=${key}&${query}`, location.href).href;
}

let mini: string;
/** A fault URL whose stored copy (the mini feed) was saved `ageMs` ago. */
async function withCopy(query: string, ageMs = HOUR): Promise<string> {
  mini ??= await (await fetch('/feeds/mini.json')).text();
  const url = faultUrl(query);
  expect(await writeStoredFeed(url, mini, Date.now() - ageMs)).to.equal(true);
  return url;
}

/** `stale` when the copy stood in, else the error's code and status. */
async function outcome(url: string): Promise<string> {
  try {
    const result = await loadFeedResult(url);
    return result.stale ? 'copy' : 'fresh';
  } catch (error) {
    return `${(error as FeedError).code} ${(error as FeedError).detail ?? ''}`.trim();
  }
}

describe('the offline copy of a feed', function () {
  this.timeout(60000);
  beforeEach(async () => {
    Object.assign(loaderSettings, { attempts: 1, retryDelaysMs: [0] });
    await clearStoredFeeds();
  });
  afterEach(async () => {
    Object.assign(loaderSettings, saved);
    document.querySelector('meta[name="aict-offline-max-age"]')?.remove();
    await clearStoredFeeds();
  });

  for (const status of [404, 410]) {
    it(`is deleted when the feed answers ${status}, and the visitor sees the error`, async () => {
      const url = await withCopy(`fail=10&status=${status}`);
      const { el, event } = await mount<AictSession>(`<aict-session src="${url}" session-id="s1" lang="fr"><a href="/s1">Lien</a></aict-session>`);
      expect(event.type).to.equal('aict-error');
      expect((event as CustomEvent).detail.code).to.equal('http');
      expect(part(el, 'stale')).to.equal(null);
      expect(textOf(el.shadowRoot!)).not.to.contain('Ouverture du forum');
      expect(await readStoredFeed(url)).to.equal(undefined);
    });
  }

  it('does not stand in for a refusal (403), and is kept for when access returns', async () => {
    const url = await withCopy('fail=10&status=403');
    expect(await outcome(url)).to.equal('http 403');
    expect((await readStoredFeed(url))?.text).to.equal(mini);
  });

  for (const query of ['status=503', 'status=500', 'status=408', 'status=429', 'mode=drop']) {
    it(`stands in while the host is unreachable or in trouble (${query})`, async () => {
      const url = await withCopy(`fail=10&${query}`);
      const { el, event } = await mount<AictSession>(`<aict-session src="${url}" session-id="s1" lang="fr"></aict-session>`);
      expect(event.type).to.equal('aict-load');
      expect(textOf(part(el, 'stale'))).to.contain('Copie hors ligne');
    });
  }

  it('is not shown, and is deleted, past its age limit (7 days by default)', async () => {
    expect(saved.maxCopyAgeMs).to.equal(7 * 24 * HOUR);
    const url = await withCopy('fail=10&status=503', 7 * 24 * HOUR + HOUR);
    expect(await outcome(url)).to.equal('http 503');
    expect(await readStoredFeed(url)).to.equal(undefined);
    const recent = await withCopy('fail=10&status=503', 6 * 24 * HOUR);
    expect(await outcome(recent)).to.equal('copy');
  });

  it('takes its age limit from loaderSettings, or from <meta name="aict-offline-max-age"> (hours)', async () => {
    loaderSettings.maxCopyAgeMs = 30 * 24 * HOUR;
    expect(await outcome(await withCopy('fail=10&status=503', 20 * 24 * HOUR))).to.equal('copy');
    const meta = document.createElement('meta');
    meta.name = 'aict-offline-max-age';
    meta.content = '2';
    document.head.append(meta);
    expect(await outcome(await withCopy('fail=10&status=503', 3 * HOUR))).to.equal('http 503');
    expect(await outcome(await withCopy('fail=10&status=503', HOUR))).to.equal('copy');
    meta.content = '0';
    expect(await outcome(await withCopy('fail=10&status=503', 60 * 1000))).to.equal('http 503');
  });

  it('for any HTTP error status: a copy only for 5xx, 408, 429; deleted only for 404, 410 (fast-check)', async () => {
    await fc.assert(
      // 407 never reaches the page: the browser turns it into a network error.
      fc.asyncProperty(fc.integer({ min: 400, max: 599 }).filter((s) => s !== 407), async (status) => {
        const url = await withCopy(`fail=10&status=${status}`);
        const got = await outcome(url);
        const standsIn = status >= 500 || status === 408 || status === 429;
        expect(got, String(status)).to.equal(standsIn ? 'copy' : `http ${status}`);
        const kept = (await readStoredFeed(url)) !== undefined;
        expect(kept, String(status)).to.equal(status !== 404 && status !== 410);
      }),
      { numRuns: 40 },
    );
  });
});
