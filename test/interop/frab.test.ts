import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { parseFeed } from '../../src/feed/parse.js';
import { feedToFrab, frabToFeed, stableUuid } from '../../src/interop/frab.js';
import { FRAB_ACRONYM_PATTERN, FRAB_SLUG_PATTERN, frabAcronym, frabSlug, slugify } from '../../src/interop/slug.js';
import { mount, part, textOf } from '../support/page.js';

const NBSP = '\u00a0';

/** The real files of ../shared/interop/frab/, served read-only by the test server. */
async function frabFile(name: string): Promise<any> {
  const response = await fetch(`/interop/${name}.json`);
  expect(response.ok, `/interop/${name}.json`).to.equal(true);
  return response.json();
}

/**
 * Skips the calling suite when the test server has no shared files to serve (a clone without
 * `../shared/` beside it; CI has them), instead of failing every test that reads one.
 */
async function skipWithoutSharedFiles(this: Mocha.Context): Promise<void> {
  const response = await fetch('/interop/pretalx-democon.json', { method: 'HEAD' });
  if (response.status === 404) this.skip();
}

/** Events as the frab file lists them, counted from the JSON itself. */
function frabEvents(schedule: any): any[] {
  return schedule.schedule.conference.days.flatMap((day: any) => Object.values(day.rooms).flat());
}

describe('frab / pretalx import', () => {
  before(skipWithoutSharedFiles);
  for (const name of ['frab-camp2019', 'pretalx-democon', 'pretalx-rc3', 'invalid-example']) {
    it(`${name} converts into a feed the parser accepts without a warning`, async () => {
      const schedule = await frabFile(name);
      const { feed } = frabToFeed(schedule);
      const result = parseFeed(feed, name);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const { programme } = result;
      expect(programme.warnings).to.deep.equal([]);
      const events = frabEvents(schedule);
      expect(programme.sessions.map((s) => s.id).sort()).to.deep.equal(events.map((e) => e.guid).sort());
      const roomNames = new Set(schedule.schedule.conference.days.flatMap((d: any) => Object.keys(d.rooms)));
      expect(new Set([...programme.rooms.values()].map((r) => r.name?.[programme.event.defaultLanguage]))).to.deep.equal(roomNames);
    });
  }

  it('pretalx-democon: rooms, people, tracks and times as the file says', async () => {
    const { feed, warnings } = frabToFeed(await frabFile('pretalx-democon'));
    const result = parseFeed(feed, 'democon');
    if (!result.ok) throw new Error(result.message);
    const { programme } = result;
    expect(programme.event.timeZone).to.equal('UTC');
    const session = programme.sessionsById.get('8079583e-8321-506c-95af-fd2903a5f075')!;
    expect(session.title).to.deep.equal({ en: 'Focused 5thgeneration hardware' });
    expect(session.start).to.equal(Date.parse('2020-12-14T09:00:00+01:00'));
    expect(session.end - session.start).to.equal(30 * 60_000);
    expect(programme.rooms.get(session.room!)!.name).to.deep.equal({ en: 'Gray Room' });
    expect(session.participants.map((p) => programme.people.get(p.person)!.name)).to.deep.equal(['Brian Robinson']);
    expect(programme.themes.get(session.themes[0])!.name).to.deep.equal({ en: 'Phased' });
    expect(session.url).to.equal('http://localhost/democon/talk/G9JGWY/');
    // Both rooms carry the same guid in the file: the second gets an id from its name.
    const ids = [...programme.rooms.keys()];
    expect(ids).to.deep.equal(['b379c473-93b9-4eae-9a09-d482e86cede3', 'tan-room']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['schedule.conference.rooms[1].guid']);
  });

  it('keeps German texts marked as German in an English-default feed (rc3)', async () => {
    const { feed } = frabToFeed(await frabFile('pretalx-rc3'));
    const session = (feed.sessions as any[]).find((s) => s.id === 'c3642671-4c1f-5109-81ba-0535c1cc8428');
    expect(session.title).to.deep.equal({ de: 'Der faule Admin automatisiert: Gluon auf echter Hardware testen' });
    expect(session.language).to.equal('de');
    // Markdown links become links in the description.
    expect(session.description.de).to.contain('<a href="https://docs.pytest.org/">pytest</a>');
  });

  it('refuses what is not a frab schedule', () => {
    expect(() => frabToFeed({ format: 'aict-programme/1' })).to.throw(/schedule\.conference/);
    expect(() => frabToFeed('text')).to.throw(/not a JSON object/);
  });
});

describe('frab export', () => {
  it('normalises the acronym and slugs to the frab patterns', () => {
    expect(frabAcronym('forum-aict-2022')).to.match(FRAB_ACRONYM_PATTERN);
    expect(frabAcronym('Camp2019')).to.equal('camp2019');
    expect(frabAcronym('AB')).to.match(FRAB_ACRONYM_PATTERN);
    for (const text of ['Salle L. Armand Ouest', 'x', '-.-', 'Éloïse & Zoë', 'a.b.c']) {
      expect(frabSlug(text), text).to.match(FRAB_SLUG_PATTERN);
    }
    expect(slugify('Amphi\nG. Berger')).to.equal('amphi-g-berger');
  });

  it('gives stable UUIDs', () => {
    const a = stableUuid('session:forum:atelier-1');
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('session:forum:atelier-1')).to.equal(a);
    expect(stableUuid('session:forum:atelier-2')).not.to.equal(a);
  });

  it('writes the demo feed with every session, its room, time and speakers', async () => {
    const response = await fetch('/feeds/forum-aict-2022.json');
    const result = parseFeed(await response.json(), 'demo');
    if (!result.ok) throw new Error(result.message);
    const { schedule } = feedToFrab(result.programme, { lang: 'fr' });
    const conference = (schedule as any).schedule.conference;
    expect(conference.acronym).to.equal('forum_aict_2022');
    const events = frabEvents(schedule);
    expect(events).to.have.length(6);
    const atelier = events.find((e) => e.slug === 'atelier-1');
    expect(atelier.title).to.equal('Atelier 1 – Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT');
    expect(atelier.date).to.equal('2021-06-29T16:00:00+02:00');
    expect(atelier.start).to.equal('16:00');
    expect(atelier.duration).to.equal('01:30');
    expect(atelier.room).to.equal('Salle L. Armand Ouest');
    expect(atelier.type).to.equal('workshop');
    expect(atelier.persons.map((p: any) => p.name)).to.deep.equal([
      'François Rebsamen',
      'Tony Ben Lahoucine',
      'Denise BOCQUILLET',
      'Benoit PILLET',
      'Gilbert DARROUX',
    ]);
    expect(atelier.description).not.to.match(/<\/?[a-z]/);
  });
});

describe('a converted session in the browser', () => {
  before(skipWithoutSharedFiles);
  let script: HTMLScriptElement;

  beforeEach(async () => {
    const { feed } = frabToFeed(await frabFile('pretalx-democon'));
    script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'democon-feed';
    script.textContent = JSON.stringify(feed);
    document.body.append(script);
  });
  afterEach(() => script.remove());

  it('renders in <aict-session> with its title, time and room', async () => {
    const { el, event } = await mount<AictSession>(
      `<aict-session src="#democon-feed" session-id="8079583e-8321-506c-95af-fd2903a5f075" lang="fr"></aict-session>`,
    );
    expect(event.type).to.equal('aict-load');
    expect(textOf(part(el, 'title'))).to.equal('Focused 5thgeneration hardware');
    const meta = textOf(part(el, 'meta'));
    // 09:00+01:00 is 08:00 in the conference's zone (UTC).
    expect(meta).to.contain(`lundi 14 décembre 2020, 8h00${NBSP}–${NBSP}8h30`);
    expect(meta).to.contain('Gray Room');
    expect(textOf(part(el, 'people'))).to.contain('Brian Robinson');
    await expect(el).to.be.accessible();
  });
});
