/**
 * Printing `<aict-programme>`: the selected day, or with "my programme" on, every favourite of
 * every day. What prints is rendered only while printing, so the screen pays nothing for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Session } from '../../feed/model.js';

/**
 * Whether the page is being printed. `beforeprint` comes right before the browser lays the page
 * out for paper, so `onPrint` must render synchronously; the `print` media query also covers
 * emulated print media (developer tools, tests, PDF tools), which fire no print events.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPrint: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = matchMedia('print');
    this.printing = this.query.matches;
    this.query.addEventListener('change', this.update);
    addEventListener('beforeprint', this.update);
    addEventListener('afterprint', this.update);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.update);
    removeEventListener('beforeprint', this.update);
    removeEventListener('afterprint', this.update);
  }

  private readonly update = (event: Event): void => {
    const printing = event.type === 'beforeprint' || (event.type === 'change' && !!this.query?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    if (printing) this.onPrint();
    else this.host.requestUpdate();
  };
}

/** The days other than `selected` with sessions that match, each with those sessions, in day order. */
export function otherDays(
  days: ReadonlyMap<string, readonly Session[]>,
  selected: string | undefined,
  matches: (session: Session) => boolean,
): [day: string, sessions: Session[]][] {
  const found: [string, Session[]][] = [];
  for (const [day, sessions] of days) {
    const shown = day === selected ? [] : sessions.filter((s) => matches(s));
    if (shown.length) found.push([day, shown]);
  }
  return found;
}
