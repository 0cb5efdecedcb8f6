/**
 * The light/dark combinations of issue 15: the host page's own look and the visitor's OS
 * setting, shared by the accessibility tests.
 */
import { emulateMedia } from '@web/test-runner-commands';

/** Chromium emulates the OS scheme through the DevTools protocol; Firefox's driver cannot. */
export const CAN_EMULATE = !navigator.userAgent.includes('Firefox');

export type Scheme = 'light' | 'dark';

/** The page's own look: a light or a dark site, as its CSS says (`color-scheme`, colours). Returns its undo. */
export function hostPage(scheme: Scheme): () => void {
  const style = document.createElement('style');
  style.textContent =
    scheme === 'dark'
      ? ':root { color-scheme: dark; background: #121212; color: #eeeeee } a { color: #9cc2ff }'
      : ':root { color-scheme: light; background: #ffffff; color: #111111 } a { color: #0b4fa8 }';
  document.head.append(style);
  return () => style.remove();
}

/**
 * Puts the OS in `scheme` (Chromium), or says whether this browser already is (the Firefox
 * started with a dark-OS preference, or the plain one): false means the case must be skipped.
 */
export async function osScheme(scheme: Scheme): Promise<boolean> {
  if (CAN_EMULATE) {
    await emulateMedia({ colorScheme: scheme });
    return true;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches === (scheme === 'dark');
}
