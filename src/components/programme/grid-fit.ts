/**
 * Whether `<aict-programme>` is wide enough for its grid: rooms need columns of 13em beside a
 * time column, so below 44em the grid would be one room wide and the list is shown instead
 * (with its day, block and time headings). Measured on first use, then kept up to date as the
 * element is resized.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** The narrowest element (in its own em) that shows the grid. */
export const GRID_MIN_EM = 44;

export class GridFitController implements ReactiveController {
  private wide?: boolean;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // In the next frame: switching between grid and list resizes the host within the
    // observer's callback otherwise (a "ResizeObserver loop" error).
    this.observer ??= new ResizeObserver(() =>
      requestAnimationFrame(() => {
        if (this.wide === undefined) return;
        const wide = this.measure();
        if (wide !== this.wide) {
          this.wide = wide;
          this.host.requestUpdate();
        }
      }),
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.wide = undefined;
  }

  /** The grid fits (also when the element is not laid out: it gets its size later). */
  get fits(): boolean {
    return (this.wide ??= this.measure());
  }

  private measure(): boolean {
    const width = this.host.getBoundingClientRect().width;
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    return width === 0 || width >= GRID_MIN_EM * em;
  }
}
