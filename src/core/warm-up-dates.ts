/**
 * The first `Intl.DateTimeFormat` with a `timeZone` in a page loads the browser's time-zone
 * data: 70–270 ms on a cold page, whichever zone is asked for, in one uninterruptible call.
 * Paid inside the feed parser, it lengthens the task that turns a feed into a programme; paid
 * here, in a task of its own, it overlaps the feed request's network wait (the loader calls
 * this as soon as a fetch starts) or at least lets the page breathe between the two (inline
 * feeds wait for it before parsing).
 */
let warm: Promise<void> | undefined;

/** Loads the time-zone data once per page, in its own task; resolves when it is loaded. */
export function warmUpDates(): Promise<void> {
  warm ??= new Promise<void>((resolve) => {
    setTimeout(() => {
      try {
        // What the parser (zone check) and @date-fns/tz (offsets, `longOffset`) ask for first.
        new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions();
        new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' }).formatToParts(0);
      } catch {
        // An engine without time-zone support fails later, where it is reported.
      }
      resolve();
    }, 0);
  });
  return warm;
}
