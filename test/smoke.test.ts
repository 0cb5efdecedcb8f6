import { expect } from '@open-wc/testing';

describe('test setup', () => {
  it('runs in a browser with the pinned time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Toronto');
  });
});
