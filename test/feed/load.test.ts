import { expect } from '@open-wc/testing';
import { FeedError, feedKeyOf, feedSourceOf, loadFeed } from '../../src/feed/load.js';
import { requestCount, uniqueFeedUrl } from '../support/page.js';

describe('loadFeed', () => {
  it('shares one request per URL between two copies of the script on a page', async () => {
    // A second module instance of the loader, as a second <script> of the bundle would have.
    const copyUrl = new URL('../../src/feed/load.ts?copy=2', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ copyUrl)) as typeof import('../../src/feed/load.js');
    expect(copy.loadFeed).not.to.equal(loadFeed);
    const { url, key } = uniqueFeedUrl();
    const [a, b] = await Promise.all([loadFeed(url), copy.loadFeed(url)]);
    expect(a.sessionsById.has('atelier-1')).to.equal(true);
    expect(b.sessionsById.has('atelier-1')).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
  });

  it('counts every request the browser really sends (the count is not hidden by the HTTP cache)', async () => {
    // Guards the one-request tests above: if a repeat fetch were answered from the browser's
    // cache, "one request" would hold even for code that fetched twice.
    const { url, key } = uniqueFeedUrl();
    await fetch(url).then((r) => r.text());
    await fetch(url).then((r) => r.text());
    expect(await requestCount(key)).to.equal(2);
  });

  it('decodes a large body read in pieces without breaking a character cut between two', async () => {
    // ~1.2 MB of 3-byte characters: network chunks and the loader's 256 KB decoding slices cut
    // inside characters; decoding each piece on its own would leave U+FFFD in the titles.
    const { url } = uniqueFeedUrl('long-accents.json');
    const body = await fetch(url).then((r) => r.arrayBuffer());
    expect(body.byteLength).to.be.greaterThan(4 * 256 * 1024);
    const programme = await loadFeed(uniqueFeedUrl('long-accents.json').url);
    expect(programme.sessions).to.have.length(1500);
    for (const i of [0, 1, 749, 1498, 1499]) {
      expect(programme.sessionsById.get(`s${i}`)!.title, `s${i}`).to.deep.equal({ en: `${i} ${'’«»'.repeat(100)}` });
    }
    const titles = programme.sessions.map((s) => Object.values(s.title).join(''));
    expect(titles.some((t) => t.includes('\uFFFD'))).to.equal(false);
  });

  it('treats relative and absolute spellings of one URL as one feed', async () => {
    const { url, key } = uniqueFeedUrl();
    const absolute = new URL(url, document.baseURI).href;
    await Promise.all([loadFeed(url), loadFeed(absolute), loadFeed(`.${url}`)]);
    expect(feedKeyOf(url)).to.equal(absolute);
    expect(await requestCount(key)).to.equal(1);
  });

  it('rejects with FeedError codes, never a raw exception', async () => {
    const cases: [string, string][] = [
      ['/feeds/mini.json?status=404', 'http'],
      ['/feeds/html.json', 'parse'],
      ['/feeds/wrong-format.json', 'invalid-feed'],
      ['#missing-inline-feed', 'not-found'],
    ];
    for (const [source, code] of cases) {
      const error = await loadFeed(source).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, source).to.be.instanceOf(FeedError);
      expect((error as FeedError).code, source).to.equal(code);
    }
  });

  it('an HTML page served as JSON says so', async () => {
    const error = (await loadFeed('/feeds/html.json').catch((e: unknown) => e)) as FeedError;
    expect(error.message).to.contain('HTML');
  });

  it('finds the page default feed in <meta name="aict-feed">', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(feedSourceOf(null, doc)).to.equal(undefined);
    const meta = doc.createElement('meta');
    meta.name = 'aict-feed';
    meta.content = ' /programme.json ';
    doc.head.append(meta);
    expect(feedSourceOf(null, doc)).to.equal('/programme.json');
    expect(feedSourceOf('/other.json', doc)).to.equal('/other.json');
  });
});
