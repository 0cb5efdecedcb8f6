/**
 * The 17 UN Sustainable Development Goals (ODD in French), built in so that a feed only has to
 * give the numbers. Colours are the UN's official ones; names are the official short names.
 *
 * Badges must stay readable (WCAG 2.x AA, 4.5:1 for small text) whatever colour they carry,
 * so the text colour is computed from the contrast ratio rather than hard-coded per goal.
 */

export type SdgNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;

export interface SdgInfo {
  /** Official UN colour, `#RRGGBB`. */
  readonly color: string;
  readonly name: { readonly en: string; readonly fr: string };
}

export interface BadgeColors {
  readonly background: string;
  readonly text: string;
}

/** Minimum contrast for normal-size text (WCAG 2.x success criterion 1.4.3, level AA). */
export const AA_CONTRAST = 4.5;

export const BADGE_TEXT_LIGHT = '#fff';
/** Near-black rather than pure black: softer on a coloured badge, still AA where it is chosen. */
export const BADGE_TEXT_DARK = '#111';

// French names put no-break spaces inside the guillemets, as French typography wants.
export const SDGS: Readonly<Record<SdgNumber, SdgInfo>> = {
  1: { color: '#E5243B', name: { en: 'No poverty', fr: 'Pas de pauvreté' } },
  2: { color: '#DDA63A', name: { en: 'Zero hunger', fr: 'Faim «\u00a0zéro\u00a0»' } },
  3: { color: '#4C9F38', name: { en: 'Good health and well-being', fr: 'Bonne santé et bien-être' } },
  4: { color: '#C5192D', name: { en: 'Quality education', fr: 'Éducation de qualité' } },
  5: { color: '#FF3A21', name: { en: 'Gender equality', fr: 'Égalité entre les sexes' } },
  6: { color: '#26BDE2', name: { en: 'Clean water and sanitation', fr: 'Eau propre et assainissement' } },
  7: { color: '#FCC30B', name: { en: 'Affordable and clean energy', fr: 'Énergie propre et d’un coût abordable' } },
  8: { color: '#A21942', name: { en: 'Decent work and economic growth', fr: 'Travail décent et croissance économique' } },
  9: { color: '#FD6925', name: { en: 'Industry, innovation and infrastructure', fr: 'Industrie, innovation et infrastructure' } },
  10: { color: '#DD1367', name: { en: 'Reduced inequalities', fr: 'Inégalités réduites' } },
  11: { color: '#FD9D24', name: { en: 'Sustainable cities and communities', fr: 'Villes et communautés durables' } },
  12: { color: '#BF8B2E', name: { en: 'Responsible consumption and production', fr: 'Consommation et production responsables' } },
  13: {
    color: '#3F7E44',
    name: { en: 'Climate action', fr: 'Mesures relatives à la lutte contre les changements climatiques' },
  },
  14: { color: '#0A97D9', name: { en: 'Life below water', fr: 'Vie aquatique' } },
  15: { color: '#56C02B', name: { en: 'Life on land', fr: 'Vie terrestre' } },
  16: { color: '#00689D', name: { en: 'Peace, justice and strong institutions', fr: 'Paix, justice et institutions efficaces' } },
  17: { color: '#19486A', name: { en: 'Partnerships for the goals', fr: 'Partenariats pour la réalisation des objectifs' } },
};

/** Neutral badge for a number outside 1–17 (the parser drops those, but never render garbage). */
const UNKNOWN_SDG_COLOR = '#5F6368';

export function isSdgNumber(n: number): n is SdgNumber {
  return Number.isInteger(n) && n >= 1 && n <= 17;
}

export function getSdg(n: number): SdgInfo | undefined {
  return isSdgNumber(n) ? SDGS[n] : undefined;
}

/** The goal's short name in `lang`, English for any language other than French. */
export function sdgName(n: number, lang: string): string | undefined {
  const sdg = getSdg(n);
  if (!sdg) return undefined;
  return lang === 'fr' ? sdg.name.fr : sdg.name.en;
}

type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb` (the only colour forms the feed accepts). */
export function parseHexColor(hex: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  let digits = m[1]!;
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

function toHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** WCAG 2.x relative luminance of an sRGB colour (0 = black, 1 = white). */
export function relativeLuminance(color: string | Rgb): number {
  const rgb = typeof color === 'string' ? parseHexColor(color) : color;
  if (!rgb) throw new RangeError(`Not a #rgb or #rrggbb colour: ${String(color)}`);
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * A readable badge for any background colour. White text is preferred when it reaches AA
 * (the UN's own icons use white); otherwise near-black; when neither does (a narrow band of
 * mid luminance), the background is darkened, keeping its hue and saturation, just until white
 * reaches AA, so the badge stays recognisably that colour.
 */
export function readableBadgeColors(background: string): BadgeColors {
  const rgb = parseHexColor(background) ?? (parseHexColor(UNKNOWN_SDG_COLOR) as Rgb);
  const bg = toHex(rgb);
  if (contrastRatio(rgb, BADGE_TEXT_LIGHT) >= AA_CONTRAST) return { background: bg, text: BADGE_TEXT_LIGHT };
  if (contrastRatio(rgb, BADGE_TEXT_DARK) >= AA_CONTRAST) return { background: bg, text: BADGE_TEXT_DARK };
  // Scaling all channels by the same factor keeps the hue and the HSV saturation.
  for (let factor = 0.98; factor > 0; factor -= 0.02) {
    const darker = rgb.map((v) => Math.round(v * factor)) as unknown as Rgb;
    if (contrastRatio(darker, BADGE_TEXT_LIGHT) >= AA_CONTRAST) return { background: toHex(darker), text: BADGE_TEXT_LIGHT };
  }
  return { background: '#000000', text: BADGE_TEXT_LIGHT };
}

const badgeCache = new Map<number, BadgeColors>();

/** Background and text colours of goal `n`'s badge; the pair always reaches 4.5:1. */
export function sdgBadgeColors(n: number): BadgeColors {
  let colors = badgeCache.get(n);
  if (!colors) {
    colors = readableBadgeColors(getSdg(n)?.color ?? UNKNOWN_SDG_COLOR);
    badgeCache.set(n, colors);
  }
  return colors;
}

/**
 * Text colour for goal `n`'s badge: `#fff` or near-black, whichever reaches AA on the official
 * colour (all 17 do with one of the two). Use `sdgBadgeColors` to get the background with it.
 */
export function sdgTextColor(n: number): string {
  return sdgBadgeColors(n).text;
}
