import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { safeUrl } from '../../src/core/url.js';

/**
 * The parser skips work for values that are already clean (plain http(s) links, clean texts);
 * whatever it skips must give exactly what the full path gives.
 */
const base = { format: 'aict-programme/1', event: { id: 'e', timeZone: 'Europe/Paris', defaultLanguage: 'fr' } };
const session = (i: number, extra: Record<string, unknown>) => ({
  id: `s${i}`, title: 'T', start: '2022-06-20T10:00', end: '2022-06-20T11:00', ...extra,
});

describe('parser fast paths', () => {
  it('keep links exactly as the URL parser normalises them', () => {
    const urls = [
      'https://example.org/', 'https://example.org', 'http://example.org/a/b?c=d&e=f', 'https://EXAMPLE.org/x',
      'https://example.org:443/x', 'https://example.org:8080/x', 'https://example.org/a/./b', 'https://example.org/a/../b',
      'https://example.org/a/%2e%2e/b', 'https://example.org/.well-known/x', 'https://example.org/a/.', 'http://0x7f.1/',
      'http://1.2.3/', 'http://127.0.0.1/x', 'https://example.org./x', 'https://exämple.org/x', 'https://xn--exmple-cua.org/x',
      "https://example.org/it's?q=it's", 'https://example.org/a b', 'https://example.org/a\tb', ' https://example.org/x',
      'https://example.org/x#frag', 'https://example.org/x?', 'https://example.org/é', 'https://user:pw@example.org/x',
      'https://a-b.c-d.org/x_y~z', 'https://a--b.org/x', 'https://-a.org/x', 'https://example.org//x', 'https://example.org/x?a=/.',
      'HTTPS://example.org/x', 'https:example.org/x', 'https:/example.org/x', 'mailto:a@example.org', 'javascript:alert(1)',
      'ftp://example.org/x', 'https://example.org\\x', 'https://example.org/x\\y', 'https://example.org/(x)*$!;,=:@',
    ];
    const result = parseFeed({ ...base, sessions: urls.map((url, i) => session(i, { url })) }, 't.json');
    if (!result.ok) throw new Error(result.message);
    urls.forEach((url, i) => {
      expect(result.programme.sessionsById.get(`s${i}`)?.url, url).to.equal(safeUrl(url));
    });
  });

  it('copy texts that need cleaning and keep clean ones equal', () => {
    const titles = [
      { fr: 'Propre', en: 'Clean' }, { fr: ' espace' }, { fr: 'deux  espaces' }, { fr: 'fin ' }, { ' fr': 'clé' },
      { fr: '' , en: 'x' }, { fr: 'ligne\nsuivante' }, { fr: 'insécable\u00a0: oui\u202f!' }, ['tableau'], { fr: 'a', __proto__: 'b' },
    ];
    const result = parseFeed({ ...base, sessions: titles.map((title, i) => session(i, { title })) }, 't.json');
    if (!result.ok) throw new Error(result.message);
    const got = (i: number) => result.programme.sessionsById.get(`s${i}`)?.title;
    expect(got(0)).to.deep.equal({ fr: 'Propre', en: 'Clean' });
    expect(got(1)).to.deep.equal({ fr: 'espace' });
    expect(got(2)).to.deep.equal({ fr: 'deux espaces' });
    expect(got(3)).to.deep.equal({ fr: 'fin' });
    expect(got(4)).to.deep.equal({ fr: 'clé' });
    expect(got(5)).to.deep.equal({ en: 'x' });
    expect(got(6)).to.deep.equal({ fr: 'ligne suivante' });
    expect(got(7)).to.deep.equal({ fr: 'insécable\u00a0: oui\u202f!' });
    expect(got(8)).to.deep.equal({ 0: 'tableau' });
    expect(Object.getPrototypeOf(got(8))).to.equal(Object.prototype);
  });

  it('is accessible (no DOM involved)', async () => {
    const el = document.createElement('p');
    el.textContent = 'parser fast paths';
    document.body.append(el);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
