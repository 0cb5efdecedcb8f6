/**
 * Picking the language of feed content (`Text` values).
 *
 * The element's language comes first; text that lacks it falls back to the feed's default
 * language, then to any language present. The caller marks the text with its real language
 * (`lang` attribute) when it differs from the element's, so screen readers pronounce it right.
 */
import type { LanguageCode, LocalizedText } from '../feed/model.js';

export interface PickedText {
  readonly text: string;
  readonly lang: LanguageCode;
}

export function pickText(
  value: LocalizedText | undefined,
  lang: LanguageCode,
  defaultLanguage: LanguageCode,
): PickedText | undefined {
  if (!value) return undefined;
  for (const candidate of [lang, defaultLanguage]) {
    // Own properties only: a language named `constructor` or `toString` must not find
    // Object.prototype's functions (a feed may set `defaultLanguage: "constructor"`).
    const text = hasOwn(value, candidate) ? value[candidate] : undefined;
    if (typeof text === 'string' && text) return { text, lang: candidate };
  }
  for (const [candidate, text] of Object.entries(value)) {
    if (typeof text === 'string' && text) return { text, lang: candidate };
  }
  return undefined;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The primary language subtag of a BCP 47 tag, lower-cased (`fr-CA` → `fr`). */
export function primaryLanguage(tag: string | null | undefined): LanguageCode | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary || undefined;
}

/**
 * The language in force at `element`, as HTML inherits it: the nearest `lang` attribute,
 * looking through shadow roots to their hosts (an element nested in another's shadow DOM
 * speaks its host's language), then the document's.
 */
export function inheritedLanguage(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.getAttribute('lang') ?? undefined;
}

const NBSP = '\u00a0';

/**
 * Short names that must not break across lines, as French typography wants: a number stays with
 * the word before it ("Niveau 0", "Salle 3") and a five-digit postcode with the town after it
 * ("75019 Paris"). Only for display: the feed's text is not changed.
 */
export function keepTogether(text: string): string {
  return text.replace(/(\p{L}\.?) (\d{1,3})(?=$|[\s,.;:)])/gu, `$1${NBSP}$2`).replace(/\b(\d{5}) (?=\p{L})/gu, `$1${NBSP}`);
}
