import { expect } from '@open-wc/testing';
import {
  AA_CONTRAST,
  BADGE_TEXT_DARK,
  BADGE_TEXT_LIGHT,
  SDGS,
  contrastRatio,
  getSdg,
  parseHexColor,
  readableBadgeColors,
  sdgBadgeColors,
  sdgName,
  sdgTextColor,
  type SdgNumber,
} from '../../src/i18n/sdgs.js';

const ALL = Array.from({ length: 17 }, (_, i) => (i + 1) as SdgNumber);

/** Hue in degrees, to check that a darkened badge is still "the same colour". */
function hue(hex: string): number {
  const [r, g, b] = parseHexColor(hex)!.map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('SDGS', () => {
  it('has the 17 official UN colours', () => {
    expect(ALL.map((n) => SDGS[n].color)).to.deep.equal([
      '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
      '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
    ]);
  });

  it('has the official short names in English and French', () => {
    expect(SDGS[1].name).to.deep.equal({ en: 'No poverty', fr: 'Pas de pauvreté' });
    expect(SDGS[2].name.fr).to.equal('Faim «\u00a0zéro\u00a0»');
    expect(SDGS[7].name.fr).to.equal('Énergie propre et d’un coût abordable');
    expect(SDGS[13].name).to.deep.equal({
      en: 'Climate action',
      fr: 'Mesures relatives à la lutte contre les changements climatiques',
    });
    expect(SDGS[16].name.en).to.equal('Peace, justice and strong institutions');
    expect(SDGS[17].name).to.deep.equal({
      en: 'Partnerships for the goals',
      fr: 'Partenariats pour la réalisation des objectifs',
    });
    for (const n of ALL) {
      expect(SDGS[n].name.en, `goal ${n}`).to.match(/^[A-Z][a-z]/);
      expect(SDGS[n].name.fr, `goal ${n}`).to.not.equal(SDGS[n].name.en);
    }
  });

  it('looks goals up by number, and knows nothing outside 1–17', () => {
    expect(getSdg(17)?.color).to.equal('#19486A');
    expect(getSdg(0)).to.equal(undefined);
    expect(getSdg(18)).to.equal(undefined);
    expect(getSdg(1.5)).to.equal(undefined);
    expect(sdgName(17, 'fr')).to.equal('Partenariats pour la réalisation des objectifs');
    expect(sdgName(17, 'de')).to.equal('Partnerships for the goals');
    expect(sdgName(42, 'en')).to.equal(undefined);
  });
});

describe('contrastRatio (WCAG relative luminance)', () => {
  it('matches known reference values', () => {
    expect(contrastRatio('#fff', '#000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#000000', '#000')).to.equal(1);
    // The classic AA threshold greys: #767676 passes on white, #777777 does not.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('#ffffff', '#777777')).to.equal(contrastRatio('#777777', '#ffffff'));
  });
});

describe('SDG badges', () => {
  it('pick a text colour that reaches 4.5:1 on every official colour', () => {
    for (const n of ALL) {
      const text = sdgTextColor(n);
      expect([BADGE_TEXT_LIGHT, BADGE_TEXT_DARK], `goal ${n}`).to.include(text);
      expect(contrastRatio(SDGS[n].color, text), `goal ${n}`).to.be.at.least(AA_CONTRAST);
    }
  });

  it('keep white where the UN colour allows it and use near-black on the light ones', () => {
    const white = ALL.filter((n) => sdgTextColor(n) === BADGE_TEXT_LIGHT);
    expect(white).to.deep.equal([1, 4, 8, 10, 13, 16, 17]);
    // Yellow, orange, light blue and light green are only readable with dark text.
    for (const n of [2, 3, 5, 6, 7, 9, 11, 12, 14, 15]) expect(sdgTextColor(n), `goal ${n}`).to.equal(BADGE_TEXT_DARK);
  });

  it('keep the official background for every goal (no goal needs darkening)', () => {
    for (const n of ALL) {
      const { background, text } = sdgBadgeColors(n);
      expect(background, `goal ${n}`).to.equal(SDGS[n].color);
      expect(contrastRatio(background, text)).to.be.at.least(AA_CONTRAST);
    }
  });

  it('give a neutral readable badge for an unknown goal', () => {
    const { background, text } = sdgBadgeColors(99);
    expect(contrastRatio(background, text)).to.be.at.least(AA_CONTRAST);
  });
});

describe('readableBadgeColors', () => {
  it('keeps a colour that already works and normalises its spelling', () => {
    expect(readableBadgeColors('#19486a')).to.deep.equal({ background: '#19486A', text: BADGE_TEXT_LIGHT });
    expect(readableBadgeColors('#fc0')).to.deep.equal({ background: '#FFCC00', text: BADGE_TEXT_DARK });
  });

  it('darkens a mid-luminance colour where neither white nor near-black reaches 4.5:1', () => {
    // #787878 gives 4.42 with white and 4.28 with #111: neither is enough.
    const grey = readableBadgeColors('#787878');
    expect(grey.background).to.not.equal('#787878');
    expect(grey.text).to.equal(BADGE_TEXT_LIGHT);
    expect(contrastRatio(grey.background, grey.text)).to.be.at.least(AA_CONTRAST);
    // Only just darker: still above #666 (5.74 on white).
    expect(parseHexColor(grey.background)![0]).to.be.greaterThan(0x66);

    // A red like SDG 1 but a little lighter (4.37 with white, 4.32 with #111).
    const red = readableBadgeColors('#E8283E');
    expect(contrastRatio(red.background, red.text)).to.be.at.least(AA_CONTRAST);
    expect(Math.abs(hue(red.background) - hue('#E8283E'))).to.be.below(2);
    expect(parseHexColor(red.background)![0]).to.be.greaterThan(0xc8);
  });

  it('falls back to a readable neutral badge for a colour it cannot read', () => {
    const { background, text } = readableBadgeColors('red');
    expect(contrastRatio(background, text)).to.be.at.least(AA_CONTRAST);
  });
});
