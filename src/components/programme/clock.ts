/**
 * "Now" for `<aict-programme>`: the element's `now` property when set, else the class clock; and
 * a re-render each minute while it follows the clock, so that "now" and "next" move — unless the
 * page froze it (`freeze-clock`): then they move only when the visitor acts (WCAG 2.2.2, RGAA 13.8).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  private timer?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `now` property (`null`: follow `clock`). */
    private readonly fixed: () => number | Date | null,
    private readonly clock: () => number,
    /** The host's `freeze-clock`: no update of its own. */
    private readonly frozen: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** The current time, epoch ms. */
  get now(): number {
    const now = this.fixed();
    if (now instanceof Date) return now.getTime();
    if (typeof now === 'number') return now;
    return this.clock();
  }

  hostConnected(): void {
    // Cheap: cards are guarded, only the marks that move are rendered again.
    this.timer = window.setInterval(() => {
      if (this.fixed() === null && !this.frozen()) this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    window.clearInterval(this.timer);
  }
}
