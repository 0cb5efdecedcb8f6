import { expect } from '@open-wc/testing';
import { escapeText, foldLine } from '../../src/calendar/ics.js';
import { htmlToPlainText } from '../../src/calendar/plain-text.js';
import { csvToFeed, detectSeparator, parseCsv } from '../../src/interop/csv.js';
import { parseFeed } from '../../src/feed/parse.js';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('CSV reading', () => {
  it('follows RFC 4180 quoting', () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"multi\nline";x;\n', ';')).to.deep.equal([
      ['a', 'b;c', 'd "e"'],
      ['multi\nline', 'x', ''],
    ]);
  });

  it('detects the separator from the header', () => {
    expect(detectSeparator('date;début;titre\n1,2;3;4')).to.equal(';');
    expect(detectSeparator('date,start,"title; long"\n')).to.equal(',');
  });

  it('reads the example sheet served with the project', async () => {
    const text = await (await fetch('/examples/programme.csv')).text();
    const { feed, warnings } = csvToFeed(`\uFEFF${text}`, { eventId: 'forum-aict-2022' });
    expect(warnings).to.deep.equal([]);
    const result = parseFeed(feed, 'csv');
    if (!result.ok) throw new Error(result.message);
    const atelier = result.programme.sessionsById.get('atelier-1')!;
    expect(atelier.start).to.equal(Date.parse('2022-06-20T16:00:00+02:00'));
    expect(atelier.end).to.equal(Date.parse('2022-06-20T17:30:00+02:00'));
    expect(result.programme.rooms.get(atelier.room!)!.name).to.deep.equal({ fr: 'Salle L. Armand Ouest' });
    // The « bloc » column groups the five sessions of the afternoon.
    expect(result.programme.sessionsByBlock.get(atelier.block!)).to.have.length(5);
  });
});

describe('iCalendar pieces', () => {
  it('folds at 75 octets without cutting a character', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'🌍'.repeat(20)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(bytes(l)).to.be.at.most(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).to.equal(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(line);
    expect(folded).not.to.match(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('turns limited HTML into plain text without running anything', () => {
    expect(htmlToPlainText('<p>Un &amp; deux</p><p>Trois<br>quatre <img src=x onerror=alert(1)></p><!-- c --><style>p{}</style>')).to.equal(
      'Un & deux\n\nTrois\nquatre',
    );
  });
});
