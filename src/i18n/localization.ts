/**
 * Per-element UI language on top of @lit/localize's runtime mode.
 *
 * `setLocale()` is page-wide, but a bilingual partner page may show a French and an English
 * widget side by side. The reentrant configuration asks `getLocale()` before every `msg()`
 * and looks templates up synchronously, so each element sets the active locale around its own
 * update (see `AictElement.performUpdate`) and around any `msg()` it calls outside one.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type UiLanguage = 'en' | 'fr';

type Catalogue = LocaleModule;

/**
 * Parts of the French catalogue (`scripts/split-catalogue.mjs`): `common` holds the strings
 * of the shared modules and the session card, the others those of one element, so that a
 * page loads the strings of the elements it shows. Literal paths: the bundler makes a chunk
 * of each.
 */
export type CataloguePart = 'common' | 'room-map' | 'concurrent-sessions' | 'programme';
const FRENCH: Record<CataloguePart, () => Promise<Catalogue>> = {
  common: () => import('./generated/catalogue/fr-common.js'),
  'room-map': () => import('./generated/catalogue/fr-room-map.js'),
  'concurrent-sessions': () => import('./generated/catalogue/fr-concurrent-sessions.js'),
  programme: () => import('./generated/catalogue/fr-programme.js'),
};

/**
 * Loaded catalogues. English is the source language (no catalogue); the French parts are
 * chunks of their own, imported the first time a French element that needs them is about to
 * render (`languageReady`), and merged into one catalogue, so pages in English never download
 * them.
 */
const catalogues: Partial<Record<UiLanguage, Catalogue>> = {};
const french: Catalogue = { templates: {} };
const loadedFrench = new Set<CataloguePart>();
const loadingFrench = new Map<CataloguePart, Promise<void>>();

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

function loadFrench(part: CataloguePart): Promise<void> {
  let loading = loadingFrench.get(part);
  if (!loading) {
    loading = FRENCH[part]().then(
      (module) => {
        Object.assign(french.templates, module.templates);
        loadedFrench.add(part);
        // Only once the common strings are there: an element renders French when its catalogue is.
        if (loadedFrench.has('common')) catalogues.fr = french;
      },
      (error: unknown) => {
        loadingFrench.delete(part);
        console.error('aict-widgets: the French interface could not be loaded.', error);
      },
    );
    loadingFrench.set(part, loading);
  }
  return loading;
}

/**
 * Resolves once `lang`'s catalogue (its common part and `part`, the element's own strings)
 * is loaded, or returns `undefined` when it already is (or needs none), so that a caller can
 * stay synchronous in the usual case. A catalogue that cannot be loaded (the visitor went
 * offline) resolves too: the element then speaks English rather than not at all (or, when
 * only its own part failed, French with English for its own strings), and the next French
 * render tries again.
 */
export function languageReady(lang: UiLanguage, part: CataloguePart = 'common'): Promise<void> | undefined {
  if (lang !== 'fr') return undefined;
  const missing = [...new Set<CataloguePart>(['common', part])].filter((p) => !loadedFrench.has(p));
  if (!missing.length) return undefined;
  return Promise.all(missing.map(loadFrench)).then(() => undefined);
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
