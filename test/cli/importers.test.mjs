// `aict-feed` on the files of test/fixtures/interop/ (see its README): every defect of issue 18
// reproduced on a file, end to end through the built command (`npm run build:cli` first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const bin = process.env.AICT_FEED_BIN ?? path.join(root, 'bin/aict-feed.mjs');
const fixtures = path.join(root, 'test/fixtures/interop');
const fixture = (name) => path.join(fixtures, name);
const frabSchema = path.resolve(root, '../shared/interop/frab/schema.json');

/** Runs the command in an English locale unless `env` says otherwise. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const byId = (list) => new Map(list.map((x) => [x.id, x]));
const names = (feed, session) => session.participants.map((p) => feed.people.find((x) => x.id === p.person).name);
/** Events of a frab v1 schedule with their day's date and room key, read straight from the JSON. */
function frabEvents(schedule) {
  return schedule.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([room, list]) => list.map((event) => ({ ...event, dayDate: day.date, roomKey: room }))),
  );
}

let tmp;
let validateFrab;
before(async () => {
  assert.ok(existsSync(path.join(root, 'dist/cli/aict-feed.mjs')), 'run `npm run build:cli` first');
  tmp = await mkdtemp(path.join(tmpdir(), 'aict-importers-'));
  if (existsSync(frabSchema)) {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    addFormats(ajv);
    validateFrab = ajv.compile(await readJson(frabSchema));
  }
});

describe('old frab 0.8 merged with wiki sessions (frab08-merged.json)', () => {
  it('keeps every speaker: full_public_name is read, people sharing id 0 stay apart', async () => {
    const out = path.join(tmp, 'frab08.json');
    const result = await run(['convert', '--from', 'frab', fixture('frab08-merged.json'), '--time-zone', 'Europe/Berlin', '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const feed = await readJson(out);
    assert.deepEqual(feed.people.map((p) => p.name).sort(), ['Alice', 'Bob', 'Carol', 'Geraldine de Bastion', 'erdgeist']);
    const sessions = byId(feed.sessions);
    assert.deepEqual(names(feed, sessions.get('lockpicking-for-beginners')), ['Alice', 'Bob']);
    assert.deepEqual(names(feed, sessions.get('soldering-101')), ['Carol', 'Alice']);
    assert.deepEqual(names(feed, sessions.get('6573')), ['erdgeist', 'Geraldine de Bastion']);
    assert.match(result.stderr, /Person "Bob" has the same id "0" as "Alice"; kept as another person/);
    assert.match(result.stderr, /^Converted: 5 sessions, 5 people, 2 rooms\.$/m);
  });

  it('puts the 00:30 talk after the evening it is listed under, in the zone given', async () => {
    const feed = await readJson(path.join(tmp, 'frab08.json'));
    const late = byId(feed.sessions).get('6460');
    assert.equal(Date.parse(late.start), Date.parse('2014-12-28T00:30:00+01:00'), 'the night after 27 December, not 24 h early');
    assert.equal(Date.parse(late.end) - Date.parse(late.start), 60 * 60_000);
    assert.equal(Date.parse(byId(feed.sessions).get('6573').start), Date.parse('2014-12-27T11:00:00+01:00'), 'Berlin time, not UTC');
    assert.equal(feed.event.timeZone, 'Europe/Berlin');
    assert.equal(feed.event.dayChange, '01:00');
    assert.equal(late.block, 'day-2014-12-27');
    assert.equal(feed.event.endDate, '2014-12-28', 'still a two-day event');
  });

  it('decodes HTML entities, keeps subtitles apart and every language of "de, en"', async () => {
    const feed = await readJson(path.join(tmp, 'frab08.json'));
    const sessions = byId(feed.sessions);
    const opening = sessions.get('6573');
    assert.equal(opening.subtitle, 'A new dawn & a new day');
    assert.equal(opening.summary, 'Welcome to the "31st Chaos Communication Congress"!');
    assert.equal(opening.description, '<p>Opening event – we’ll tell you what’s going on.</p>'.replace(/’/g, "'"));
    const late = sessions.get('6460');
    assert.deepEqual(late.languages, ['de', 'en']);
    assert.deepEqual(late.subtitle, { de: 'Late-night hacking, in two languages' });
    assert.equal(feed.themes.find((t) => t.id === late.themes[0]).name, 'Hardware & Making');
    const check = await run(['validate', path.join(tmp, 'frab08.json')]);
    assert.equal(check.code, 0, check.stdout);
  });

  it('asks for --time-zone when the schedule says nothing of its zone', async () => {
    const schedule = await readJson(fixture('frab08-merged.json'));
    for (const day of schedule.schedule.conference.days) {
      delete day.day_start;
      delete day.day_end;
    }
    const file = path.join(tmp, 'no-zone.json');
    await writeFile(file, JSON.stringify(schedule));
    const result = await run(['convert', '--from', 'frab', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /says nothing of its time zone.*--time-zone/);
    assert.equal(result.stdout, '', 'no feed with guessed UTC times');
  });

  it('round trip frab → aict → frab keeps sessions, people, rooms, days, languages and subtitles', async () => {
    const back = path.join(tmp, 'frab08.frab.json');
    const result = await run(['export', '--to', 'frab', path.join(tmp, 'frab08.json'), '--out', back]);
    assert.equal(result.code, 0, result.stderr);
    const schedule = await readJson(back);
    if (validateFrab) assert.equal(validateFrab(schedule), true, JSON.stringify(validateFrab.errors?.slice(0, 3)));
    const original = frabEvents(await readJson(fixture('frab08-merged.json')));
    const events = frabEvents(schedule);
    assert.equal(events.length, original.length);
    assert.deepEqual(schedule.schedule.conference.days.map((d) => d.date), ['2014-12-27', '2014-12-28'], 'two days, as in the file');
    for (const source of original) {
      const event = events.find((e) => e.title === source.title.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      assert.ok(event, source.title);
      assert.equal(event.dayDate, source.dayDate, `${source.title}: same day`);
      assert.equal(event.roomKey, source.roomKey, `${source.title}: same room`);
      assert.equal(event.start, source.start);
      assert.equal(event.duration, source.duration);
      assert.equal(event.language, source.language);
      assert.equal(event.subtitle, source.subtitle.replace(/&amp;/g, '&'));
      assert.deepEqual(event.persons.map((p) => p.name), source.persons.map((p) => p.full_public_name));
    }
    // And back again: the same feed.
    const again = path.join(tmp, 'frab08.again.json');
    const second = await run(['convert', '--from', 'frab', back, '--out', again]);
    assert.equal(second.code, 0, second.stderr);
    const [first, last] = [await readJson(path.join(tmp, 'frab08.json')), await readJson(again)];
    assert.equal(last.sessions.length, first.sessions.length);
    assert.deepEqual(last.people.map((p) => p.name).sort(), first.people.map((p) => p.name).sort());
    assert.deepEqual(last.rooms.map((r) => r.name).sort(), first.rooms.map((r) => r.name).sort());
    assert.equal(last.event.dayChange, first.event.dayChange);
  });
});

describe('C3VOC schedule v2 (hub-schedule2.json)', () => {
  it('converts events, participants and room objects, and keeps the 00:15 talk on its evening', async () => {
    const out = path.join(tmp, 'hub.json');
    const result = await run(['convert', '--from', 'frab', fixture('hub-schedule2.json'), '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const feed = await readJson(out);
    const source = await readJson(fixture('hub-schedule2.json'));
    assert.deepEqual(feed.sessions.map((s) => s.id), source.schedule.events.map((e) => e.guid));
    const talk = byId(feed.sessions).get('b1740c2f-0c44-5f1b-89ed-456a9eecf0b8');
    assert.equal(talk.subtitle, 'Most Wanted Using Deep Reinforcement Learning');
    assert.equal(feed.rooms.find((r) => r.id === talk.room).name, 'Saal ZIGZAG');
    assert.deepEqual(names(feed, talk), ['Sebastian Schwarz']);
    assert.equal(feed.event.timeZone, 'Europe/Berlin');
    assert.equal(feed.event.dayChange, '06:00');
    assert.equal(talk.block, byId(feed.sessions).get('270fa44c-821a-577f-8ca3-33e8d4a8c2a7').block, 'same programme day');
    assert.deepEqual(
      feed.people.map((p) => p.name).sort(),
      source.schedule.persons.map((p) => p.name).sort(),
    );
    assert.equal(feed.people.find((p) => p.name === 'Senficon').url, source.schedule.persons.find((p) => p.name === 'Senficon').url);
  });

  it('exports the two sessions on one frab day', async () => {
    const back = path.join(tmp, 'hub.frab.json');
    const result = await run(['export', '--to', 'frab', path.join(tmp, 'hub.json'), '--out', back]);
    assert.equal(result.code, 0, result.stderr);
    const schedule = await readJson(back);
    if (validateFrab) assert.equal(validateFrab(schedule), true, JSON.stringify(validateFrab.errors?.slice(0, 3)));
    assert.deepEqual(schedule.schedule.conference.days.map((d) => d.date), ['2024-12-27']);
    assert.equal(frabEvents(schedule).find((e) => e.guid === 'b1740c2f-0c44-5f1b-89ed-456a9eecf0b8').subtitle, 'Most Wanted Using Deep Reinforcement Learning');
  });
});

describe('pentabarf / frab XML (fosdem-2018-excerpt.xml)', () => {
  it('reads FOSDEM’s schedule.xml instead of failing on "<"', async () => {
    const out = path.join(tmp, 'fosdem.json');
    const result = await run(['convert', '--from', 'frab', fixture('fosdem-2018-excerpt.xml'), '--time-zone', 'Europe/Brussels', '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const feed = await readJson(out);
    assert.deepEqual(feed.sessions.map((s) => s.title), [
      'Simulating Multilevel Caches in Cachegrind',
      'Valgrind register allocator overhaul',
      "Valgrind's Memcheck tool vs Optimising Compilers",
    ]);
    const memcheck = feed.sessions[2];
    assert.equal(memcheck.id, '6934');
    assert.equal(memcheck.subtitle, 'Keeping the false positive rate under control');
    assert.equal(Date.parse(memcheck.start), Date.parse('2018-02-03T11:30:00+01:00'));
    assert.equal(Date.parse(memcheck.end) - Date.parse(memcheck.start), 40 * 60_000);
    assert.deepEqual(names(feed, memcheck), ['Julian Seward']);
    assert.equal(feed.themes.find((t) => t.id === memcheck.themes[0]).name, 'Debugging tools');
    assert.equal(memcheck.summary, 'The ongoing work to improve the accuracy of definedness tracking in the face of newer more aggressively optimizing compilers.');
    assert.equal(memcheck.description, "<p>Valgrind's Memcheck tool reports various kinds of errors.</p>");
    assert.equal(feed.rooms.find((r) => r.id === memcheck.room).name, 'AW1.121');
    assert.equal(feed.event.dayChange, '09:00');
    const again = await run(['convert', '--from', 'xml', fixture('fosdem-2018-excerpt.xml'), '--time-zone', 'Europe/Brussels']);
    assert.equal(again.code, 0, again.stderr);
  });

  it('says where XML is broken', async () => {
    const file = path.join(tmp, 'broken.xml');
    await writeFile(file, '<schedule>\n  <conference><title>X</title>\n  </conference>\n  <day index="1">\n</schedule>\n');
    const result = await run(['convert', '--from', 'xml', file, '--time-zone', 'Europe/Brussels']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /not well-formed XML \(line 5, column \d+\)/);
  });
});

describe('Sessionize (sessionize-all.json)', () => {
  it('converts sessions, speakers, rooms and categories; an unscheduled session is a loss', async () => {
    const out = path.join(tmp, 'sessionize.json');
    const result = await run(['convert', '--from', 'sessionize', fixture('sessionize-all.json'), '--time-zone', 'Europe/Warsaw', '--out', out]);
    assert.equal(result.code, 1, 'one accepted session has no time');
    assert.match(result.stderr, /sessions\[3\]\.startsAt: Session "Accepted but not yet scheduled" is not scheduled/);
    assert.match(result.stderr, /^Not carried: 1 session/m);
    const feed = await readJson(out);
    const sessions = byId(feed.sessions);
    assert.deepEqual([...sessions.keys()], ['160121', '158892', 'sv-1']);
    const mobile = sessions.get('158892');
    assert.equal(Date.parse(mobile.start), Date.parse('2019-12-07T09:20:00+01:00'));
    assert.deepEqual(names(feed, mobile), ['Anna Nowak', 'Jakub Kolakowski']);
    assert.equal(feed.people.find((p) => p.name === 'Anna Nowak').title, 'Mobile developer');
    assert.equal(feed.rooms.find((r) => r.id === mobile.room).name, 'Mobile');
    assert.equal(mobile.kind, 'workshop');
    assert.deepEqual(mobile.languages, ['pl', 'en']);
    assert.equal(feed.themes.find((t) => t.id === mobile.themes[0]).name, 'Mobile');
    assert.equal(sessions.get('160121').kind, 'plenary');
    assert.equal(sessions.get('sv-1').kind, 'break');
    // The "Sessions" export: the same sessions, speakers and categories inline.
    const grouped = await run(['convert', '--from', 'sessionize', fixture('sessionize-sessions.json'), '--time-zone', 'Europe/Warsaw']);
    assert.equal(grouped.code, 0, grouped.stderr);
    const inline = JSON.parse(grouped.stdout);
    assert.deepEqual(inline.sessions.map((s) => [s.id, s.kind, s.room, s.themes]), [
      ['160121', 'plenary', 'cloud', ['cloud']],
      ['158892', 'other', 'mobile', ['mobile']],
    ]);
    assert.deepEqual(inline.sessions[1].languages, ['pl', 'en']);
    assert.deepEqual(names(inline, inline.sessions[1]), ['Anna Nowak']);
    const allowed = await run(['convert', '--from', 'sessionize', fixture('sessionize-all.json'), '--time-zone', 'Europe/Warsaw', '--allow-loss']);
    assert.equal(allowed.code, 0);
    assert.match(allowed.stderr, /Accepted with --allow-loss/);
  });
});

describe('CSV from French Excel (excel-fr-1252.csv)', () => {
  it('reads Windows-1252, CRLF and ;, with Durée and Abstract columns, and warns of a room typed two ways', async () => {
    const out = path.join(tmp, 'excel.json');
    const result = await run(['convert', '--from', 'csv', fixture('excel-fr-1252.csv'), '--out', out], { LANG: 'fr_FR.UTF-8' });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /n’est pas en UTF-8\u00a0; il est lu en Windows-1252/);
    assert.match(result.stderr, /Les salles «\u00a0Salle L\. Armand Ouest\u00a0» et «\u00a0Salle L\. Armand Oeust\u00a0» semblent être une même salle/);
    assert.doesNotMatch(result.stderr, /warning|Converted/, 'French only, from LANG');
    const feed = await readJson(out);
    assert.deepEqual(feed.sessions.map((s) => s.title), ['Ouverture du forum', 'Coopération décentralisée et climat', 'Table ronde « Jeunesse »']);
    const [opening, climate, youth] = feed.sessions;
    assert.equal(Date.parse(opening.end) - Date.parse(opening.start), 45 * 60_000, 'Durée 45');
    assert.equal(Date.parse(climate.end) - Date.parse(climate.start), 90 * 60_000, 'Durée 1h30');
    assert.equal(Date.parse(youth.end) - Date.parse(youth.start), 90 * 60_000, 'Durée 90 min');
    assert.equal(opening.summary, 'Mot d’accueil des co-organisateurs et présentation des enjeux');
    assert.deepEqual(climate.languages, ['fr', 'en']);
    assert.deepEqual(names(feed, climate), ['Denise Bocquillet', 'Benoît Pillet']);
    assert.equal(feed.people.find((p) => p.name === 'François Rebsamen').title, 'Président de Cités Unies France');
  });
});

describe('CSV with an editor’s mistakes (mistakes.csv)', () => {
  it('skips what it cannot carry whole, says why, and exits 1', async () => {
    const out = path.join(tmp, 'mistakes.json');
    const result = await run(['convert', '--from', 'csv', fixture('mistakes.csv'), '--out', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /row 3: Row 3 has 8 cells but the header has 7: a "," inside a cell that is not in quotes\?/);
    assert.match(result.stderr, /row 4, column "end": Row 4 ends \(10:00\) before it starts \(10:30\); skipped\./);
    assert.match(result.stderr, /row 6, column "date": Row 6 has a date that does not exist/);
    assert.match(result.stderr, /^Not carried: 3 sessions/m);
    const feed = await readJson(out);
    assert.deepEqual(feed.sessions.map((s) => s.id), ['ok', 'late']);
    assert.ok(!feed.people.some((p) => /ethics/.test(p.name)), 'no speaker made of a shifted title');
    const late = feed.sessions[1];
    assert.equal(Date.parse(late.end) - Date.parse(late.start), 2 * 3_600_000, '23:00–01:00 is two hours');
    // The shorter feed is valid, but the conversion said it was shorter.
    assert.equal((await run(['validate', out])).code, 0);
    assert.equal((await run(['convert', '--from', 'csv', fixture('mistakes.csv'), '--allow-loss'])).code, 0);
  });

  it('hints at convert when a CSV is given to validate', async () => {
    const result = await run(['validate', fixture('mistakes.csv')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /looks like a spreadsheet \(CSV\), not a feed: convert it first.*\n\s+aict-feed convert --from csv /);
    const xml = await run(['validate', fixture('fosdem-2018-excerpt.xml')]);
    assert.match(xml.stderr, /aict-feed convert --from frab /);
    const frab = await run(['validate', fixture('hub-schedule2.json')]);
    assert.equal(frab.code, 1);
    assert.match(frab.stdout, /is a frab \/ pretalx schedule, not a feed/);
  });
});

describe('messages', () => {
  it('speaks French with --lang fr or a French LANG, English otherwise', async () => {
    const fr = await run(['convert', '--from', 'csv', fixture('mistakes.csv'), '--lang', 'fr']);
    assert.match(fr.stderr, /^attention\u00a0: ligne 4, colonne «\u00a0end\u00a0»\u00a0: La ligne 4 finit \(10:00\) avant de commencer \(10:30\)\u00a0; ignorée\.$/m);
    assert.match(fr.stderr, /^Non repris\u00a0: 3 sessions/m);
    assert.doesNotMatch(fr.stderr, /\b(warning|Row|skipped|Not carried)\b/);
    const env = await run(['convert', '--from', 'csv', fixture('mistakes.csv')], { LANG: 'fr_FR.UTF-8' });
    assert.equal(env.stderr, fr.stderr);
    const usage = await run(['convert'], { LC_ALL: 'fr_CA.UTF-8' });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /convert attend --from frab/);
  });

  it('says why a feed is rejected, and what to run instead, in French too', async () => {
    const result = await run(['validate', fixture('hub-schedule2.json'), '--lang', 'fr']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^erreur\u00a0: format\u00a0: Le flux ne peut pas être utilisé du tout\. Le flux n’a pas de «\u00a0format\u00a0»/m);
    assert.match(result.stdout, /est un programme frab \/ pretalx, pas un flux\u00a0: convertissez-le d’abord/);
    assert.doesNotMatch(result.stdout, /\b(error|The feed|not a feed)\b/);
    const zone = await run(['convert', '--from', 'frab', fixture('hub-schedule2.json'), '--time-zone', 'Europe/Paris', '--lang', 'fr']);
    assert.equal(zone.code, 0, zone.stderr);
    assert.match(zone.stderr, /La conférence indique «\u00a0Europe\/Berlin\u00a0»\u00a0; --time-zone Europe\/Paris est utilisé à la place\./);
    assert.equal(JSON.parse(zone.stdout).event.timeZone, 'Europe/Paris');
  });

  it('groups one cause met 400 times into one line', async () => {
    const feed = {
      format: 'aict-programme/1',
      event: { id: 'x', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
      sessions: Array.from({ length: 400 }, (_, i) => ({
        id: `s${i}`,
        title: `Session ${i}`,
        start: '2024-05-01T10:00',
        end: '2024-05-01T11:00',
        room: 'salle-inconnue',
      })),
    };
    const file = path.join(tmp, 'many.json');
    await writeFile(file, JSON.stringify(feed, null, 2));
    const result = await run(['validate', file]);
    assert.equal(result.code, 1);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 2, result.stdout.slice(0, 500));
    assert.match(lines[0], /sessions\[0\]\.room: .*\(and 399 more like it\)$/);
    assert.match(lines[1], /^400 problems found/);
  });

  it('gives line:column of each problem in validate', async () => {
    const text = JSON.stringify(
      {
        format: 'aict-programme/1',
        event: { id: 'x', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
        sessions: [
          { id: 'a', title: 'A', start: '2024-05-01T10:00', end: '2024-05-01T11:00' },
          { id: 'b', title: 'B', start: '2024-05-01T10:00', end: '2024-05-01T09:00' },
        ],
      },
      null,
      2,
    );
    const file = path.join(tmp, 'positions.json');
    await writeFile(file, text);
    // Where the second session's "end" value is, counted here from the text itself.
    const offset = text.indexOf('"2024-05-01T09:00"');
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const result = await run(['validate', file]);
    assert.equal(result.code, 1);
    assert.ok(result.stdout.includes(`${file}:${line}:${column}: sessions[1].end: `), result.stdout);
    const broken = path.join(tmp, 'syntax.json');
    await writeFile(broken, '{\n  "format": "aict-programme/1",\n  "event": {,\n}\n');
    const syntax = await run(['validate', broken]);
    assert.equal(syntax.code, 1);
    assert.match(syntax.stderr, /syntax\.json:3:\d+ is not valid JSON/);
  });

  it('never prints a terminal escape sequence from the feed', async () => {
    const feed = {
      format: 'aict-programme/1',
      event: { id: 'x', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
      sessions: [{ id: '\u001b]0;pwned\u0007\u001b[2J', title: 'T', start: '2024-05-01T10:00', end: '2024-05-01T11:00', room: '\u009b31mred' }],
    };
    const file = path.join(tmp, 'escapes.json');
    await writeFile(file, JSON.stringify(feed));
    const result = await run(['validate', file]);
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stdout + result.stderr, /[\u001b\u0007\u009b]/);
    assert.match(result.stdout, /\\x1b\]0;pwned\\x07\\x1b\[2J/);
    const csv = path.join(tmp, 'escapes.csv');
    await writeFile(csv, 'date;start;title;type\n2024-05-01;10:00;T;\u001b[31mred\n');
    const converted = await run(['convert', '--from', 'csv', csv]);
    assert.doesNotMatch(converted.stdout + converted.stderr, /[\u001b\u009b]/);
  });
});

describe('robustness', () => {
  it('exports a room called __proto__ (proto-room.aict.json)', async () => {
    const out = path.join(tmp, 'proto.frab.json');
    const result = await run(['export', '--to', 'frab', fixture('proto-room.aict.json'), '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const schedule = await readJson(out);
    if (validateFrab) assert.equal(validateFrab(schedule), true, JSON.stringify(validateFrab.errors?.slice(0, 3)));
    const rooms = schedule.schedule.conference.days[0].rooms;
    assert.ok(Object.hasOwn(rooms, '__proto__'), JSON.stringify(rooms));
    assert.deepEqual(rooms.__proto__.map((e) => e.title), ['Prototype pollution, explained']);
    const back = await run(['convert', '--from', 'frab', out]);
    assert.equal(back.code, 0, back.stderr);
    assert.deepEqual(JSON.parse(back.stdout).rooms.map((r) => r.name).sort(), ['Salle 1', '__proto__']);
    const csv = path.join(tmp, 'proto.csv');
    await writeFile(csv, 'date;start;title;room;status;language\n2024-05-01;10:00;T;__proto__;__proto__;__proto__\n');
    const fromCsv = await run(['convert', '--from', 'csv', csv]);
    assert.equal(fromCsv.code, 0, fromCsv.stderr);
    const session = JSON.parse(fromCsv.stdout).sessions[0];
    assert.equal(session.status, undefined);
    assert.equal(session.language, undefined);
  });

  it('converts 20,000 rows with one title, with 20,000 distinct ids', async () => {
    const rows = ['date;start;end;room;title;speakers'];
    for (let i = 0; i < 20_000; i++) rows.push(`2024-05-0${1 + (i % 3)};${String(8 + (i % 10)).padStart(2, '0')}:00;${String(9 + (i % 10)).padStart(2, '0')}:00;Salle ${i % 7};Atelier;Personne ${i % 500}`);
    const file = path.join(tmp, 'big.csv');
    await writeFile(file, rows.join('\n'));
    const result = await run(['convert', '--from', 'csv', file]);
    assert.equal(result.code, 0, result.stderr.slice(0, 500));
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.sessions.length, 20_000);
    assert.equal(new Set(feed.sessions.map((s) => s.id)).size, 20_000);
    assert.equal(feed.sessions[19_999].id, 'atelier-20000');
    assert.equal(feed.people.length, 500);
  });

  it('reads a 40,000-character cell whole', async () => {
    const long = `${'Très long nom '.repeat(2_900)}(${'('.repeat(500)}Titre)`;
    const file = path.join(tmp, 'long.csv');
    await writeFile(file, `date;start;title;speakers;description\n2024-05-01;10:00;T;"${long}";"${'[lien '.repeat(7_000)}"\n`);
    const result = await run(['convert', '--from', 'csv', file]);
    assert.equal(result.code, 0, result.stderr.slice(0, 500));
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.people.length, 1);
    assert.ok(feed.people[0].name.length > 40_000);
  });
});
