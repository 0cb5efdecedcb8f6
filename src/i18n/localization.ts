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

export type UiLanguage = 'en' | 'fr';

type Catalogue = typeof import('./generated/locales/fr.js');

/**
 * Loaded catalogues. English is the source language (no catalogue); French is a chunk of its
 * own, imported the first time a French element is about to render (`languageReady`), so
 * pages in English never download it.
 */
const catalogues: Partial<Record<UiLanguage, Catalogue>> = {};
let loadingFrench: Promise<void> | undefined;

let active: UiLanguage = sourceLocale as UiLanguage;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => active,
    loadLocaleSync: (locale) => catalogues[locale as UiLanguage],
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

/**
 * Resolves once `lang`'s catalogue is loaded, or returns `undefined` when it already is (or
 * needs none), so that a caller can stay synchronous in the usual case. A catalogue that
 * cannot be loaded (the visitor went offline) resolves too: the element then speaks English
 * rather than not at all, and the next French render tries again.
 */
export function languageReady(lang: UiLanguage): Promise<void> | undefined {
  if (lang !== 'fr' || catalogues.fr) return undefined;
  // A literal path: the bundler makes the chunk, @lit/localize's tools find the module.
  return (loadingFrench ??= import('./generated/locales/fr.js').then(
    (module) => {
      catalogues.fr = module;
    },
    (error: unknown) => {
      loadingFrench = undefined;
      console.error('aict-widgets: the French interface could not be loaded.', error);
    },
  ));
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
