/**
 * Property-based tests (fast-check): random JSON and mutated versions of a real feed go to the
 * parser and to the elements. No exception escapes `parseFeed`, and every element ends in
 * `aict-load` or `aict-error`, never silent, never throwing into the page.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { parseFeed } from '../../src/feed/parse.js';
import { sanitizeHtml } from '../../src/shared/sanitize.js';

const HOSTILE_STRINGS = [
  '<script>window.__aictPwned=1</script>',
  '<img src=x onerror=window.__aictPwned=1>',
  'javascript:window.__aictPwned=1',
  'JaVa\tScRiPt:window.__aictPwned=1',
  'data:text/html,<script>1</script>',
  '#fff;}*{display:none}',
  'red',
  '',
  ' ',
  '\u0000',
  '\ud800',
  '2022-02-30T10:00',
  '9999-99-99',
  'Not/AZone',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
];

/** A value that is anything JSON can hold, biased towards nasty strings. */
const nasty = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);

type Json = unknown;
type Path = (string | number)[];

/** Every path into a JSON value. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function mutate(feed: Json, path: Path, action: 'set' | 'delete', replacement: Json): Json {
  const copy = structuredClone(feed) as Record<string | number, unknown>;
  if (path.length === 0) return action === 'set' ? replacement : {};
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (action === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

let base: Json;
let paths: Path[];

before(async () => {
  base = await (await fetch('/feeds/mini.json')).json();
  paths = pathsOf(base);
});

/** Up to three mutations of the real feed at random paths. */
const mutatedFeed = () =>
  fc
    .array(fc.tuple(fc.nat(), fc.constantFrom<'set' | 'delete'>('set', 'delete'), nasty), { minLength: 1, maxLength: 3 })
    .map((steps) => {
      let feed = base;
      for (const [n, action, value] of steps) {
        const all = pathsOf(feed);
        feed = mutate(feed, all[n % all.length]!, action, value);
      }
      return feed;
    });

describe('property: hostile and random feeds', function () {
  this.timeout(120000);

  it('parseFeed never throws on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        const result = parseFeed(json, 'fuzz.json');
        expect(typeof result.ok).to.equal('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('parseFeed never throws on mutated real feeds, and a rejection always says why', () => {
    expect(paths.length).to.be.greaterThan(20);
    fc.assert(
      fc.property(mutatedFeed(), (feed) => {
        const result = parseFeed(feed, 'fuzz.json');
        if (!result.ok) expect(result.message).to.be.a('string').and.not.equal('');
        else expect(result.programme.sessionsById).to.be.instanceOf(Map);
      }),
      { numRuns: 500 },
    );
  });

  it('the sanitizer never throws and never keeps a forbidden element', () => {
    const tags = ['p', 'a', 'img', 'svg', 'math', 'style', 'script', 'form', 'iframe', 'template', 'noscript', 'table', 'em', 'mtext', 'mglyph', 'textarea', 'title'];
    const markup = fc
      .array(
        fc.oneof(
          fc.constantFrom(...tags).map((t) => `<${t}>`),
          fc.constantFrom(...tags).map((t) => `</${t}>`),
          fc.constantFrom(' onerror=window.__aictPwned=1', ' href="javascript:x"', ' href="https://example.org/"', '"', "'", '<!--', '-->', '<![CDATA[', ']]>'),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(markup, (html) => {
        const box = document.createElement('div');
        box.append(sanitizeHtml(html));
        for (const el of box.querySelectorAll('*')) {
          expect(['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'cite']).to.include(el.localName);
          for (const name of el.getAttributeNames()) expect(['href', 'rel']).to.include(name);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every element ends in aict-load or aict-error, whatever the feed', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String(e.message));
    window.addEventListener('error', onError);
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(mutatedFeed(), fc.constantFrom('s1', 's2', 'nope'), async (feed, sessionId) => {
          const id = `fuzz-feed-${run++}`;
          const script = document.createElement('script');
          script.type = 'application/json';
          script.id = id;
          script.textContent = JSON.stringify(feed);
          document.body.append(script);
          const wrapper = document.createElement('div');
          wrapper.innerHTML = `
            <aict-session src="#${id}" session-id="${sessionId}" variant="full"></aict-session>
            <aict-concurrent-sessions src="#${id}" session-id="${sessionId}"></aict-concurrent-sessions>
            <aict-room-map src="#${id}" session-id="${sessionId}"></aict-room-map>
            <aict-programme src="#${id}"></aict-programme>`;
          const elements = [...wrapper.children];
          const outcomes = elements.map(
            (el) =>
              new Promise<string>((resolve) => {
                el.addEventListener('aict-load', () => resolve('load'), { once: true });
                el.addEventListener('aict-error', () => resolve('error'), { once: true });
                setTimeout(() => resolve(`silent <${el.localName}>`), 5000);
              }),
          );
          try {
            await fixture(wrapper);
            const results = await Promise.all(outcomes);
            for (const r of results) expect(['load', 'error'], JSON.stringify(feed).slice(0, 300)).to.include(r);
          } finally {
            wrapper.remove();
            script.remove();
          }
        }),
        { numRuns: 25 },
      );
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('is accessible (a widget rendered from a mutated feed)', async () => {
    const feed = mutate(base, ['sessions', 0, 'title'], 'set', '<script>x</script>');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'fuzz-a11y';
    script.textContent = JSON.stringify(feed);
    document.body.append(script);
    try {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<aict-session src="#fuzz-a11y" session-id="s1"></aict-session>';
      const el = wrapper.firstElementChild!;
      const loaded = new Promise((r) => el.addEventListener('aict-load', r, { once: true }));
      await fixture(wrapper);
      await loaded;
      await expect(el).to.be.accessible();
    } finally {
      script.remove();
    }
  });
});
