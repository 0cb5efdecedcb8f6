/**
 * Which colour scheme an element paints, and the accent colours it paints with.
 *
 * A widget is a guest on a page whose background it cannot know, so it paints its own surface
 * and picks its scheme on purpose: light unless told otherwise (`color-scheme="dark"`), or,
 * with `color-scheme="auto"`, the host page's computed `color-scheme` and then the visitor's
 * setting. The scheme is exposed to the styles as the custom state `dark` (`:host(:state(dark))`)
 * so that nothing is written into the host page's DOM; `color-scheme` itself is never set on
 * `:host`, where it would recolour the page's own fallback content.
 *
 * A custom `--aict-accent` (and `--aict-accent-dark`) is read as the browser resolved it, and
 * adjusted just enough to keep 4.5:1 on the surfaces of each scheme; the text on it is black or
 * white, whichever contrasts more (always at least 4.58:1), unless `--aict-on-accent` already
 * reaches 4.5:1. The result goes to a per-element constructed style sheet (CSP-safe).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AA_CONTRAST, contrastRatio } from '../i18n/sdgs.js';

export type ColorSchemeSetting = 'light' | 'dark' | 'auto';
export type ColorScheme = 'light' | 'dark';
type Rgb = readonly [number, number, number];

/** The attribute's value as a setting: anything but `dark` or `auto` is the default, `light`. */
export function colorSchemeSettingOf(value: string | null | undefined): ColorSchemeSetting {
  const v = value?.trim().toLowerCase();
  return v === 'dark' || v === 'auto' ? v : 'light';
}

/**
 * The scheme a computed `color-scheme` value asks for, when it asks for one: `light` or `dark`
 * alone (with or without `only`); `normal`, or both, leave the choice to the visitor's setting.
 */
export function schemeOfComputed(value: string): ColorScheme | undefined {
  const words = value.trim().toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return light === dark ? undefined : dark ? 'dark' : 'light';
}

/** The scheme an element paints for its setting, the page it sits on and the visitor's preference. */
export function resolveColorScheme(setting: ColorSchemeSetting, host: Element): ColorScheme {
  if (setting !== 'auto') return setting;
  const view = host.ownerDocument.defaultView;
  if (!view) return 'light';
  const page = host.isConnected ? schemeOfComputed(view.getComputedStyle(host).colorScheme ?? '') : undefined;
  return page ?? (view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

// ---- colours -------------------------------------------------------------------------------

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** The default surfaces of each scheme (kept in step with `hostStyles`). */
export const DEFAULT_SURFACES: Record<ColorScheme, { surface: string; subtle: string }> = {
  light: { surface: '#ffffff', subtle: '#eef1f5' },
  dark: { surface: '#15191f', subtle: '#232a33' },
};

let context: CanvasRenderingContext2D | null | undefined;
const parsed = new Map<string, Rgb | undefined>();

/**
 * Any CSS colour the browser understands (`#8a1538`, `rebeccapurple`, `oklch(…)`) as sRGB, by
 * painting one pixel: canvas accepts every colour syntax of the engine and always reads back
 * sRGB. A translucent colour is taken over `under`. Invalid values give `undefined`.
 */
export function resolveColor(value: string, under: Rgb = WHITE): Rgb | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const key = `${text}|${under.join(',')}`;
  if (parsed.has(key)) return parsed.get(key);
  let rgb: Rgb | undefined;
  const hex = /^#([0-9a-f]{6})$/i.exec(text);
  if (hex) {
    rgb = [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as unknown as Rgb;
  } else {
    context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (context) {
      // An invalid colour leaves fillStyle unchanged: two different sentinels tell it apart.
      context.fillStyle = '#000000';
      context.fillStyle = text;
      const a = context.fillStyle;
      context.fillStyle = '#ffffff';
      context.fillStyle = text;
      if (a === context.fillStyle) {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = `rgb(${under.join(',')})`;
        context.fillRect(0, 0, 1, 1);
        context.fillStyle = text;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
        rgb = [r!, g!, b!];
      }
    }
  }
  parsed.set(key, rgb);
  return rgb;
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as unknown as Rgb;
}

/**
 * `color` itself when it reaches 4.5:1 on every background, else mixed with black (light
 * scheme) or white (dark scheme) in small steps until it does: the hue stays, the brand reads.
 */
export function readableOn(color: Rgb, backgrounds: readonly Rgb[], scheme: ColorScheme): Rgb {
  const toward = scheme === 'dark' ? WHITE : BLACK;
  for (let t = 0; t <= 1.0001; t += 0.04) {
    const candidate = mix(color, toward, Math.min(t, 1)).map(Math.round) as unknown as Rgb;
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= AA_CONTRAST)) return candidate;
  }
  return toward;
}

/** Black or white, whichever contrasts more with `background` (never less than 4.58:1). */
export function textOn(background: Rgb): Rgb {
  return contrastRatio(background, WHITE) >= contrastRatio(background, BLACK) ? WHITE : BLACK;
}

export interface AccentPair {
  readonly accent: string;
  readonly onAccent: string;
}

/**
 * The accent and the text on it for one scheme, from the custom properties as resolved on the
 * host (`''` when unset). `undefined` when nothing custom is set: the defaults already pass.
 */
export function accentFor(
  scheme: ColorScheme,
  props: { accent: string; onAccent: string; surface: string; subtle: string },
): AccentPair | undefined {
  if (!props.accent && !props.onAccent) return undefined;
  const surface = resolveColor(props.surface) ?? resolveColor(DEFAULT_SURFACES[scheme].surface)!;
  const subtle = resolveColor(props.subtle, surface) ?? resolveColor(DEFAULT_SURFACES[scheme].subtle)!;
  const fallback: Rgb = scheme === 'dark' ? [0x9c, 0xc2, 0xff] : [0x1f, 0x4e, 0x9c];
  const accent = readableOn(resolveColor(props.accent, surface) ?? fallback, [surface, subtle], scheme);
  const wanted = resolveColor(props.onAccent, accent);
  const onAccent = wanted && contrastRatio(wanted, accent) >= AA_CONTRAST ? wanted : textOn(accent);
  return { accent: toHex(accent), onAccent: toHex(onAccent) };
}

// ---- the controller ------------------------------------------------------------------------

type SchemeHost = ReactiveControllerHost & HTMLElement & { colorScheme: string | null };

/**
 * Resolves the element's scheme before each render (so the first paint is right), follows the
 * visitor's setting as it changes, and after each render checks the accent colours.
 */
export class ColorSchemeController implements ReactiveController {
  scheme: ColorScheme = 'light';
  private readonly states: CustomStateSet | undefined;
  private readonly media?: MediaQueryList;
  private sheet?: CSSStyleSheet;
  private sheetText = '';
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: SchemeHost,
    internals: ElementInternals | undefined,
  ) {
    host.addController(this);
    this.states = internals?.states;
    this.media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  }

  hostConnected(): void {
    this.media?.addEventListener?.('change', this.onChange);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener?.('change', this.onChange);
  }

  hostUpdate(): void {
    this.scheme = resolveColorScheme(colorSchemeSettingOf(this.host.colorScheme), this.host);
    try {
      if (this.scheme === 'dark') this.states?.add('dark');
      else this.states?.delete('dark');
    } catch {
      // Engines with the older `--dark` state syntax: the element stays light.
    }
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const style = getComputedStyle(this.host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const light = accentFor('light', {
      accent: read('--aict-accent'),
      onAccent: read('--aict-on-accent'),
      surface: read('--aict-surface'),
      subtle: read('--aict-subtle'),
    });
    const dark = accentFor('dark', {
      accent: read('--aict-accent-dark') || read('--aict-accent'),
      onAccent: read('--aict-on-accent-dark'),
      surface: read('--aict-surface-dark'),
      subtle: read('--aict-subtle-dark'),
    });
    const rules = (pair: AccentPair | undefined) => (pair ? `--_accent: ${pair.accent}; --_on-accent: ${pair.onAccent};` : '');
    const text =
      light || dark ? `@media screen { :host { ${rules(light)} } :host(:state(dark)) { ${rules(dark)} } }` : '';
    if (text === this.sheetText) return;
    this.sheetText = text;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(text);
  }
}
