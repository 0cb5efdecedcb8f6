import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define.js';
import type { AictSession } from '../../src/components/session/aict-session.js';
import { DEMO_FEED, mount, part, textOf } from '../support/page.js';

const NBSP = '\u00a0';

/**
 * Clicks the calendar link the way a visitor does and returns the `.ics` text the browser
 * would have downloaded (the download itself is cancelled so no file lands on the machine).
 * The first click on a page loads the writer, then follows the link itself: the last click
 * seen is the one the browser would follow.
 */
async function clickCalendar(el: AictSession): Promise<{ text: string; href: string; created: number }> {
  const link = part(el, 'calendar') as HTMLAnchorElement;
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  let href = '';
  // Added after the element's own listener, so it sees the href the element just put there.
  const cancel = (e: Event) => {
    href = link.href;
    e.preventDefault();
  };
  link.addEventListener('click', cancel);
  try {
    link.click();
    await waitUntil(() => blobs.length > 0, 'the calendar file is made', { timeout: 5000 });
  } finally {
    link.removeEventListener('click', cancel);
    URL.createObjectURL = original;
  }
  expect(blobs, 'one blob per click').to.have.length(1);
  return { text: await blobs[0].text(), href, created: blobs.length };
}

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

const encoder = new TextEncoder();

function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(/[^\r]\n/.test(text), 'no bare LF').to.equal(false);
  const bytes = encoder.encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Split the bytes (not the string) at CRLF: each physical line must be whole UTF-8.
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) {
      const line = bytes.subarray(start, i);
      expect(line.length, decoder.decode(line)).to.be.at.most(75);
      expect(() => decoder.decode(line)).not.to.throw();
      start = i + 2;
      i++;
    }
  }
}

describe('<aict-session> "Add to my calendar"', () => {
  it('is a download link in the session’s language, made only on click', async () => {
    const original = URL.createObjectURL;
    let calls = 0;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      calls++;
      return original.call(URL, object);
    };
    try {
      const { el } = await mount<AictSession>(
        `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`,
      );
      const link = part(el, 'calendar') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(textOf(link)).to.equal('Ajouter à mon agenda');
      expect(link.getAttribute('download')).to.equal('atelier-1.ics');
      expect(link.getAttribute('href')).to.not.match(/^(blob|data):/);
      expect(calls, 'nothing is built before the click').to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      URL.createObjectURL = original;
    }
  });

  it('downloads the seed session as an RFC 5545 event with the right instants and place', async () => {
    const { el } = await mount<AictSession>(
      `<aict-session src="${DEMO_FEED}" session-id="atelier-1" lang="fr"></aict-session>`,
    );
    const { text, href } = await clickCalendar(el);
    expect(href).to.match(/^blob:/);
    expectWellFormed(text);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string').and.not.equal('');
    const [event] = vevents(text);
    expect(vevents(text)).to.have.length(1);
    expect(event.getFirstPropertyValue('uid')).to.equal('atelier-1@forum-aict-2022.aict-widgets');
    expect(event.getFirstPropertyValue('dtstamp')).to.be.instanceOf(ICAL.Time);
    // The seed's "29 juin 2021, 16h00 – 17h30", Paris summer time (UTC+2).
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate().getTime()).to.equal(Date.parse('2021-06-29T16:00:00+02:00'));
    expect(end.toJSDate().getTime()).to.equal(Date.parse('2021-06-29T17:30:00+02:00'));
    expect(start.zone?.tzid).to.equal('UTC');
    expect(text).to.contain('DTSTART:20210629T140000Z\r\n');
    expect(event.getFirstPropertyValue('summary')).to.equal(
      `Atelier 1${NBSP}: Mobiliser et coordonner les acteurs de son territoire via et pour l’AICT`,
    );
    expect(event.getFirstPropertyValue('location')).to.equal(
      'Salle L. Armand Ouest, Cité des Sciences et de l\'Industrie, 30 avenue Corentin-Cariou, 75019 Paris',
    );
    expect(event.getFirstPropertyValue('url')).to.equal('https://example.org/forum-aict-2022/atelier-1');
    expect(event.getFirstPropertyValue('status')).to.equal('CONFIRMED');

    const description = event.getFirstPropertyValue('description') as string;
    expect(description.startsWith('Atelier co-construit entre la Conférence Interrégionale')).to.equal(true);
    // Plain text: the quoted extract without its tags, commas unescaped by the parser.
    expect(description).to.contain('« Il est admis aujourd’hui que l’action internationale');
    expect(description).to.contain('diasporas, acteurs économiques, de santé');
    expect(description).to.contain('(extrait du rapport du CIEDEL)');
    expect(description).not.to.match(/<\/?[a-z]/);
    expect(description.endsWith('https://example.org/forum-aict-2022/atelier-1')).to.equal(true);
    // Commas are escaped in the file itself.
    expect(text).to.contain('diasporas\\, acteurs');
  });

  describe('a session with characters that need care', () => {
    const feed = {
      format: 'aict-programme/1',
      event: {
        id: 'calendar-test',
        title: 'Calendar test',
        timeZone: 'America/Toronto',
        startDate: '2024-11-02',
        endDate: '2024-11-04',
        defaultLanguage: 'en',
      },
      rooms: [{ id: 'r1', name: 'Room; with, punctuation \\ here' }],
      sessions: [
        {
          id: 'tricky',
          kind: 'conference',
          title:
            'Cancelled: café, thé; and \\backslashes\\ — a title long enough to be folded 🌍🌍🌍 with émojis across the limit',
          // Across the autumn DST change in Toronto: 01:30 happens twice; the offset decides.
          start: '2024-11-03T01:30:00-05:00',
          end: '2024-11-03T03:00:00-05:00',
          room: 'r1',
          summary: 'Line one\nline two',
          description: '<p>First paragraph with <a href="https://example.org/x">a link</a>.</p><ul><li>one</li><li>two</li></ul><script>alert(1)</script>',
          status: 'cancelled',
        },
      ],
    };
    let script: HTMLScriptElement;

    beforeEach(() => {
      script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'calendar-feed';
      script.textContent = JSON.stringify(feed);
      document.body.append(script);
    });
    afterEach(() => script.remove());

    it('escapes, folds, keeps the instants and marks the cancellation', async () => {
      const { el } = await mount<AictSession>(
        `<aict-session src="#calendar-feed" session-id="tricky" lang="en" time-zone="Asia/Tokyo"></aict-session>`,
      );
      expect(textOf(part(el, 'calendar'))).to.equal('Add to my calendar');
      const { text } = await clickCalendar(el);
      expectWellFormed(text);
      expect(text).to.match(/\r\n /, 'long lines are folded');
      const [event] = vevents(text);
      expect(event.getFirstPropertyValue('summary')).to.equal(feed.sessions[0].title);
      expect(event.getFirstPropertyValue('location')).to.equal('Room; with, punctuation \\ here');
      expect(text).to.contain('LOCATION:Room\\; with\\, punctuation \\\\ here');
      // -05:00 is EST: 06:30 UTC, whatever zone the element displays.
      expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).to.equal(
        '2024-11-03T06:30:00.000Z',
      );
      expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).to.equal(
        '2024-11-03T08:00:00.000Z',
      );
      expect(event.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(event.getFirstPropertyValue('url')).to.equal(null);
      const description = event.getFirstPropertyValue('description') as string;
      expect(description).to.equal(
        'Line one line two\n\nFirst paragraph with a link (https://example.org/x).\n\n• one\n• two',
      );
      await expect(el).to.be.accessible();
    });
  });
});
