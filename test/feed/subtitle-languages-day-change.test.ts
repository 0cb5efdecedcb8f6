/**
 * The December 2026 additions to the feed (CONTRACT §3, issue 18): a session's `subtitle` and
 * `languages`, and `event.dayChange` (when a programme day ends), from the parser to what a
 * visitor sees.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AictProgramme } from '../../src/components/programme/aict-programme.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { programmeDayOf, sessionsByDay } from '../../src/feed/days.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Programme } from '../../src/feed/model.js';
import { addInlineFeed, mount, part, parts, shadow, textOf } from '../support/page.js';

/** A congress whose nights run late: talks at 23:00 and 01:30 belong to the same programme day. */
function congress(extra: { dayChange?: unknown } = { dayChange: '04:00' }) {
  return {
    format: 'aict-programme/1',
    event: { id: 'congress', timeZone: 'Europe/Berlin', defaultLanguage: 'en', startDate: '2024-12-27', endDate: '2024-12-28', ...extra },
    sessions: [
      { id: 'opening', title: 'Opening', start: '2024-12-27T11:00', end: '2024-12-27T11:30' },
      {
        id: 'late',
        title: 'A Competitive Time-Trial AI',
        subtitle: { en: 'Using deep reinforcement learning', de: 'Mit tiefem bestärkendem Lernen' },
        start: '2024-12-28T01:30',
        end: '2024-12-28T02:10',
        languages: ['de', 'en'],
      },
      { id: 'morning', title: 'Morning', start: '2024-12-28T10:00', end: '2024-12-28T10:30', language: 'en' },
    ],
  };
}

function parsed(feed: unknown): Programme {
  const result = parseFeed(feed, 'test');
  if (!result.ok) throw new Error(result.message);
  return result.programme;
}

describe('feed: subtitle, languages, event.dayChange', () => {
  it('reads subtitle and languages; language stays accepted and comes first', () => {
    const programme = parsed(congress());
    const late = programme.sessionsById.get('late')!;
    expect(late.subtitle).to.deep.equal({ en: 'Using deep reinforcement learning', de: 'Mit tiefem bestärkendem Lernen' });
    expect(late.languages).to.deep.equal(['de', 'en']);
    expect(late.language).to.equal('de');
    expect(programme.sessionsById.get('morning')!.languages).to.deep.equal(['en']);
    expect(programme.sessionsById.get('opening')!.languages).to.deep.equal([]);
    const both = parsed({
      ...congress(),
      sessions: [{ id: 'x', title: 'X', start: '2024-12-27T11:00', end: '2024-12-27T12:00', language: 'fr', languages: ['en', 'fr'] }],
    });
    expect(both.sessions[0].languages).to.deep.equal(['fr', 'en']);
    expect(programme.warnings).to.deep.equal([]);
  });

  it('puts a session after midnight but before the day change on the previous day', () => {
    const programme = parsed(congress());
    expect(programme.event.dayChangeMinutes).to.equal(240);
    const days = sessionsByDay(programme, 'Europe/Berlin');
    expect([...days.keys()]).to.deep.equal(['2024-12-27', '2024-12-28']);
    expect(days.get('2024-12-27')!.map((s) => s.id)).to.deep.equal(['opening', 'late']);
    expect(days.get('2024-12-28')!.map((s) => s.id)).to.deep.equal(['morning']);
  });

  it('keeps calendar days without a day change, and reports a malformed one', () => {
    const days = sessionsByDay(parsed(congress({})), 'Europe/Berlin');
    expect(days.get('2024-12-28')!.map((s) => s.id)).to.deep.equal(['late', 'morning']);
    const bad = parsed(congress({ dayChange: '4h' }));
    expect(bad.event.dayChangeMinutes).to.equal(0);
    expect(bad.warnings.map((w) => w.path)).to.deep.equal(['event.dayChange']);
  });

  it('compares wall-clock time, so a night with a DST change is right', () => {
    // 2024-03-31 in Berlin: 02:00 CET becomes 03:00 CEST. 03:30 CEST is before a 04:00 day change.
    expect(programmeDayOf(Date.parse('2024-03-31T03:30:00+02:00'), 'Europe/Berlin', 240)).to.equal('2024-03-30');
    expect(programmeDayOf(Date.parse('2024-03-31T04:30:00+02:00'), 'Europe/Berlin', 240)).to.equal('2024-03-31');
    // Crossing a month and a year boundary.
    expect(programmeDayOf(Date.parse('2025-01-01T00:30:00+01:00'), 'Europe/Berlin', 360)).to.equal('2024-12-31');
    expect(programmeDayOf(Date.parse('2025-01-01T00:30:00+01:00'), 'Europe/Berlin', 0)).to.equal('2025-01-01');
  });
});

describe('subtitle, languages and day change in the elements', () => {
  let remove: () => void;
  beforeEach(() => (remove = addInlineFeed('congress-feed', congress())));
  afterEach(() => remove());

  it('<aict-session> shows the subtitle under the title and every language spoken', async () => {
    const { el } = await mount<AictSession>(`<aict-session src="#congress-feed" session-id="late" lang="en"></aict-session>`);
    const subtitle = shadow(el).querySelector('.subtitle');
    expect(textOf(subtitle)).to.equal('Using deep reinforcement learning');
    expect(part(el, 'title')!.compareDocumentPosition(subtitle!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf(shadow(el).querySelector('.language'))).to.equal('In German and English');
    el.lang = 'fr';
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('.language'))).to.equal('En allemand et anglais');
    await expect(el).to.be.accessible();
  });

  it('<aict-programme> lists the after-midnight session on the evening’s day and opens it there', async () => {
    const { el } = await mount<AictProgramme>(`<aict-programme src="#congress-feed" lang="en"></aict-programme>`);
    const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => t.dataset.day);
    expect(tabs).to.deep.equal(['2024-12-27', '2024-12-28']);
    expect(el.openSession('late')).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('day') ?? (el as unknown as { day: string }).day).to.equal('2024-12-27');
  });

  it('<aict-programme> at 01:45 is still on the evening’s day: the late talk runs now', async () => {
    const { el } = await mount<AictProgramme>(`<aict-programme src="#congress-feed" lang="en"></aict-programme>`);
    el.now = new Date('2024-12-28T01:45:00+01:00');
    el.jumpToNow();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect((el as unknown as { day: string }).day).to.equal('2024-12-27');
    const running = parts(el, 'card').filter((c) => c.classList.contains('now'));
    expect(running.map((c) => textOf(c))).to.have.length(1);
    expect(textOf(running[0])).to.contain('A Competitive Time-Trial AI');
  });
});
