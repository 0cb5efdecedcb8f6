/**
 * The description sanitizer (`sanitize.ts`), loaded on first use: with the first full card,
 * or the first programme card opened. Renders that show a description wait for it
 * (`AictElement.codeForContent`); should it fail to load, the description is left out rather
 * than shown unsanitized.
 */
import { lazy } from '../core/lazy.js';

export const sanitizerCode = lazy(() => import('./sanitize.js'));
