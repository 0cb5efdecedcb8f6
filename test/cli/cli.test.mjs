// End-to-end tests of the `aict-feed` command, run by `node --test` (they spawn Node, so they
// cannot run in the browser). `npm test` runs them before web-test-runner and stops on failure.
// Needs `npm run build:cli` first (npm test does it).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
// AICT_FEED_BIN: run another copy (e.g. one built outside a work tree that others rebuild).
const bin = process.env.AICT_FEED_BIN ?? path.join(root, 'bin/aict-feed.mjs');
/** The shared interchange files sit beside the project (in CI too). */
const frabDir = path.resolve(root, '../shared/interop/frab');
/**
 * A clone on its own (no `shared/` beside it) skips the tests that read those files, and says
 * why, rather than failing: every other test still runs.
 */
const noFrabFiles = existsSync(frabDir) ? false : `no shared frab files at ${frabDir} (CI has them beside the project)`;
const FILES = ['frab-camp2019', 'pretalx-democon', 'pretalx-rc3', 'invalid-example'];

/** Runs the command in an English locale unless `options.env` says otherwise. */
function run(args, options = {}) {
  const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024, ...options, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** What a frab file holds, counted straight from its JSON (independently of the converter). */
function census(schedule) {
  const events = [];
  const roomNames = new Set();
  const personKeys = new Set();
  for (const day of schedule.schedule.conference.days) {
    for (const [roomName, list] of Object.entries(day.rooms)) {
      roomNames.add(roomName);
      for (const event of list) {
        events.push(event);
        for (const person of event.persons) personKeys.add(person.guid ?? person.code ?? String(person.id));
      }
    }
  }
  return { events, roomNames, personKeys };
}

let tmp;
let validateFrab;

before(async () => {
  assert.ok(existsSync(path.join(path.dirname(bin), '../dist/cli/aict-feed.mjs')), 'run `npm run build:cli` first');
  tmp = await mkdtemp(path.join(tmpdir(), 'aict-feed-'));
  if (noFrabFiles) return;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  validateFrab = ajv.compile(await readJson(path.join(frabDir, 'schema.json')));
});

describe('aict-feed convert --from frab (the real files)', { skip: noFrabFiles }, () => {
  for (const name of FILES) {
    it(`${name}: converts with every session, room and person, and a valid feed`, async () => {
      const source = path.join(frabDir, `${name}.json`);
      const out = path.join(tmp, `${name}.aict.json`);
      const result = await run(['convert', '--from', 'frab', source, '--out', out]);
      assert.equal(result.code, 0, result.stderr);
      const feed = await readJson(out);
      const { events, roomNames, personKeys } = census(await readJson(source));
      assert.equal(feed.format, 'aict-programme/1');
      assert.deepEqual(
        feed.sessions.map((s) => s.id).sort(),
        events.map((e) => e.guid).sort(),
        'session ids are the frab guids',
      );
      assert.deepEqual(new Set(feed.rooms.map((r) => r.name)), roomNames);
      assert.equal(feed.people.length, personKeys.size);
      // Start instants are the frab `date`s.
      const byId = new Map(feed.sessions.map((s) => [s.id, s]));
      for (const event of events) assert.equal(Date.parse(byId.get(event.guid).start), Date.parse(event.date));
      // The converted feed passes our own validation without a single warning.
      const check = await run(['validate', out]);
      assert.equal(check.code, 0, check.stdout);
    });
  }

  it('reports each deviation from the frab schema with its path and what was done', async () => {
    const warnings = async (name) =>
      (await run(['convert', '--from', 'frab', path.join(frabDir, `${name}.json`)])).stderr;
    const camp = await warnings('frab-camp2019');
    assert.match(camp, /warning: schedule\.conference\.acronym: The acronym "Camp2019" does not match the frab pattern.*event id is "camp2019"/);
    assert.match(camp, /warning: schedule\.conference\.days\[0\]\.rooms\.Curie\[0\]\.slug: The slug "Camp2019-10386-opening_ceremony" .*not used\. \(and 78 more like it\)/);
    const rc3 = await warnings('pretalx-rc3');
    assert.match(rc3, /schedule\.conference\.acronym: The acronym "rc3-channels-2020"/);
    assert.match(rc3, /schedule\.conference\.time_zone_name: .*"Etc\/GMT-1"/);
    assert.match(rc3, /\.answers: Field "answers" is not part of the frab format for an event; ignored\. \(and 47 more like it\)/);
    assert.match(rc3, /\.slug: The slug "MJA8QY"/);
    const invalid = await warnings('invalid-example');
    assert.match(invalid, /warning: schedule\.rooms: /);
    assert.match(invalid, /Winterchaos\[0\]\.id: The id "2814" is not the positive integer/);
    assert.match(invalid, /Winterchaos\[0\]\.persons\[0\]: Person "Mänu" has no "name".*"public_name" is used/);
    assert.match(invalid, /Winterchaos\[0\]\.persons\[0\]\.id: The person id "dsadf"/);
    const democon = await warnings('pretalx-democon');
    assert.match(democon, /schedule\.conference\.rooms\[1\]\.guid: Room "Tan Room" has the same guid as room "Gray Room"/);
  });

  it('keeps the conference zone, or says which one it used', async () => {
    const camp = await readJson(path.join(tmp, 'frab-camp2019.aict.json'));
    assert.equal(camp.event.timeZone, 'Europe/Berlin');
    assert.equal(camp.event.id, 'camp2019');
    const first = camp.sessions.find((s) => s.id === 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4');
    assert.equal(first.title, 'Opening Ceremony');
    assert.equal(first.start, '2019-08-21T11:00:00+02:00');
    assert.equal(first.end, '2019-08-21T11:30:00+02:00');
    assert.equal(first.room, camp.rooms.find((r) => r.name === 'Curie').id);
    assert.deepEqual(
      first.participants.map((p) => camp.people.find((x) => x.id === p.person).name),
      ['jinxx', 'smtw'],
    );
    assert.equal(camp.themes.find((t) => t.id === first.themes[0]).name, 'CCC');
    assert.ok(camp.blocks.some((b) => b.id === first.block), 'days become blocks');
  });
});

describe('aict-feed export --to frab', { skip: noFrabFiles }, () => {
  for (const name of FILES) {
    it(`${name}: frab → aict → frab validates against the frab schema`, async () => {
      const out = path.join(tmp, `${name}.frab.json`);
      const result = await run(['export', '--to', 'frab', path.join(tmp, `${name}.aict.json`), '-o', out]);
      assert.equal(result.code, 0, result.stderr);
      const schedule = await readJson(out);
      assert.equal(validateFrab(schedule), true, JSON.stringify(validateFrab.errors?.slice(0, 5), null, 1));
      const original = census(await readJson(path.join(frabDir, `${name}.json`)));
      const back = census(schedule);
      assert.deepEqual(back.events.map((e) => e.guid).sort(), original.events.map((e) => e.guid).sort());
      assert.deepEqual(
        back.events.map((e) => e.title).sort(),
        // Titles come back without surrounding white space.
        original.events.map((e) => e.title.trim()).sort(),
      );
      const dayOf = (schedule) =>
        new Map(schedule.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat().map((e) => [e.guid, d.date])));
      const [daysBefore, daysAfter] = [dayOf(await readJson(path.join(frabDir, `${name}.json`))), dayOf(schedule)];
      for (const event of back.events) {
        const source = original.events.find((e) => e.guid === event.guid);
        assert.equal(Date.parse(event.date), Date.parse(source.date));
        assert.equal(event.duration, source.duration);
        assert.equal(event.room, source.room);
        // Same day, language, subtitle and people (names without surrounding white space).
        assert.equal(daysAfter.get(event.guid), daysBefore.get(event.guid), `${event.guid}: day`);
        assert.equal(event.language ?? '', source.language ?? '', `${event.guid}: language`);
        assert.equal(event.subtitle ?? '', (source.subtitle ?? '').trim(), `${event.guid}: subtitle`);
        assert.deepEqual(
          event.persons.map((p) => p.name),
          source.persons.map((p) => (p.name ?? p.public_name).trim()),
          `${event.guid}: persons`,
        );
      }
    });
  }

  it('writes the demo feed (hyphenated id, sessions without url) as a valid schedule', async () => {
    const out = path.join(tmp, 'demo.frab.json');
    const result = await run(['export', '--to', 'frab', 'demo/forum-aict-2022.json', '--out', out, '--lang', 'fr']);
    assert.equal(result.code, 0, result.stderr);
    const schedule = await readJson(out);
    assert.equal(validateFrab(schedule), true, JSON.stringify(validateFrab.errors?.slice(0, 5), null, 1));
    assert.equal(schedule.schedule.conference.acronym, 'forum_aict_2022');
    assert.equal(schedule.schedule.conference.time_zone_name, 'Europe/Paris');
    // --lang fr: French texts, and French messages.
    assert.match(result.stderr, /event\.id\u00a0: L’identifiant «\u00a0forum-aict-2022\u00a0» est écrit comme l’acronyme frab «\u00a0forum_aict_2022\u00a0»/);
    const demo = await readJson(path.join(root, 'demo/forum-aict-2022.json'));
    assert.equal(census(schedule).events.length, demo.sessions.length);
  });
});

describe('aict-feed export --to ics', { skip: noFrabFiles }, () => {
  it('writes one VEVENT per session that ical.js reads', async () => {
    const result = await run(['export', '--to', 'ics', path.join(tmp, 'pretalx-democon.aict.json')]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes('\r\n') && !/[^\r]\n/.test(result.stdout), 'CRLF line endings');
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent');
    const original = census(await readJson(path.join(frabDir, 'pretalx-democon.json')));
    assert.equal(events.length, original.events.length);
    const first = events.find((e) => e.getFirstPropertyValue('uid') === '8079583e-8321-506c-95af-fd2903a5f075@democon.aict-widgets');
    assert.equal(first.getFirstPropertyValue('summary'), 'Focused 5thgeneration hardware');
    assert.equal(first.getFirstPropertyValue('dtstart').toJSDate().toISOString(), '2020-12-14T08:00:00.000Z');
    assert.equal(first.getFirstPropertyValue('location'), 'Gray Room');
  });
});

describe('aict-feed convert --from csv', () => {
  it('converts the example sheet (French columns, semicolons)', async () => {
    const result = await run(['convert', '--from', 'csv', 'examples/programme.csv', '--event-id', 'forum-aict-2022']);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /warning/, 'no warning for the example');
    assert.match(result.stderr, /^Converted: 5 sessions, 5 people, 2 rooms\.$/m);
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.sessions.length, 5);
    assert.equal(feed.event.timeZone, 'Europe/Paris');
    const atelier = feed.sessions.find((s) => s.id === 'atelier-1');
    assert.equal(atelier.kind, 'workshop');
    assert.equal(atelier.label, 'Atelier 1');
    assert.equal(Date.parse(atelier.start), Date.parse('2022-06-20T16:00:00+02:00'));
    assert.equal(feed.rooms.find((r) => r.id === atelier.room).name, 'Salle L. Armand Ouest');
    const names = (role) =>
      atelier.participants.filter((p) => p.role === role).map((p) => feed.people.find((x) => x.id === p.person).name);
    assert.deepEqual(names('moderator'), ['François Rebsamen', 'Tony Ben Lahoucine']);
    assert.deepEqual(names('speaker'), ['Denise BOCQUILLET', 'Benoit PILLET', 'Gilbert DARROUX']);
    assert.equal(feed.people.find((x) => x.name === 'Gilbert DARROUX').title, 'Conseiller municipal d’Autun');
    assert.deepEqual(atelier.sdgs, [17]);
  });

  it('reads commas, a BOM, English columns, quoted fields and reports bad rows', async () => {
    const file = path.join(tmp, 'sheet.csv');
    await writeFile(
      file,
      '\uFEFFid,Date,Start,End,Room,Title,Speakers,Type,Status\r\n' +
        'a,2024-03-05,09:00,10:30,Main hall,"Opening, with ""quotes""",Ada Lovelace; Alan Turing,Plenary,\r\n' +
        'b,05/03/2024,23:00,01:00,Main hall,"Late\nnight",,Cocktail,annulée\r\n' +
        'c,2024-02-30,10:00,11:00,,Impossible date,,,\r\n' +
        'd,2024-03-05,,11:00,,No start,,,\r\n',
      'utf8',
    );
    const result = await run(['convert', '--from', 'csv', file, '--time-zone', 'Europe/London', '--lang', 'en']);
    // Two rows are skipped: the command says so and fails, though it writes what it could.
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /^Not carried: 2 sessions \(see the warnings above\)\.$/m);
    assert.match(result.stderr, /--allow-loss/);
    const feed = JSON.parse(result.stdout);
    assert.deepEqual(feed.sessions.map((s) => s.id), ['a', 'b']);
    const [a, b] = feed.sessions;
    assert.equal(a.title, 'Opening, with "quotes"');
    assert.equal(a.kind, 'plenary');
    assert.equal(a.participants.length, 2);
    assert.equal(b.title, 'Late\nnight');
    assert.equal(b.status, 'cancelled');
    assert.equal(b.kind, 'social');
    assert.equal(Date.parse(b.end) - Date.parse(b.start), 2 * 3600_000, 'ends after midnight');
    assert.match(result.stderr, /row 4, column "Date": Row 4 has a date that does not exist/);
    assert.match(result.stderr, /row 5, column "Start": Row 5 has no start time/);
  });

  it('refuses a sheet without the essential columns', async () => {
    const file = path.join(tmp, 'bad.csv');
    await writeFile(file, 'foo;bar\n1;2\n', 'utf8');
    const result = await run(['convert', '--from', 'csv', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no "date".*"start".*"title"/);
  });
});

describe('aict-feed validate', () => {
  it('explains a broken feed in French with paths, exit 1', async () => {
    const file = path.join(tmp, 'broken.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'aict-programme/1',
        event: { id: 'x', timeZone: 'Europe/Paris', defaultLanguage: 'fr' },
        rooms: [{ id: 'r1', name: 'Salle 1' }],
        sessions: [
          { id: 's1', kind: 'workshop', title: 'Un', start: '2024-05-01T10:00', end: '2024-05-01T09:00' },
          { id: 's2', kind: 'workshop', title: 'Deux', start: '2024-05-01T10:00', end: '2024-05-01T11:00', room: 'nowhere' },
        ],
      }),
    );
    const result = await run(['validate', file, '--lang', 'fr']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^attention\u00a0: .*broken\.json:1:\d+\u00a0: sessions\[0\]\.end\u00a0: La session «\u00a0s1\u00a0» se termine/m);
    assert.match(result.stdout, /^attention\u00a0: .*broken\.json:1:\d+\u00a0: sessions\[1\]\.room\u00a0: La session «\u00a0s2\u00a0» fait référence dans «\u00a0room\u00a0» à la salle «\u00a0nowhere\u00a0»/m);
    assert.doesNotMatch(result.stdout, /warning|error|problem/i, 'French only');
    assert.match(result.stdout, /2 problèmes trouvés/);
  });

  it('rejects what is not a feed, and what is not JSON', { skip: noFrabFiles }, async () => {
    const notFeed = path.join(tmp, 'frab-as-feed.json');
    await writeFile(notFeed, await readFile(path.join(frabDir, 'pretalx-democon.json')));
    let result = await run(['validate', notFeed]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^error: format: The feed cannot be used at all\. .*no "format"/m);
    const notJson = path.join(tmp, 'not.json');
    await writeFile(notJson, '<html>');
    result = await run(['validate', notJson]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /is not valid JSON/);
  });

  describe('over HTTP', { skip: noFrabFiles }, () => {
    let server;
    let base;
    before(async () => {
      const body = await readFile(path.join(tmp, 'pretalx-democon.aict.json'));
      server = createServer((request, response) => {
        if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/json' }).end(body);
        else response.writeHead(404).end('not found');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    it('validates a feed given by URL, exit 0', async () => {
      const result = await run(['validate', `${base}/feed.json`]);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /The feed is valid: 36 sessions/);
    });

    it('says when the URL answers with an error', async () => {
      const result = await run(['validate', `${base}/missing.json`]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /Cannot read .*HTTP 404/);
    });
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    const result = await run(['convert', '--from', 'docx', 'x']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Usage:/);
  });
});
