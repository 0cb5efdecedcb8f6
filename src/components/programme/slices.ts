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
 * Cards whose time slots are laid out for good per idle step, once the day is all rendered
 * (`settle`): a few frames' worth of layout, never one long task.
 */
const SETTLE_CARDS = 12;
/**
 * Days with more cards than this are not settled: laying out a slot costs ~1–3 ms a card on a
 * slow machine, and 2,000 of them (with the DOM they would make heavier for every later
 * change) are not worth a picture; their off-screen slots stay skipped.
 */
const SETTLE_MAX = 400;
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
   * Once the day is all rendered and the page idle, lays out the off-screen time slots for
   * good (`[data-laid]`: `content-visibility: visible`), SETTLE_CARDS cards per idle step, for
   * days of SETTLE_MAX cards at most.
   * `content-visibility: auto` keeps a big day's first screenful and its slices cheap, but a
   * slot it skips paints nothing where the browser does not look: a full-page capture
   * (Chromium's shows every skipped slot blank, the first too), a reader-mode or a PDF tool.
   * A new day, filter or width starts skipping again (`unsettle`).
   */
  private settle(): void {
    if (this.cancelSettle || this.visibleCount > SETTLE_MAX) return;
    const slots = this.host.renderRoot.querySelectorAll<HTMLElement>('.slot:not([data-laid])');
    if (!slots.length) return;
    this.cancelSettle = whenIdle(() => {
      this.cancelSettle = undefined;
      let cards = 0;
      for (const slot of this.host.renderRoot.querySelectorAll<HTMLElement>('.slot:not([data-laid])')) {
        if (cards >= SETTLE_CARDS) return this.settle();
        slot.toggleAttribute('data-laid', true);
        cards += slot.querySelectorAll('[part~="card"]').length;
      }
    });
  }

  /** Off-screen slots are skipped again; `again`: and laid out anew when the page is idle. */
  private unsettle(again: boolean): void {
    this.cancelSettle?.();
    this.cancelSettle = undefined;
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
