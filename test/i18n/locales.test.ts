import { expect } from '@open-wc/testing';

/** Every UI string has a French translation that follows French typography. */
describe('locales/fr.xlf', () => {
  let units: { id: string; source: string; target: string | undefined }[];

  before(async () => {
    const xml = await (await fetch('/locales/fr.xlf')).text();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    units = [...doc.querySelectorAll('trans-unit')].map((unit) => ({
      id: unit.getAttribute('id') ?? '',
      source: unit.querySelector('source')?.textContent ?? '',
      target: unit.querySelector('target')?.textContent ?? undefined,
    }));
  });

  it('has units', () => {
    expect(units.length).to.be.greaterThan(40);
  });

  it('has each message once (a duplicate id breaks the generated module)', () => {
    const ids = units.map((u) => u.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
  });

  it('translates every message', () => {
    const missing = units.filter((u) => !u.target?.trim()).map((u) => u.source);
    expect(missing).to.deep.equal([]);
  });

  it('puts a non-breaking space before : ; ! ? and uses typographic apostrophes', () => {
    const bad = units
      .map((u) => u.target ?? '')
      .filter((t) => /[^\u00a0\u202f][:;!?](\s|$)/.test(t.replace(/https?:\/\/\S+/g, '')) || /\w'\w/.test(t));
    expect(bad).to.deep.equal([]);
  });
});
