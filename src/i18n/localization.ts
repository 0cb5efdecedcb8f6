/**
 * Per-element UI language on top of @lit/localize's runtime mode.
 *
 * `setLocale()` is page-wide, but a bilingual partner page may show a French and an English
 * widget side by side. The reentrant configuration asks `getLocale()` before every `msg()`
 * and looks templates up synchronously, so each element sets the active locale around its own
 * update (see `AictElement.performUpdate`) and around any `msg()` it calls outside one.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as fr from './generated/locales/fr.js';

export type UiLanguage = 'en' | 'fr';

const catalogues: Record<string, typeof fr> = { fr };

let active: UiLanguage = sourceLocale as UiLanguage;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => active,
    loadLocaleSync: (locale) => catalogues[locale],
  });
} catch (error) {
  // Another module in the same graph configured @lit/localize first (a host app bundling the
  // elements with its own localized code). The widgets then render in that configuration's
  // language: degrade, do not break the page.
  console.warn('aict-widgets: @lit/localize was already configured; UI language may not follow `lang`.', error);
}

/** The UI language for a BCP 47 tag: French for any `fr*`, English otherwise. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage {
  return /^fr(?:-|$)/i.test(tag?.trim() ?? '') ? 'fr' : 'en';
}

/** Runs `fn` (which may call `msg()`) with `lang` as the active UI language. */
export function withLanguage<T>(lang: UiLanguage, fn: () => T): T {
  const previous = active;
  active = lang;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
