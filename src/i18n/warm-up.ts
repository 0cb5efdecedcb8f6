/** Warm-ups of the browser's language data, each in a task of its own, before a card needs it. */

const languagesWarm = new Set<string>();

/**
 * The browser's language names (`Intl.DisplayNames`, for "In English, interpretation into
 * French") load their data the first time too: 70–100 ms, then microseconds for any language.
 * Loads them in a task of its own, soon (while the feed is on its way).
 */
export function warmUpLanguageNames(ui: string): void {
  if (languagesWarm.has(ui)) return;
  languagesWarm.add(ui);
  setTimeout(() => {
    try {
      new Intl.DisplayNames([ui], { type: 'language' }).of('en');
    } catch {
      // No language names: the card shows the codes (see aict-session.ts).
    }
  }, 0);
}
