/**
 * The converters of issue 18 on the files of test/fixtures/interop/, and what a visitor then
 * sees: the widgets render the converted feeds with every speaker, subtitle and language, and
 * a congress's after-midnight talks on the evening's day.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { parseFeed } from '../../src/feed/parse.js';
import { decodeText, nearDuplicates, terminalSafe, WarningList, say } from '../../src/interop/common.js';
import { csvToFeed } from '../../src/interop/csv.js';
import { feedToFrab, frabToFeed } from '../../src/interop/frab.js';
import { sessionizeToFeed } from '../../src/interop/sessionize.js';
import { xmlToFrab } from '../../src/interop/xml.js';
import { addInlineFeed, mount, shadow, textOf } from '../support/page.js';

const NBSP = '\u00a0';
const fixture = async (name: string) => {
  const response = await fetch(`/test/fixtures/interop/${name}`);
  expect(response.ok, name).to.equal(true);
  return response;
};

describe('importers on real-shaped files', () => {
  it('old frab 0.8: every speaker, people sharing id 0 kept apart, the 00:30 talk on its evening', async () => {
    const result = frabToFeed(await (await fixture('frab08-merged.json')).json(), { timeZone: 'Europe/Berlin' });
    expect(result.lost).to.deep.equal({ sessions: 0, people: 0 });
    const parsed = parseFeed(result.feed, 'frab08');
    if (!parsed.ok) throw new Error(parsed.message);
    const { programme } = parsed;
    expect(programme.warnings).to.deep.equal([]);
    expect([...programme.people.values()].map((p) => p.name).sort()).to.deep.equal(['Alice', 'Bob', 'Carol', 'Geraldine de Bastion', 'erdgeist']);
    const late = programme.sessionsById.get('6460')!;
    expect(late.start).to.equal(Date.parse('2014-12-28T00:30:00+01:00'));
    expect(late.languages).to.deep.equal(['de', 'en']);
    expect(programme.event.dayChangeMinutes).to.equal(60);
    // French messages, grouped.
    const fr = result.warningsIn('fr');
    expect(fr.map((w) => w.message).join('\n')).to.contain(`La personne «${NBSP}Bob${NBSP}» a le même identifiant «${NBSP}0${NBSP}» que «${NBSP}Alice${NBSP}»`);
    expect(fr.find((w) => w.path.endsWith('.date'))!.message).to.match(/\(et 4 autres du même type\)$/);
  });

  it('the programme shows the converted congress on two days, the late talk with its subtitle and both languages', async () => {
    const { feed } = frabToFeed(await (await fixture('frab08-merged.json')).json(), { timeZone: 'Europe/Berlin' });
    const remove = addInlineFeed('frab08-feed', feed);
    try {
      const { el } = await mount<AictProgramme>(`<aict-programme src="#frab08-feed" lang="fr"></aict-programme>`);
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.dataset.day);
      expect(tabs).to.deep.equal(['2014-12-27', '2014-12-28']);
      const { el: card } = await mount<AictSession>(`<aict-session src="#frab08-feed" session-id="6460" lang="fr"></aict-session>`);
      expect(textOf(shadow(card).querySelector('.subtitle'))).to.equal('Late-night hacking, in two languages');
      expect(textOf(shadow(card))).to.contain('En allemand et anglais');
      expect(textOf(shadow(card))).to.contain('erdgeist');
      await expect(card).to.be.accessible();
    } finally {
      remove();
    }
  });

  it('C3VOC schedule v2: events, participants, room objects', async () => {
    const { feed, lost } = frabToFeed(await (await fixture('hub-schedule2.json')).json());
    expect(lost).to.deep.equal({ sessions: 0, people: 0 });
    const sessions = feed.sessions as { id: string; participants: unknown[]; subtitle?: string }[];
    expect(sessions.map((s) => s.id)).to.deep.equal(['270fa44c-821a-577f-8ca3-33e8d4a8c2a7', 'b1740c2f-0c44-5f1b-89ed-456a9eecf0b8']);
    expect(sessions[0].participants).to.have.length(3);
    expect(sessions[1].subtitle).to.equal('Most Wanted Using Deep Reinforcement Learning');
    expect((feed.event as { dayChange: string }).dayChange).to.equal('06:00');
  });

  it('pentabarf XML becomes the frab shape, then a feed', async () => {
    const schedule = xmlToFrab(await (await fixture('fosdem-2018-excerpt.xml')).text());
    const { feed } = frabToFeed(schedule, { timeZone: 'Europe/Brussels' });
    const parsed = parseFeed(feed, 'fosdem');
    if (!parsed.ok) throw new Error(parsed.message);
    const titles = parsed.programme.sessions.map((s) => s.title.en);
    expect(titles).to.deep.equal([
      'Simulating Multilevel Caches in Cachegrind',
      'Valgrind register allocator overhaul',
      "Valgrind's Memcheck tool vs Optimising Compilers",
    ]);
    expect(() => xmlToFrab('<!DOCTYPE x [<!ENTITY a "aaaa">]><schedule/>')).to.throw(/entities/);
  });

  it('Sessionize: an unscheduled session is counted as lost', async () => {
    const result = sessionizeToFeed(await (await fixture('sessionize-all.json')).json(), { timeZone: 'Europe/Warsaw' });
    expect(result.lost).to.deep.equal({ sessions: 1, people: 0 });
    expect(result.feed.sessions).to.have.length(3);
  });

  it('decodes Windows-1252 (French Excel) where UTF-8 fails, and UTF-8 with a BOM', () => {
    // « Début ; Durée ’ € » as Excel writes it in France (the CLI tests read the real file).
    const bytes = Uint8Array.from([0xab, 0x20, 0x44, 0xe9, 0x62, 0x75, 0x74, 0x3b, 0x44, 0x75, 0x72, 0xe9, 0x65, 0x20, 0x92, 0x20, 0x80, 0x20, 0xbb]);
    expect(decodeText(bytes)).to.deep.equal({ text: '« Début;Durée ’ € »', encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode('\uFEFFDébut'))).to.deep.equal({ text: 'Début', encoding: 'utf-8' });
    const result = csvToFeed('Date;Début;Durée;Salle;Titre;Abstract\r\n20/06/2022;9h30;45;Salle A;Ouverture;Mot d’accueil\r\n');
    const [session] = result.feed.sessions as { start: string; end: string; summary?: string }[];
    expect(session.summary).to.equal('Mot d’accueil');
    expect(Date.parse(session.end) - Date.parse(session.start)).to.equal(45 * 60_000);
  });

  it('CSV mistakes: shifted columns and backwards times are refused, not guessed', async () => {
    const result = csvToFeed(await (await fixture('mistakes.csv')).text());
    expect(result.lost.sessions).to.equal(3);
    expect((result.feed.sessions as { id: string }[]).map((s) => s.id)).to.deep.equal(['ok', 'late']);
  });

  it('frab export of a feed with a room called __proto__', async () => {
    const parsed = parseFeed(await (await fixture('proto-room.aict.json')).json(), 'proto');
    if (!parsed.ok) throw new Error(parsed.message);
    const { schedule } = feedToFrab(parsed.programme, { lang: 'en' });
    const rooms = (schedule as any).schedule.conference.days[0].rooms;
    expect(Object.hasOwn(rooms, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(rooms)).to.equal(Object.prototype);
  });
});

describe('importer helpers', () => {
  it('groups warnings of one cause and counts in both languages', () => {
    const list = new WarningList();
    for (let i = 0; i < 400; i++) list.add(`rows[${i}]`, say('Bad.', 'Mauvais.'), 'bad');
    expect(list.list('en')).to.deep.equal([{ path: 'rows[0]', message: 'Bad. (and 399 more like it)' }]);
    expect(list.list('fr')).to.deep.equal([{ path: 'rows[0]', message: 'Mauvais. (et 399 autres du même type)' }]);
  });

  it('neutralises terminal escapes', () => {
    expect(terminalSafe('a\u001b[2Jb\u009bc\u202ed\n')).to.equal('a\\x1b[2Jb\\x9bc\\u202ed\n');
  });

  it('finds near-duplicate room names', () => {
    expect(nearDuplicates(['Salle Armand Ouest', 'Salle Armand Oeust', 'Amphi A', 'amphi a', 'Amphi B', 'Salle 1', 'Salle 2', 'Salle 12'])).to.deep.equal([
      ['Salle Armand Ouest', 'Salle Armand Oeust'],
      ['Amphi A', 'amphi a'],
    ]);
  });
});
