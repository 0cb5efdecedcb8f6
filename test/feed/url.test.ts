import { expect } from '@open-wc/testing';
import { IMAGE_PROTOCOLS, safeUrl } from '../../src/core/url.js';
import { safeColor } from '../../src/core/color.js';

describe('safeUrl', () => {
  const accepted: [unknown, string][] = [
    ['https://cites-unies-france.org/atelier-1', 'https://cites-unies-france.org/atelier-1'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/Path', 'https://example.org/Path'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['mailto:contact@example.org', 'mailto:contact@example.org'],
  ];
  for (const [value, href] of accepted) {
    it(`keeps ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(href);
    });
  }

  const rejected: unknown[] = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'blob:https://example.org/1234',
    '/atelier-1',
    '//example.org/atelier-1',
    'atelier-1.html',
    '',
    '   ',
    42,
    null,
    undefined,
    { href: 'https://example.org/' },
  ];
  for (const value of rejected) {
    it(`refuses ${JSON.stringify(value) ?? String(value)}`, () => {
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  it('accepts only http and https for images', () => {
    expect(safeUrl('https://example.org/plan.svg', IMAGE_PROTOCOLS)).to.equal('https://example.org/plan.svg');
    expect(safeUrl('mailto:a@example.org', IMAGE_PROTOCOLS)).to.equal(undefined);
    expect(safeUrl('data:image/svg+xml,<svg/>', IMAGE_PROTOCOLS)).to.equal(undefined);
  });
});

describe('safeColor', () => {
  it('keeps #rgb and #rrggbb in any case, lower-cased', () => {
    expect(safeColor('#abc')).to.equal('#abc');
    expect(safeColor('#2E7D32')).to.equal('#2e7d32');
    expect(safeColor('#A1b2C3')).to.equal('#a1b2c3');
  });

  for (const value of ['red', '#abcd', '#12345', '#1234567', '#12345678', '#ggg', ' #abc', '#abc ', 'abc',
    'rgb(0, 0, 0)', '#abc;background:url(x)', '', 42, null, undefined]) {
    it(`refuses ${JSON.stringify(value) ?? String(value)}`, () => {
      expect(safeColor(value)).to.equal(undefined);
    });
  }
});
