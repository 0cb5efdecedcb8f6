#!/usr/bin/env node
/**
 * `node bench/convert.mjs`: how long `aict-feed convert` takes on big inputs (issue 18), with
 * the built CLI (`npm run build:cli` first). Inputs are generated in a temporary folder:
 *
 * - `csv-20k`: 20,000 rows that all have the same title (ids need suffixes), 500 speakers;
 * - `csv-40k-cell`: one row whose speakers and description cells hold 40,000 characters;
 * - `frab-10mb`: the real frab-camp2019.json events repeated into a ~10 MB schedule.
 *
 * Prints one Markdown row per input: size, median wall time of N runs (`--runs 3`), sessions.
 * `AICT_FEED_BIN` times another build (e.g. an older one, for a before/after).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = process.env.AICT_FEED_BIN ?? join(root, 'bin/aict-feed.mjs');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const dir = mkdtempSync(join(tmpdir(), 'aict-convert-bench-'));

const inputs = [];

const rows = ['date;start;end;room;title;speakers'];
for (let i = 0; i < 20_000; i++) {
  rows.push(`2024-05-0${1 + (i % 3)};${String(8 + (i % 10)).padStart(2, '0')}:00;${String(9 + (i % 10)).padStart(2, '0')}:00;Salle ${i % 7};Atelier;Personne ${i % 500}`);
}
writeFileSync(join(dir, 'csv-20k.csv'), rows.join('\n'));
inputs.push(['csv-20k', 'csv', join(dir, 'csv-20k.csv')]);

const long = `${'Très long nom '.repeat(2_900)}(${'('.repeat(500)}Titre)`;
writeFileSync(join(dir, 'cell.csv'), `date;start;title;speakers;description\n2024-05-01;10:00;T;"${long}";"${'[lien '.repeat(7_000)}"\n`);
inputs.push(['csv-40k-cell', 'csv', join(dir, 'cell.csv')]);

const camp = join(root, '../shared/interop/frab/frab-camp2019.json');
if (existsSync(camp)) {
  const schedule = JSON.parse(readFileSync(camp, 'utf8'));
  const days = schedule.schedule.conference.days;
  const size = () => JSON.stringify(schedule).length;
  const base = structuredClone(days);
  for (let copy = 1; size() < 10_000_000; copy++) {
    for (const day of base) {
      for (const [room, events] of Object.entries(day.rooms)) {
        const target = days.find((d) => d.date === day.date).rooms;
        target[`${room} ${copy}`] = events.map((e) => ({
          ...e,
          guid: `${e.guid.slice(0, 24)}${String(copy).padStart(12, '0')}`,
          room: `${room} ${copy}`,
          persons: e.persons.map((p) => ({ ...p, guid: p.guid && `${p.guid.slice(0, 24)}${String(copy).padStart(12, '0')}` })),
        }));
      }
    }
  }
  writeFileSync(join(dir, 'frab-10mb.json'), JSON.stringify(schedule));
  inputs.push(['frab-10mb', 'frab', join(dir, 'frab-10mb.json')]);
}

console.log('| input | size | median of ' + RUNS + ' | sessions |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, from, file] of inputs) {
  const times = [];
  let sessions = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    let out;
    try {
      out = execFileSync(process.execPath, [bin, 'convert', '--from', from, file, '--allow-loss'], {
        maxBuffer: 512 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, LANG: 'C' },
      });
    } catch (error) {
      out = error.stdout;
    }
    times.push(performance.now() - t0);
    try {
      sessions = JSON.parse(out.toString()).sessions.length;
    } catch {
      sessions = NaN;
    }
  }
  times.sort((a, b) => a - b);
  const bytes = readFileSync(file).length;
  console.log(`| ${name} | ${(bytes / 1e6).toFixed(1)} MB | ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s | ${sessions} |`);
}
