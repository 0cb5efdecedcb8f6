/**
 * Sliced rendering for `<aict-programme>`. Sessions rendered at once when the day, a filter or
 * the search changes: a screenful (`screenful`: what the element's width and the window's height
 * hold), so that the visitor sees the answer at once, and no more: on a phone that is three
 * cards, not twelve, and the browser's first frame (style, layout, paint) grows with every card.
 * The rest follow in slices of SLICE_MS of script each (their size follows the measured cost of
 * a card, not a fixed count), one task each, so that typing, scrolling and clicks are never held
 * up for long. Meanwhile, and after, the search index is built in slices too.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { inNextTask } from '../../core/next-task.js';
import type { Programme } from '../../feed/model.js';
import { buildSearchIndex } from './filters.js';
import { screenful } from './layout.js';

const SLICE_MS = 20;
/**
 * Style and layout time (ms) an idle step may spend laying out cards for good (`settle`): with
 * the paint of the next frame, a task stays well under 50 ms, whatever the size of the day.
 */
const SETTLE_MS = 16;
/** The fewest cards a slice renders: a rest smaller than that is rendered with what comes before. */
const MIN_SLICE = 4;

export class SliceController implements ReactiveController {
  /** How many of the selected day's sessions are rendered (grows slice by slice). */
  limit = 0;
  /** The facets list their values and counts (they are a slice of their own: see `renderSlice`). */
  facetValues = false;
  /** How many make a first screenful, for the current day, filters and view (`screenful`). */
  private firstScreen = 0;
  private visibleCount = 0;
  private layoutKey = '';
  /**
   * Running estimate of the script time one more card costs (ms), to size the slices. It starts
   * at what a card costs on a cold page (a first slice of 6 cards), and learns from there.
   */
  private msPerCard = 3;
  /**
   * The element's width and font size (px), measured when a first screenful is sized; forgotten
   * when the element is resized, so that a measure never forces a layout of stale content twice.
   */
  private box?: { width: number; em: number };
  private resizeObserver?: ResizeObserver;
  private cancelSlice?: () => void;
  private cancelSettle?: () => void;
  /** What `settle` has still to lay out for good: time slots, then a slot's cards, in order. */
  private toSettle?: HTMLElement[];
  private width = -1;
  private indexedFor?: Programme;
  /** The programme whose first rendering was put off by one task (see `deferFirst`). */
  private deferredFor?: Programme;

  constructor(
    private readonly host: ReactiveElement,
    /** Updates the host now, synchronously (`requestUpdate` + `performUpdate`). */
    private readonly updateNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.resizeObserver ??= new ResizeObserver(([entry]) => {
      this.box = undefined;
      // A new width lays out every slot again: back to skipping those off screen, settled anew.
      // Not a width of 0: Chromium's full-page capture lays the page out at 0 px for a moment,
      // and slots skipped then would be blank in the picture.
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === 0 || width === this.width) return;
      this.unsettle(this.width >= 0);
      this.width = width;
    })).observe(this.host);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.box = undefined;
    this.width = -1;
    this.cancel();
    this.unsettle(false);
  }

  /**
   * Whether to put off an update that only brings a just-parsed feed: the first screenful gets a
   * task of its own, so that no single task does both (and the loading state can be painted in
   * between).
   */
  deferFirst(programme: Programme | undefined, onlyFeedChanged: boolean): boolean {
    if (!programme || programme === this.deferredFor || !onlyFeedChanged) return false;
    this.deferredFor = programme;
    this.cancel();
    this.cancelSlice = inNextTask(() => {
      this.cancelSlice = undefined;
      this.host.requestUpdate();
    });
    return true;
  }

  /**
   * During a render: how many of `count` visible sessions to render. A new `key` (day, filter,
   * view) starts again from a first screenful (returns true then); a favourite toggled does not
   * (only its card and the counts change): the cards below the first screenful stay, and so do
   * the visitor's scroll position and focus. `reveal` is the index of a session that must be
   * rendered (a pending focus target), or -1.
   */
  plan(key: string, count: number, grid: boolean, reveal: number): boolean {
    const reset = key !== this.layoutKey;
    if (reset) {
      this.layoutKey = key;
      this.cancel();
      // Slots are reused by position: the new content starts skipped off screen again.
      this.unsettle(false);
      const first = this.screenful(grid);
      this.limit = this.firstScreen = count - first < MIN_SLICE ? count : first;
    }
    this.limit = Math.max(this.limit, reveal < 0 ? 0 : reveal + this.firstScreen);
    this.visibleCount = count;
    // A day longer than a screenful renders in slices; the facets' values and counts (in closed
    // <details>: a third of a first screenful's elements) are the first slice (`renderSlice`).
    if (this.limit > this.firstScreen || count <= this.limit) this.facetValues = true;
    return reset;
  }

  /** After an update: the next slice of cards, else of the search index. */
  schedule(programme: Programme): void {
    if (this.cancelSlice) return;
    // A new first screenful is painted before anything else is done.
    const later = this.limit > this.firstScreen ? inNextTask : afterPaint;
    if (this.limit < this.visibleCount) {
      this.cancelSlice = later(() => {
        this.cancelSlice = undefined;
        this.renderSlice();
      });
    } else if (this.indexedFor !== programme) {
      // The first keystroke should not pay for the search index: build it in slices meanwhile.
      this.cancelSlice = later(() => {
        this.cancelSlice = undefined;
        if (buildSearchIndex(programme, performance.now() + SLICE_MS)) this.indexedFor = programme;
        this.schedule(programme);
      });
    } else this.settle();
  }

  /**
   * Once the day is all rendered and the page idle, lays out the off-screen cards for good
   * (`[data-laid]`: `content-visibility: visible`), a few per idle step, time slot after time
   * slot, on any day.
   * `content-visibility: auto` keeps a big day's first screenful and its slices cheap, but what
   * it skips paints nothing where the browser does not look: a full-page capture (Chromium's
   * shows every skipped slot blank, the first too), a reader-mode or a PDF tool.
   * A slot is made visible first, its cards still skipped, then its cards one by one, as many
   * as fit in SETTLE_MS (style and layout forced here to measure them; the next frame only
   * paints). A whole slot at once (100 cards on a 2,000-session day) was a 150–750 ms task.
   * A new day, filter or width skips the slots again (`unsettle`; the cards' marks are cleared
   * when their slot is laid out again, not all at once).
   */
  private settle(): void {
    if (this.cancelSettle) return;
    const left = (this.toSettle ??= [...this.host.renderRoot.querySelectorAll<HTMLElement>('.slot')]);
    if (!left.length) return;
    this.cancelSettle = whenIdle(() => {
      this.cancelSettle = undefined;
      const end = performance.now() + SETTLE_MS;
      while (left.length) {
        if (performance.now() > end) return this.settle();
        const next = left.shift()!;
        if (next.classList.contains('slot')) {
          // Visible with its cards skipped (`.item` is `auto` in a laid slot, also a card laid
          // for another day or filter before), then its cards one by one.
          const items = next.querySelectorAll<HTMLElement>('.item');
          for (const item of items) item.removeAttribute('data-laid');
          left.unshift(...items);
        }
        next.toggleAttribute('data-laid', true);
        // Style and layout now, to keep to the step's time (the next frame only paints).
        void (this.host as unknown as HTMLElement).offsetWidth;
      }
    });
  }

  /** Off-screen slots are skipped again; `again`: and laid out anew when the page is idle. */
  private unsettle(again: boolean): void {
    this.cancelSettle?.();
    this.cancelSettle = undefined;
    this.toSettle = undefined;
    for (const slot of this.host.renderRoot?.querySelectorAll('.slot[data-laid]') ?? []) slot.removeAttribute('data-laid');
    if (again) this.settle();
  }

  /** Renders everything now (before printing: the browser prints right after the event). */
  renderAll(): void {
    this.cancel();
    this.limit = Number.POSITIVE_INFINITY;
    this.updateNow();
  }

  /** Renders as many more sessions as fit in one slice, and learns what a card costs. */
  private renderSlice(): void {
    if (!this.facetValues) {
      // The filters' values and counts come first, in a slice of their own: with cards, on a
      // cold page, that slice could pass 50 ms.
      this.facetValues = true;
      this.updateNow();
      return;
    }
    const started = performance.now();
    const step = Math.max(MIN_SLICE, Math.min(400, Math.floor(SLICE_MS / this.msPerCard)));
    this.limit += step;
    // Synchronously, to measure it (the update schedules the next slice).
    this.updateNow();
    const perCard = (performance.now() - started) / step;
    this.msPerCard = Math.max(0.02, (this.msPerCard + perCard) / 2);
  }

  private cancel(): void {
    this.cancelSlice?.();
    this.cancelSlice = undefined;
  }

  /** A first screenful for the current view (see `screenful`). */
  private screenful(grid: boolean): number {
    // Measured again only after a resize (the observer forgets it). Measuring lays out what is
    // pending, which the next frame would have done anyway.
    const host = this.host;
    this.box ??= { width: host.getBoundingClientRect().width, em: parseFloat(getComputedStyle(host).fontSize) || 16 };
    return screenful(this.box.width, this.box.em, window.innerHeight, grid);
  }
}

/** `fn` when the page is idle (within a second), where the browser says so; else after 50 ms. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

/** `inNextTask` once the next frame is painted (a hidden page, which paints nothing, waits until shown). */
function afterPaint(fn: () => void): () => void {
  let cancel = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => (cancel = inNextTask(fn)));
  return () => cancel();
}
