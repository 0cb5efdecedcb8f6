/**
 * Hostile and careless feeds (issue 17), the iframe page: `embed.html?src=` renders feeds from
 * its own origin and from the origins its `<html data-aict-feed-origins>` lists, nothing
 * else, so another site cannot frame the partner's page with a feed of its own. The other
 * origin here is the same test server under its other host name (localhost / 127.0.0.1).
 */
import { expect } from '@open-wc/testing';
import { closeFrames, loadFrame, renderedTitle, until } from '../dist/frames.js';
import { requestCount } from '../support/page.js';

const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const OTHER_ORIGIN = `${location.protocol}//${otherHost}:${location.port}`;

function feedWithKey(origin = ''): { url: string; key: string } {
  const key = `embed-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return { url: `${origin}/feeds/forum-aict-2022.json?key=${key}`, key };
}

describe('embed.html: feed origins', function () {
  this.timeout(30000);
  afterEach(closeFrames);

  for (const page of ['/demo/embed.html', '/csp/embed.html?origins=https://feeds.example']) {
    it(`refuses a feed from another origin, without fetching it (${page})`, async () => {
      const { url, key } = feedWithKey(OTHER_ORIGIN);
      const join = page.includes('?') ? '&' : '?';
      const frame = await loadFrame({ src: `${page}${join}src=${encodeURIComponent(url)}&session=atelier-1` });
      const alert = await until(() => frame.doc.querySelector('[role="alert"]'), 'the message');
      expect(alert.textContent).to.contain(OTHER_ORIGIN).and.contain('origin not allowed');
      expect(frame.doc.querySelector('aict-session')).to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(await requestCount(key)).to.equal(0);
    });
  }

  it('accepts its own origin, relative or absolute', async () => {
    for (const src of [feedWithKey().url, feedWithKey(location.origin).url]) {
      const frame = await loadFrame({ src: `/demo/embed.html?src=${encodeURIComponent(src)}&session=atelier-1` });
      const el = frame.doc.querySelector('aict-session')!;
      expect(await until(() => renderedTitle(el), 'the card')).to.contain('Mobiliser');
    }
  });

  it('accepts an origin listed in data-aict-feed-origins (and only that origin)', async () => {
    const { url } = feedWithKey(OTHER_ORIGIN);
    const listed = await loadFrame({
      src: `/csp/embed.html?origins=${encodeURIComponent(`https://feeds.example ${OTHER_ORIGIN}`)}&src=${encodeURIComponent(url)}&session=atelier-1`,
    });
    const el = await until(() => listed.doc.querySelector('aict-session'), 'the element');
    expect(el.getAttribute('src')).to.equal(url);
    // A listed origin is matched exactly: another port or scheme of it is still refused.
    const otherPort = `${location.protocol}//${otherHost}:1${location.port}`;
    const near = await loadFrame({
      src: `/csp/embed.html?origins=${encodeURIComponent(OTHER_ORIGIN)}&src=${encodeURIComponent(`${otherPort}/feed.json`)}&session=atelier-1`,
    });
    expect((await until(() => near.doc.querySelector('[role="alert"]'), 'the message')).textContent).to.contain('origin not allowed');
  });

  it('the built page allows connections to its own origin only, unless built with AICT_FEED_ORIGINS', async () => {
    const markup = await (await fetch('/raw/dist/embed.html')).text();
    expect(markup).to.contain("connect-src 'self';");
    expect(markup).to.contain('<html lang="fr" data-aict-feed-origins="">');
    const { url } = feedWithKey(OTHER_ORIGIN);
    const frame = await loadFrame({ src: `/dist/embed.html?src=${encodeURIComponent(url)}&session=atelier-1` });
    expect((await until(() => frame.doc.querySelector('[role="alert"]'), 'the message')).textContent).to.contain('origin not allowed');
  });

  it('is accessible when it refuses a feed', async () => {
    const frame = await loadFrame({ src: `/demo/embed.html?src=${encodeURIComponent(feedWithKey(OTHER_ORIGIN).url)}&session=atelier-1` });
    await until(() => frame.doc.querySelector('[role="alert"]'), 'the message');
    await expect(frame.frame).to.be.accessible();
  });
});
