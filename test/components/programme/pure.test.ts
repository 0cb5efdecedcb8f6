/** The programme's pure modules: search normalisation and filters, URL hash, favourites, days, layout. */
import { expect } from '@open-wc/testing';
import { defaultDay, sessionsByDay } from '../../../src/feed/days.js';
import { parseFeed } from '../../../src/feed/parse.js';
import type { Programme } from '../../../src/feed/model.js';
import {
  countBy,
  hasFilters,
  matcher,
  NO_FILTERS,
  NO_ROOM,
  normalise,
  parseList,
  parseSdgs,
  queryTerms,
} from '../../../src/components/programme/filters.js';
import { formatSessionHash, formatViewHash, parseHash } from '../../../src/components/programme/hash-state.js';
import { FavouriteStore, STORAGE_PREFIX, warmUpStorage } from '../../../src/components/programme/favourites.js';
import { nowAndNext, timeGridOf as gridOf, screenful, sectionsOf } from '../../../src/components/programme/layout.js';

async function demo(): Promise<Programme> {
  const json = await (await fetch('/feeds/forum-aict-2022.json')).json();
  const result = parseFeed(json, 'demo');
  if (!result.ok) throw new Error(result.message);
  return result.programme;
}

describe('programme: search and filters', () => {
  it('normalises case, accents, ligatures and white space', () => {
    expect(normalise('  Effets GENRÉS ')).to.equal('effets genres');
    expect(normalise('Dubœuf')).to.equal('duboeuf');
    expect(normalise('Çà\u00a0et\tlà')).to.equal('ca et la');
    expect(queryTerms(' climat  ÉTÉ ')).to.deep.equal(['climat', 'ete']);
  });

  it('reads list attributes', () => {
    expect(parseList(' a, b,,a ,c')).to.deep.equal(['a', 'b', 'c']);
    expect(parseList(null)).to.deep.equal([]);
    expect(parseSdgs('17, 0, 5, x, 18, 5')).to.deep.equal([17, 5]);
  });

  it('matches words in titles, labels, people, organisations and themes, in any case and accent', async () => {
    const programme = await demo();
    const ids = (query: string) => programme.sessions.filter((s) => matcher(programme, { ...NO_FILTERS, query })(s)).map((s) => s.id);
    expect(ids('genres')).to.deep.equal(['changement-climatique-effets-genres']);
    expect(ids('REBSAMEN')).to.deep.equal(['atelier-1']);
    expect(ids('cirrma')).to.deep.equal(['atelier-1']);
    expect(ids('atelier 1')).to.deep.equal(['atelier-1']);
    expect(ids('acteurs du territoire')).to.deep.equal(['atelier-1']);
    expect(ids('climat crises')).to.deep.equal(['changements-climatiques-nouvelles-crises']);
    expect(ids('')).to.have.length(6);
  });

  it('combines values of one filter with OR and filters with AND, and counts facets', async () => {
    const programme = await demo();
    const filters = { ...NO_FILTERS, themes: ['climat'], rooms: ['amphi-gaston-berger', 'salle-louis-armand-ouest'] };
    const match = matcher(programme, filters);
    expect(programme.sessions.filter((s) => match(s)).map((s) => s.id)).to.deep.equal([
      'mesurer-empreinte-carbone-projets-cooperation',
      'changements-climatiques-nouvelles-crises',
    ]);
    // Counts for a dimension ignore that dimension's own selection.
    const rooms = countBy(programme.sessions, 'rooms', match);
    expect(rooms.get('salle-sans-nom')).to.equal(2);
    expect(rooms.get('amphi-gaston-berger')).to.equal(1);
    expect(countBy(programme.sessions, 'themes', match).get('gouvernance-locale')).to.equal(1);
    expect(hasFilters(filters)).to.equal(true);
    expect(hasFilters({ ...NO_FILTERS, query: '   ' })).to.equal(false);
  });

  it('filters favourites and sessions without a room', async () => {
    const programme = await demo();
    const favourites = matcher(programme, { ...NO_FILTERS, favourites: true }, (id) => id === 'atelier-1');
    expect(programme.sessions.filter((s) => favourites(s)).map((s) => s.id)).to.deep.equal(['atelier-1']);
    const noRoom = matcher(programme, { ...NO_FILTERS, rooms: [NO_ROOM] });
    expect(programme.sessions.filter((s) => noRoom(s))).to.have.length(0);
  });
});

describe('programme: URL hash', () => {
  const isSession = (id: string) => id === 'atelier-1';

  it('round-trips a view in the namespaced form', () => {
    const state = { ...NO_FILTERS, day: '2022-06-20', view: 'grid' as const, query: 'effets genrés', themes: ['climat', 'eau'], sdgs: [5, 17], favourites: true };
    const hash = formatViewHash(state);
    expect(hash.startsWith('#aict:')).to.equal(true);
    expect(hash).to.contain('theme=climat,eau');
    const parsed = parseHash(hash, isSession);
    expect(parsed).to.deep.equal({ type: 'view', state: { ...state } });
  });

  it('writes nothing for the default view', () => {
    expect(formatViewHash({ ...NO_FILTERS, view: 'list' })).to.equal('');
  });

  it('takes only known session ids as session links, and drops invalid values', () => {
    expect(formatSessionHash('atelier-1')).to.equal('#aict=atelier-1');
    expect(parseHash('#aict=atelier-1', isSession)).to.deep.equal({ type: 'session', id: 'atelier-1' });
    expect(parseHash(formatSessionHash('atelier-1'), isSession)).to.deep.equal({ type: 'session', id: 'atelier-1' });
    // The old bare form only when the element syncs the hash (see the anchor-hijack tests).
    expect(parseHash('#atelier-1', isSession)).to.deep.equal({ type: 'other' });
    expect(parseHash('#atelier-1', isSession, { legacy: true })).to.deep.equal({ type: 'session', id: 'atelier-1' });
    expect(parseHash('#content', isSession)).to.deep.equal({ type: 'other' });
    expect(parseHash('', isSession)).to.deep.equal({ type: 'other' });
    const bad = parseHash('#aict:day=tomorrow&view=table&sdg=99', isSession);
    expect(bad).to.deep.equal({ type: 'view', state: { ...NO_FILTERS } });
  });
});

describe('programme: favourites', () => {
  class MemoryStorage {
    data = new Map<string, string>();
    getItem(k: string) {
      return this.data.get(k) ?? null;
    }
    setItem(k: string, v: string) {
      this.data.set(k, v);
    }
    removeItem(k: string) {
      this.data.delete(k);
    }
  }

  it('stores ids under a key namespaced by event', () => {
    const storage = new MemoryStorage();
    const store = new FavouriteStore('forum-x', () => storage as unknown as Storage);
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.toggle('a')).to.equal(true);
    store.toggle('b');
    store.toggle('a');
    expect(JSON.parse(storage.getItem(`${STORAGE_PREFIX}forum-x`)!)).to.deep.equal(['b']);
    expect(calls).to.equal(3);
    expect(new FavouriteStore('forum-x', () => storage as unknown as Storage).has('b')).to.equal(true);
    expect(new FavouriteStore('forum-y', () => storage as unknown as Storage).size).to.equal(0);
  });

  it('works in memory when storage is missing, throws, or holds garbage', () => {
    const missing = new FavouriteStore('e', () => undefined);
    expect(missing.toggle('a')).to.equal(true);
    expect(missing.has('a')).to.equal(true);
    const throwing = {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const store = new FavouriteStore('e', () => throwing as unknown as Storage);
    store.toggle('x');
    expect(store.has('x')).to.equal(true);
    const garbage = new MemoryStorage();
    garbage.setItem(`${STORAGE_PREFIX}e`, '{"not":"a list"');
    expect(new FavouriteStore('e', () => garbage as unknown as Storage).size).to.equal(0);
    garbage.setItem(`${STORAGE_PREFIX}e`, '["ok", 3, null]');
    expect([...new FavouriteStore('e', () => garbage as unknown as Storage).all()]).to.deep.equal(['ok']);
  });
});

describe('programme: storage warm-up', () => {
  /** Runs `fn` with `window.localStorage` replaced by what `get` returns (or throws). */
  function withLocalStorage(get: () => unknown, fn: () => void): void {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get });
    try {
      fn();
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: unknown }).localStorage;
    }
  }

  it('reads localStorage once and writes nothing', () => {
    const calls: string[] = [];
    const spy = {
      getItem: (k: string) => (calls.push(`get ${k}`), null),
      setItem: () => calls.push('set'),
      removeItem: () => calls.push('remove'),
      clear: () => calls.push('clear'),
    };
    withLocalStorage(() => spy, () => warmUpStorage());
    expect(calls).to.deep.equal([`get ${STORAGE_PREFIX}`]);
  });

  it('does not throw when storage is blocked or refuses reads', () => {
    withLocalStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, () => expect(() => warmUpStorage()).not.to.throw());
    const refusing = {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    withLocalStorage(() => refusing, () => expect(() => warmUpStorage()).not.to.throw());
  });
});

describe('programme: days and layout', () => {
  it('groups sessions by event-local day and picks the opening day', async () => {
    const programme = await demo();
    const days = sessionsByDay(programme, 'Europe/Paris');
    expect([...days.keys()]).to.deep.equal(['2021-06-29', '2022-06-20']);
    expect(sessionsByDay(programme, 'Europe/Paris')).to.equal(days);
    const keys = [...days.keys()];
    expect(defaultDay(keys, programme.event, 'Europe/Paris')).to.equal('2022-06-20');
    expect(defaultDay(keys, programme.event, 'Europe/Paris', Date.parse('2021-06-29T10:00:00+02:00'))).to.equal('2021-06-29');
    expect(defaultDay(keys, {}, 'Europe/Paris')).to.equal('2021-06-29');
    // In Kolkata the 16:00 Paris sessions still start on the same day; at UTC−10 none move either.
    expect([...sessionsByDay(programme, 'Asia/Kolkata').keys()]).to.deep.equal(['2021-06-29', '2022-06-20']);
  });

  it('builds sections of blocks and start-time slots, the grid, and now/next', async () => {
    const programme = await demo();
    const day = sessionsByDay(programme, 'Europe/Paris').get('2022-06-20')!;
    const sections = sectionsOf(programme, day);
    expect(sections).to.have.length(1);
    expect(sections[0]!.block?.id).to.equal('j1-pm');
    expect(sections[0]!.slots.map((s) => s.sessions.length)).to.deep.equal([3, 2]);
    const grid = gridOf(programme, day);
    expect(grid.columns).to.deep.equal(['salle-louis-armand-ouest', 'amphi-gaston-berger', 'salle-sans-nom']);
    expect(grid.times).to.have.length(4); // 14h00, 15h30, 16h00, 17h30
    // Five-minute rows from 14h00: 16h00–17h30 is rows 26 to 44.
    expect(grid.place(day.find((s) => s.id === 'changements-climatiques-nouvelles-crises')!)).to.deep.equal({ row: '26 / 44', column: '3 / span 1' });
    const live = nowAndNext(day, Date.parse('2022-06-20T14:30:00+02:00'));
    expect(live.current.size).to.equal(3);
    expect([...live.next].sort()).to.deep.equal(['changements-climatiques-nouvelles-crises', 'mobilisation-jeunesse-enjeux-climat']);
  });

  it('gives overlapping sessions of one room lanes of their own, and spans breaks only when alone', () => {
    const at = (id: string, kind: string, start: string, end: string, room?: string) => ({
      id,
      kind,
      title: id,
      start: `2022-06-20T${start}`,
      end: `2022-06-20T${end}`,
      ...(room ? { room } : {}),
    });
    const result = parseFeed(
      {
        format: 'aict-programme/1',
        event: { id: 'lanes', title: 'Lanes', timeZone: 'Europe/Paris' },
        rooms: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
        sessions: [
          at('w1', 'workshop', '10:00', '11:30', 'a'),
          at('w2', 'workshop', '10:30', '12:00', 'a'),
          at('w3', 'workshop', '10:00', '12:00', 'b'),
          at('pause', 'break', '12:00', '13:00'),
          at('w4', 'workshop', '13:00', '14:00', 'a'),
          at('lunch', 'break', '13:00', '14:00'),
        ],
      },
      'lanes',
    );
    if (!result.ok) throw new Error(result.message);
    const { programme } = result;
    const grid = gridOf(programme, programme.sessions);
    const column = (id: string) => grid.place(programme.sessionsById.get(id)!).column;
    // Room A has two lanes (columns 2 and 3), room B one (column 4); the lunch that runs
    // alongside w4 has no room, so it gets the "to be confirmed" column (5).
    expect(grid.columns).to.deep.equal(['a', 'b', NO_ROOM]);
    expect(grid.heads).to.deep.equal(['2 / span 2', '4 / span 1', '5 / span 1']);
    expect(grid.width).to.equal(4);
    expect(['w1', 'w2', 'w3', 'pause', 'w4', 'lunch'].map(column)).to.deep.equal(['2 / span 1', '3 / span 1', '4 / span 1', '2 / -1', '2 / span 2', '5 / span 1']);
  });
});

describe('programme: the first screenful', () => {
  // At 16px: a list column takes 20em + 0.75em of gap (332px), a grid room 13em + 0.4em (214.4px)
  // after the 4.5em (72px) time column; a row of cards is reckoned 15em (240px) below 12em
  // (192px) of controls.
  it('counts the columns the width takes and the rows the window holds', () => {
    expect(screenful(1280, 16, 900, false)).to.equal(3 * 3); // (1280+12)/332 → 3; (900-192)/240 → 2.95
    expect(screenful(390, 16, 844, false)).to.equal(1 * 3);
    expect(screenful(1280, 16, 900, true)).to.equal(5 * 3); // (1280-72)/214.4 → 5.6
    // Larger text: fewer, taller cards.
    expect(screenful(1280, 32, 900, false)).to.equal(1 * 2);
  });

  it('lays the grid out as the list below 44em, and never counts fewer than one card', () => {
    expect(screenful(600, 16, 900, true)).to.equal(screenful(600, 16, 900, false));
    expect(screenful(0, 16, 900, false)).to.equal(3);
    expect(screenful(320, 16, 100, false)).to.equal(1);
    expect(screenful(320, 16, 0, true)).to.equal(1);
  });
});
