/**
 * Hostile and careless feeds (issue 17): inputs that ran no script but froze or broke the
 * page. Each test feeds the shape that did harm; without the fix, the parse tests time out
 * (quadratic work on ~10^5 entries) and the crash tests throw.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FEED_LIMITS, parseFeed } from '../../src/feed/parse.js';
import type { Programme } from '../../src/feed/model.js';
import { pickText } from '../../src/i18n/text.js';
import { htmlToPlainText, MAX_PLAIN_TEXT_INPUT } from '../../src/calendar/plain-text.js';
import { buildCalendar } from '../../src/calendar/ics.js';
import { loadFeed } from '../../src/feed/load.js';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { addInlineFeed, mount, textOf } from '../support/page.js';

type Json = Record<string, unknown>;

const EVENT = { id: 'e', title: 'Forum', timeZone: 'Europe/Paris', defaultLanguage: 'fr' };

function session(id: string, extra: Json = {}): Json {
  return { id, title: `Session ${id}`, start: '2022-06-20T16:00', end: '2022-06-20T17:30', ...extra };
}

function parse(json: Json): Programme {
  const result = parseFeed({ format: 'aict-programme/1', event: EVENT, sessions: [], ...json }, 'hostile.json');
  if (!result.ok) throw new Error(`unexpected rejection: ${result.message}`);
  return result.programme;
}

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('hostile feeds: parsing stays linear and bounded per item', function () {
  // Quadratic work on these lists took minutes; the fixed parser takes well under a second.
  this.timeout(20000);
  const N = 120_000;

  it('a session with 120,000 distinct interpretation languages: cut to the limit, with a warning', () => {
    const languages = range(N, (i) => `x-l${i}`);
    const p = parse({ sessions: [session('s1', { interpretation: languages })] });
    expect(p.sessions[0]!.interpretation).to.deep.equal(languages.slice(0, FEED_LIMITS.interpretation));
    const warning = p.warnings.find((w) => w.code === 'too-many');
    expect(warning?.path).to.equal('sessions[0].interpretation');
    expect(warning?.params).to.include({ count: N, max: FEED_LIMITS.interpretation, action: 'cut' });
    expect(warning?.message).to.contain(`only the first ${FEED_LIMITS.interpretation} are read`);
  });

  it('120,000 organisers, themes and participants that all exist: each list cut to its limit', () => {
    const ids = range(N, (i) => `o${i}`);
    const p = parse({
      organizations: ids.map((id) => ({ id, name: id })),
      themes: ids.map((id) => ({ id, name: id })),
      people: ids.map((id) => ({ id, name: id })),
      sessions: [session('s1', { organizers: ids, themes: ids, participants: ids.map((person) => ({ person })) })],
    });
    const s = p.sessions[0]!;
    expect(s.organizers).to.deep.equal(ids.slice(0, FEED_LIMITS.organizers));
    expect(s.themes).to.deep.equal(ids.slice(0, FEED_LIMITS.themes));
    expect(s.participants.map((x) => x.person)).to.deep.equal(ids.slice(0, FEED_LIMITS.participants));
    expect(p.warnings.filter((w) => w.code === 'too-many').map((w) => w.path)).to.have.members([
      'sessions[0].organizers',
      'sessions[0].themes',
      'sessions[0].participants',
    ]);
  });

  it('many sessions each with long (but allowed) lists of distinct values: no quadratic work', () => {
    const ids = range(FEED_LIMITS.participants, (i) => `p${i}`);
    const sessions = range(300, (i) =>
      session(`s${i}`, { participants: ids.map((person) => ({ person })), organizers: ids.slice(0, 100), interpretation: range(30, (j) => `x-${j}`) }),
    );
    const p = parse({ people: ids.map((id) => ({ id, name: id })), organizations: ids.map((id) => ({ id, name: id })), sessions });
    expect(p.sessions).to.have.length(300);
    expect(p.sessions[299]!.participants).to.have.length(FEED_LIMITS.participants);
    expect(p.warnings).to.deep.equal([]);
  });

  it('de-duplication keeps the first of each value, in feed order (fast-check)', () => {
    const known = range(40, (i) => `k${i}`);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...known, 'unknown-1', 'unknown-2'), { maxLength: 150 }),
        fc.array(fc.constantFrom('fr', 'en', 'es', 'ar', 'x-a', 'x-b', 'x-c'), { maxLength: 60 }),
        fc.array(fc.record({ person: fc.constantFrom(...known), role: fc.constantFrom('speaker', 'moderator') }), { maxLength: 80 }),
        (refs, langs, participants) => {
          const p = parse({
            organizations: known.map((id) => ({ id, name: id })),
            people: known.map((id) => ({ id, name: id })),
            sessions: [session('s', { organizers: refs, interpretation: langs, participants })],
          });
          const s = p.sessions[0]!;
          const firsts = <T>(list: readonly T[], key: (t: T) => string) =>
            list.filter((t, i) => list.findIndex((u) => key(u) === key(t)) === i);
          const cut = refs.slice(0, FEED_LIMITS.organizers).filter((r) => known.includes(r));
          expect(s.organizers).to.deep.equal(firsts(cut, (r) => r));
          expect(s.interpretation).to.deep.equal(firsts(langs.slice(0, FEED_LIMITS.interpretation), (l) => l));
          expect(s.participants).to.deep.equal(firsts(participants, (x) => `${x.person} ${x.role}`));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('hostile feeds: shapes and prototype keys', function () {
  this.timeout(20000);

  it('a room polygon with 300,000 points is skipped with a warning; the room stays', () => {
    const points = range(300_000, (i) => String(i)).map((_, i) => [i % 1000, Math.floor(i / 1000)]);
    const p = parse({
      floors: [{ id: 'f', width: 1000, height: 1000, outline: points }],
      rooms: [{ id: 'r', name: 'Salle', floor: 'f', shape: { points } }],
    });
    const room = p.rooms.get('r')!;
    expect(room.name).to.deep.equal({ fr: 'Salle' });
    expect(room.shape).to.equal(undefined);
    expect(p.floors.get('f')!.outline).to.equal(undefined);
    const warnings = p.warnings.filter((w) => w.code === 'too-many');
    expect(warnings.map((w) => w.path)).to.have.members(['floors[0].outline', 'rooms[0].shape.points']);
    expect(warnings[0]!.params).to.include({ count: 300_000, max: FEED_LIMITS.polygonPoints, action: 'ignored' });
  });

  it('defaultLanguage "constructor" (and other Object.prototype names) finds no function', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      const p = parse({
        event: { ...EVENT, defaultLanguage: name },
        sessions: [session('s1', { title: { es: 'Título' }, summary: 'plain' })],
      });
      const s = p.sessions[0]!;
      // Asked for a language the text lacks, the fallback is the text's own language.
      expect(pickText(s.title, 'fr', p.event.defaultLanguage)).to.deep.equal({ text: 'Título', lang: 'es' });
      expect(pickText(s.title, name, name)).to.deep.equal({ text: 'Título', lang: 'es' });
    }
  });

  it('prototype-named languages never yield a non-string (fast-check)', () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(
        fc.constantFrom(...protoKeys),
        fc.constantFrom(...protoKeys, 'fr'),
        fc.dictionary(fc.constantFrom('fr', 'en', 'es'), fc.string({ minLength: 1 }), { minKeys: 1 }),
        (lang, fallback, text) => {
          const picked = pickText(text, lang, fallback);
          expect(picked?.text).to.be.a('string');
          expect(Object.keys(text)).to.include(picked!.lang);
        },
      ),
    );
  });
});

describe('hostile descriptions: the plain-text export (calendar, .ics, CLI) is capped and linear', function () {
  this.timeout(20000);
  const MB = 1_200_000;

  for (const [name, unit] of [
    ['links that never close', '<a href="https://example.org/">x'],
    ['tags that never end', '<b title="'],
    ['stray angle brackets', '<<<<a'],
    ['comments that never end', 'x<!--'],
    ['entities without a semicolon', '&aaaaaaaaaaaaaaaaaaaaaaaa'],
    ['raw-text elements that never close', '<style>x'],
  ] as const) {
    it(`1.2 M characters of ${name}`, () => {
      const html = unit.repeat(Math.ceil(MB / unit.length));
      const text = htmlToPlainText(html);
      expect(text).to.be.a('string');
      expect(text.length).to.be.at.most(MAX_PLAIN_TEXT_INPUT * 2);
    });
  }

  it('keeps what it did on ordinary markup', () => {
    expect(htmlToPlainText('<p>Voir <a href="https://example.org/x">le site</a> et <a href="mailto:a@b.c">a@b.c</a>.</p><ul><li>un</li><li>deux</li></ul>')).to.equal(
      'Voir le site (https://example.org/x) et a@b.c.\n\n• un\n• deux',
    );
    expect(htmlToPlainText('2 < 3 &amp; 4 > 1, &constructor; &#x41;')).to.equal('2 < 3 & 4 > 1, &constructor; A');
  });

  it('never lets markup through, nor the text of script and style elements (fast-check)', () => {
    const text = fc.string({ maxLength: 8 }).map((s) => s.replace(/[<>&]/g, ''));
    const markup = fc.constantFrom('<p>', '</p>', '<br>', '<li>', '<a href="https://x.org/">', '</a>', '<b title=">">', '&amp;', '<!-- c -->');
    const stray = fc.constantFrom('<', '>', '"', "'", '<!--', '-->');
    const secret = fc.constantFrom('<script>SECRET</script>', '<style>SECRET{}</style>', '<svg><g>SECRET</g></svg>');
    // Well-formed markup around the secrets: their text never shows.
    fc.assert(
      fc.property(fc.array(fc.oneof(markup, secret, text), { maxLength: 40 }), (tokens) => {
        const out = htmlToPlainText(tokens.join(''));
        expect(out).not.to.contain('SECRET');
        expect(out).not.to.match(/<(p|br|li|a|b|script|style|svg)[\s>]/);
      }),
      { numRuns: 300 },
    );
    // Broken markup too (`<a <script>` is one tag with an attribute named `<script`, for browsers
    // too, so the text after it shows): still no tag in the output.
    fc.assert(
      fc.property(fc.array(fc.oneof(markup, stray, secret, text), { maxLength: 40 }), (tokens) => {
        expect(htmlToPlainText(tokens.join(''))).not.to.match(/<(p|br|li|a|b|script|style|svg)[\s>]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile feeds: the elements stay up', function () {
  this.timeout(30000);

  it('defaultLanguage "constructor": the card shows the feed’s texts, never a function', async () => {
    const { el, event } = await mount<AictSession>('<aict-session src="/feeds/hostile-proto.json" session-id="s1" lang="fr" variant="full" no-map></aict-session>');
    expect(event.type).to.equal('aict-load');
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('Título en español').and.contain('Sala grande').and.contain('Texto sin idioma');
    expect(text).not.to.match(/function|\[native code\]|\[object/);
    // The calendar entry too (its text goes through the same lookups).
    const ics = buildCalendar((await loadFeed('/feeds/hostile-proto.json')), [(await loadFeed('/feeds/hostile-proto.json')).sessionsById.get('s1')!], { lang: 'fr' });
    expect(ics).to.contain('Título en español').and.contain('Entidad &constructor\\; y &toString\\;');
    expect(ics).not.to.match(/function|native code/);
  });

  it('a room map whose room has a 300,000-point polygon loads, with a warning, and draws the other rooms', async () => {
    const points = Array.from({ length: 300_000 }, (_, i) => [i % 1000, Math.floor(i / 300)]);
    const remove = addInlineFeed('hostile-polygon', {
      format: 'aict-programme/1',
      event: EVENT,
      floors: [{ id: 'f', name: 'Niveau 0', width: 1000, height: 1000 }],
      rooms: [
        { id: 'big', name: 'Salle polygone', floor: 'f', shape: { points } },
        { id: 'r2', name: 'Salle 2', floor: 'f', shape: { x: 10, y: 10, width: 200, height: 100 } },
      ],
      sessions: [session('s1', { room: 'big' }), session('s2', { room: 'r2' })],
    });
    try {
      const { el, event } = await mount<HTMLElement>('<aict-room-map src="#hostile-polygon" session-id="s2" lang="fr"></aict-room-map>');
      expect(event.type).to.equal('aict-load');
      const warnings = (event as unknown as CustomEvent<{ warnings: { path: string }[] }>).detail.warnings;
      expect(warnings.map((w) => w.path)).to.include('rooms[0].shape.points');
      expect(el.shadowRoot!.querySelector('svg')).to.exist;
      expect(textOf(el.shadowRoot!)).to.contain('Salle 2');
    } finally {
      remove();
    }
  });
});
