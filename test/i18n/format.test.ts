import { expect } from '@open-wc/testing';
import {
  RANGE_SEPARATOR,
  eventLocalToInstant,
  formatDate,
  formatDateTimeRange,
  formatDay,
  formatTime,
  formatTimeRange,
  formatUtcOffset,
  resolveTimeZone,
  toEventLocalDate,
  toEventLocalTime,
  zoneCity,
  zoneLabel,
} from '../../src/i18n/format.js';

const PARIS = 'Europe/Paris';
const ms = (iso: string) => Date.parse(iso);
const NBSP = '\u00a0';

// The seed session, as published (defective date kept) and on the forum's real first day.
const SEED_START = ms('2021-06-29T16:00:00+02:00');
const SEED_END = ms('2021-06-29T17:30:00+02:00');
const J1_START = ms('2022-06-20T16:00:00+02:00');
const J1_END = ms('2022-06-20T17:30:00+02:00');

describe('formatDate', () => {
  it('writes the seed date in French and English', () => {
    expect(formatDate(SEED_START, PARIS, 'fr')).to.equal('mardi 29 juin 2021');
    expect(formatDate(SEED_START, PARIS, 'en')).to.equal('Tuesday 29 June 2021');
    expect(formatDate(J1_START, PARIS, 'fr')).to.equal('lundi 20 juin 2022');
    expect(formatDate(new Date(J1_START), PARIS, 'en')).to.equal('Monday 20 June 2022');
  });

  it('says "1er" for the first of the month in French only', () => {
    const first = ms('2022-06-01T10:00:00+02:00');
    expect(formatDate(first, PARIS, 'fr')).to.equal('mercredi 1er juin 2022');
    expect(formatDate(first, PARIS, 'en')).to.equal('Wednesday 1 June 2022');
  });

  it('takes the date in the zone shown, not in the browser', () => {
    // 23:30 UTC is already the next day in Paris, still the same day in Toronto.
    const late = ms('2022-06-20T23:30:00Z');
    expect(formatDate(late, PARIS, 'en')).to.equal('Tuesday 21 June 2022');
    expect(formatDate(late, 'America/Toronto', 'en')).to.equal('Monday 20 June 2022');
  });
});

describe('formatTime and formatTimeRange', () => {
  it('writes the seed times', () => {
    expect(formatTime(SEED_START, PARIS, 'fr')).to.equal('16h00');
    expect(formatTime(SEED_END, PARIS, 'en')).to.equal('17:30');
    expect(formatTimeRange(SEED_START, SEED_END, PARIS, 'fr')).to.equal(`16h00${NBSP}–${NBSP}17h30`);
    expect(formatTimeRange(SEED_START, SEED_END, PARIS, 'en')).to.equal(`16:00${NBSP}–${NBSP}17:30`);
    expect(RANGE_SEPARATOR).to.equal(`${NBSP}–${NBSP}`);
  });

  it('writes morning hours without a leading zero in French, with one in English', () => {
    const nine = ms('2022-06-21T09:05:00+02:00');
    expect(formatTime(nine, PARIS, 'fr')).to.equal('9h05');
    expect(formatTime(nine, PARIS, 'en')).to.equal('09:05');
  });

  it('converts to America/Toronto and Asia/Kolkata', () => {
    expect(formatTimeRange(J1_START, J1_END, 'America/Toronto', 'fr')).to.equal(`10h00${NBSP}–${NBSP}11h30`);
    expect(formatTimeRange(J1_START, J1_END, 'America/Toronto', 'en')).to.equal(`10:00${NBSP}–${NBSP}11:30`);
    expect(formatTimeRange(J1_START, J1_END, 'Asia/Kolkata', 'fr')).to.equal(`19h30${NBSP}–${NBSP}21h00`);
    expect(formatTimeRange(J1_START, J1_END, 'Asia/Kolkata', 'en')).to.equal(`19:30${NBSP}–${NBSP}21:00`);
  });

  it('gives the end its date when the session crosses midnight in the zone shown', () => {
    // 16:00–17:30 in Paris is 23:00–00:30 in Tokyo.
    expect(formatTimeRange(J1_START, J1_END, 'Asia/Tokyo', 'fr')).to.equal(`23h00${NBSP}–${NBSP}mardi 21 juin, 0h30`);
    expect(formatTimeRange(J1_START, J1_END, 'Asia/Tokyo', 'en')).to.equal(`23:00${NBSP}–${NBSP}Tuesday 21 June, 00:30`);
    // A late evening in Paris.
    const s = ms('2022-06-20T22:00:00+02:00');
    const e = ms('2022-06-21T01:30:00+02:00');
    expect(formatTimeRange(s, e, PARIS, 'fr')).to.equal(`22h00${NBSP}–${NBSP}mardi 21 juin, 1h30`);
    // The same evening seen from Kolkata is all on the 21st: no end date.
    expect(formatTimeRange(s, e, 'Asia/Kolkata', 'en')).to.equal(`01:30${NBSP}–${NBSP}05:00`);
  });

  it('adds the year to the end date only when the year changes', () => {
    const s = ms('2022-12-31T23:00:00+01:00');
    const e = ms('2023-01-01T01:00:00+01:00');
    expect(formatTimeRange(s, e, PARIS, 'fr')).to.equal(`23h00${NBSP}–${NBSP}dimanche 1er janvier 2023, 1h00`);
    expect(formatTimeRange(s, e, PARIS, 'en')).to.equal(`23:00${NBSP}–${NBSP}Sunday 1 January 2023, 01:00`);
  });
});

describe('formatDateTimeRange', () => {
  it('writes a session on one day', () => {
    expect(formatDateTimeRange(J1_START, J1_END, PARIS, 'fr')).to.equal(`lundi 20 juin 2022, 16h00${NBSP}–${NBSP}17h30`);
    expect(formatDateTimeRange(J1_START, J1_END, PARIS, 'en')).to.equal(
      `Monday 20 June 2022, 16:00${NBSP}–${NBSP}17:30`,
    );
    expect(formatDateTimeRange(SEED_START, SEED_END, PARIS, 'fr')).to.equal(`mardi 29 juin 2021, 16h00${NBSP}–${NBSP}17h30`);
  });

  it('writes both dates when the session crosses midnight', () => {
    expect(formatDateTimeRange(J1_START, J1_END, 'Asia/Tokyo', 'fr')).to.equal(
      `lundi 20 juin 2022, 23h00${NBSP}–${NBSP}mardi 21 juin 2022, 0h30`,
    );
    expect(formatDateTimeRange(J1_START, J1_END, 'Asia/Tokyo', 'en')).to.equal(
      `Monday 20 June 2022, 23:00${NBSP}–${NBSP}Tuesday 21 June 2022, 00:30`,
    );
  });
});

describe('daylight saving changes in Europe/Paris', () => {
  it('spring forward, 2022-03-27: 01:30 CET to 03:30 CEST lasts one hour', () => {
    const s = ms('2022-03-27T00:30:00Z');
    const e = ms('2022-03-27T01:30:00Z');
    expect(formatTimeRange(s, e, PARIS, 'fr')).to.equal(`1h30${NBSP}–${NBSP}3h30`);
    expect(formatDateTimeRange(s, e, PARIS, 'en')).to.equal(`Sunday 27 March 2022, 01:30${NBSP}–${NBSP}03:30`);
    expect(formatUtcOffset(PARIS, s)).to.equal('UTC+1');
    expect(formatUtcOffset(PARIS, e)).to.equal('UTC+2');
  });

  it('fall back, 2022-10-30: 02:30 happens twice, with two offsets', () => {
    const first = ms('2022-10-30T00:30:00Z');
    const second = ms('2022-10-30T01:30:00Z');
    expect(formatTime(first, PARIS, 'fr')).to.equal('2h30');
    expect(formatTime(second, PARIS, 'fr')).to.equal('2h30');
    expect(zoneLabel(PARIS, first, 'en')).to.equal('Paris time (UTC+2)');
    expect(zoneLabel(PARIS, second, 'en')).to.equal('Paris time (UTC+1)');
    expect(formatDateTimeRange(first, second, PARIS, 'fr')).to.equal(`dimanche 30 octobre 2022, 2h30${NBSP}–${NBSP}2h30`);
  });

  it('converts across the weeks when Europe and America change on different dates', () => {
    // 2022-03-20: Toronto is already on EDT (since 13 March), Paris still on CET: 6 hours apart.
    const s = ms('2022-03-20T16:00:00+01:00');
    expect(formatTime(s, 'America/Toronto', 'en')).to.equal('11:00');
    expect(zoneLabel('America/Toronto', s, 'en')).to.equal('Toronto time (UTC−4)');
    expect(zoneLabel('America/Toronto', ms('2022-01-15T12:00:00Z'), 'fr')).to.equal('heure de Toronto (UTC−5)');
  });
});

describe('zoneLabel', () => {
  it('names the city and the offset at that instant, with a real minus sign', () => {
    expect(zoneLabel('America/Toronto', J1_START, 'en')).to.equal('Toronto time (UTC\u22124)');
    expect(zoneLabel('America/Toronto', J1_START, 'fr')).to.equal('heure de Toronto (UTC\u22124)');
    expect(zoneLabel('America/Toronto', J1_START, 'en', { isLocal: true })).to.equal('your time, Toronto (UTC−4)');
    expect(zoneLabel('America/Toronto', J1_START, 'fr', { isLocal: true })).to.equal('votre heure, Toronto (UTC−4)');
  });

  it('shows minutes when the offset is not whole hours', () => {
    expect(zoneLabel('Asia/Kolkata', J1_START, 'en')).to.equal('Kolkata time (UTC+5:30)');
    expect(zoneLabel('Asia/Kolkata', J1_START, 'fr')).to.equal('heure de Kolkata (UTC+5:30)');
    expect(formatUtcOffset('America/St_Johns', J1_START)).to.equal('UTC−2:30');
  });

  it('turns underscores into spaces and elides "de" before a vowel in French', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
    expect(zoneLabel('America/Argentina/Buenos_Aires', J1_START, 'en')).to.equal('Buenos Aires time (UTC−3)');
    expect(zoneLabel('Africa/Abidjan', J1_START, 'fr')).to.equal('heure d’Abidjan (UTC)');
    expect(zoneLabel('Africa/Dakar', J1_START, 'fr')).to.equal('heure de Dakar (UTC)');
  });

  it('names zones without a city by their offset', () => {
    expect(zoneCity('UTC')).to.equal(undefined);
    expect(zoneLabel('UTC', J1_START, 'en')).to.equal('UTC');
    expect(zoneLabel('Etc/GMT+5', J1_START, 'fr')).to.equal('UTC−5');
    expect(zoneLabel('UTC', J1_START, 'fr', { isLocal: true })).to.equal('votre heure (UTC)');
  });
});

describe('resolveTimeZone', () => {
  it('uses the event zone by default and for "event"', () => {
    for (const attr of [null, undefined, '', '  ', 'event', 'EVENT']) {
      expect(resolveTimeZone(attr, PARIS), String(attr)).to.deep.equal({
        zone: PARIS,
        isEventZone: true,
        isLocal: false,
        invalid: false,
      });
    }
  });

  it('uses the browser zone for "local" (pinned to America/Toronto in the test runner)', () => {
    expect(resolveTimeZone('local', PARIS)).to.deep.equal({
      zone: 'America/Toronto',
      isEventZone: false,
      isLocal: true,
      invalid: false,
    });
    expect(resolveTimeZone('local', 'America/Toronto').isEventZone).to.equal(true);
  });

  it('accepts an IANA name', () => {
    expect(resolveTimeZone('Asia/Kolkata', PARIS)).to.deep.equal({
      zone: 'Asia/Kolkata',
      isEventZone: false,
      isLocal: false,
      invalid: false,
    });
    expect(resolveTimeZone('europe/paris', PARIS)).to.deep.equal({
      zone: PARIS,
      isEventZone: true,
      isLocal: false,
      invalid: false,
    });
  });

  it('falls back to the event zone and flags an unknown name', () => {
    expect(resolveTimeZone('Mars/Olympus_Mons', PARIS)).to.deep.equal({
      zone: PARIS,
      isEventZone: true,
      isLocal: false,
      invalid: true,
    });
    expect(resolveTimeZone('Paris', PARIS).invalid).to.equal(true);
  });
});

describe('formatDay', () => {
  it('writes day tabs', () => {
    expect(formatDay('2022-06-20', 'fr')).to.equal('lundi 20 juin');
    expect(formatDay('2022-06-20', 'en')).to.equal('Monday 20 June');
    expect(formatDay('2022-06-21', 'fr')).to.equal('mardi 21 juin');
    expect(formatDay('2022-06-01', 'fr')).to.equal('mercredi 1er juin');
  });

  it('returns what is not a real date unchanged', () => {
    expect(formatDay('2022-02-30', 'en')).to.equal('2022-02-30');
    expect(formatDay('20 juin', 'fr')).to.equal('20 juin');
  });
});

describe('event-local ISO helpers', () => {
  it('toEventLocalDate gives the calendar day in the zone', () => {
    expect(toEventLocalDate(J1_START, PARIS)).to.equal('2022-06-20');
    expect(toEventLocalDate(ms('2022-06-20T23:30:00Z'), PARIS)).to.equal('2022-06-21');
    expect(toEventLocalDate(ms('2022-06-20T23:30:00Z'), 'America/Toronto')).to.equal('2022-06-20');
    expect(toEventLocalTime(J1_START, PARIS)).to.equal('16:00');
  });

  it('eventLocalToInstant reads the `at` attribute as event-local time', () => {
    expect(eventLocalToInstant('2022-06-20T16:00', PARIS)).to.equal(J1_START);
    expect(eventLocalToInstant('2022-01-15T16:00:30', PARIS)).to.equal(ms('2022-01-15T16:00:30+01:00'));
    expect(eventLocalToInstant('2022-06-20T16:00', 'America/Toronto')).to.equal(ms('2022-06-20T16:00:00-04:00'));
    // 02:30 does not exist on 2022-03-27 in Paris: clocks jump from 02:00 to 03:00.
    expect(eventLocalToInstant('2022-03-27T02:30', PARIS)).to.equal(ms('2022-03-27T03:30:00+02:00'));
    expect(eventLocalToInstant('2022-06-20', PARIS)).to.equal(undefined);
    expect(eventLocalToInstant('2022-02-30T10:00', PARIS)).to.equal(undefined);
    expect(eventLocalToInstant('2022-06-20T25:00', PARIS)).to.equal(undefined);
  });
});
