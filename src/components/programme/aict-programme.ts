import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { buildCalendar, calendarFileName } from '../../calendar/ics.js';
import { defaultDay, sessionsByDay } from '../../feed/days.js';
import { ROLES, SESSION_KINDS, type Programme, type Session } from '../../feed/model.js';
import { parseFeed } from '../../feed/parse.js';
import {
  eventLocalToInstant,
  formatDate,
  formatDay,
  formatTime,
  formatTimeRange,
  toEventLocalDate,
  zoneLabel,
  type ResolvedTimeZone,
} from '../../i18n/format.js';
import { readableBadgeColors, sdgBadgeColors, sdgName } from '../../i18n/sdgs.js';
import { AictElement } from '../../shared/aict-element.js';
import { cssProps } from '../../shared/css-props.js';
import { heading, subLevel, type HeadingLevel } from '../../shared/heading.js';
import { calendarIcon, clockIcon, pinIcon } from '../../shared/icons.js';
import { groupHeading, kindName, peopleGroups, statusName } from '../../shared/labels.js';
import { inNextTask } from '../../core/next-task.js';
import { sanitizedHtml } from '../../shared/sanitize.js';
import { badgeStyles, hostStyles } from '../../shared/styles.js';
import { programmeStyles } from './aict-programme.styles.js';
import { favouritesFor, warmUpStorage, type FavouriteStore } from './favourites.js';
import { warmUpFeed } from './warm-up-feed.js';
import {
  buildSearchIndex,
  countBy,
  hasFilters,
  kindsPresent,
  matcher,
  NO_FILTERS,
  NO_ROOM,
  parseList,
  parseSdgs,
  type Dimension,
  type Filters,
  type Matcher,
} from './filters.js';
import { formatSessionHash, formatViewHash, HASH_PREFIX, parseHash, type ViewState } from './hash-state.js';
import { gridOf, nowAndNext, screenful, sectionsOf, type NowState } from './layout.js';
import { otherDays, PrintController } from './print.js';

export type ProgrammeView = 'list' | 'grid';

/**
 * A session un-starred with « my programme » on, which left the list: the status line says so
 * until the favourites or the view change.
 */
interface Removal {
  removed: Session;
  /** The session whose star took the focus, if the focus was in the card that left. */
  now?: Session;
}

/**
 * Sessions rendered at once when the day, a filter or the search changes: a screenful
 * (`screenful`: what the element's width and the window's height hold), so that the visitor
 * sees the answer at once, and no more: on a phone that is three cards, not twelve, and the
 * browser's first frame (style, layout, paint) grows with every card. The rest follow in slices
 * of SLICE_MS of script each (their size follows the measured cost of a card, not a fixed
 * count), one task each, so that typing, scrolling and clicks are never held up for long.
 */
const SLICE_MS = 20;
/** The fewest cards a slice renders: a rest smaller than that is rendered with what comes before. */
const MIN_SLICE = 4;
/** People named on a compact card before "+N". */
const MAIN_PEOPLE = 3;

const starIcon = html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em" fill="none"
  ><path
    d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linejoin="round"
  /></svg>`;

/**
 * The whole programme: day tabs, blocks in time order, parallel sessions grouped by start time
 * as compact cards that expand; a room × time grid on wide screens (`view="grid"`); search and
 * filters kept in step with the attributes (and, with `sync-hash`, the URL hash); favourites
 * ("my programme") kept on the device and exported as .ics; "now" and "next" during the event.
 *
 * @tag aict-programme
 * @slot - Fallback content, shown until the feed is loaded and whenever it cannot be.
 * @fires aict-load - The feed is loaded and the programme rendered.
 * @fires aict-error - Loading failed (`detail.code`).
 * @fires aict-session-select - A session link was activated, or a session without a link opened (cancelable).
 * @csspart filters - The search and filter controls.
 * @csspart tabs - The day tab list.
 * @csspart tab - One day tab.
 * @csspart day - The heading of the day shown.
 * @csspart block - A programme block's heading (its title and time range).
 * @csspart time - A start time's heading, over the sessions that start then.
 * @csspart list - The list (or grid) of the selected day's sessions.
 * @csspart item - One session's place in the list.
 * @csspart card - One session's card.
 * @csspart title - A session title.
 * @csspart meta - A session's time and room line.
 * @csspart people - A session's main people.
 * @csspart favourite - A favourite toggle.
 * @csspart my-programme - The "My programme" filter toggle.
 * @csspart calendar - The .ics export of the favourites.
 * @csspart empty - The "no session matches" message.
 * @csspart error - The failure message.
 * @cssprop --aict-accent - Accent colour (links, chips, selected tab).
 * @cssprop --aict-font-family - Font family (inherits the page's by default).
 * @cssprop --aict-radius - Corner radius.
 * @cssprop --aict-surface - Card background.
 * @cssprop --aict-text - Text colour.
 */
export class AictProgramme extends AictElement {
  static override styles = [hostStyles, badgeStyles, programmeStyles];

  /** The clock used when `now` is not set (tests and demos replace it). */
  static clock: () => number = () => Date.now();

  /**
   * Parses and renders a small programme off the page (`warmUpFeed`), so that the first real
   * screenful finds the parser's and its own code compiled and its templates prepared: cold,
   * they are half of what it costs; and loads the page's localStorage, where the favourites
   * are read.
   * `define.ts` calls it in a task of its own after the browser's date data, done while a page
   * waits for its feed or before a programme is added to it (a feed inline in the page when the
   * script runs waits for it instead: no gain, no loss).
   */
  static warmUp(): void {
    try {
      const sample = parseFeed(warmUpFeed(), '');
      if (sample.ok) render(new this().renderReady(sample.programme), document.createDocumentFragment());
      warmUpStorage();
    } catch {
      // A head start only (another copy of the script may own the tag): the real rendering
      // reports its own problems.
    }
  }

  /** The day shown, `YYYY-MM-DD` (event-local); default: today during the event, else the first day. */
  @property({ reflect: true }) day: string | null = null;

  /** `list` (default) or `grid` (rooms as columns on wide screens). */
  @property({ reflect: true }) view: ProgrammeView = 'list';

  /** Text search over titles, labels, people, organisations and themes. */
  @property({ reflect: true }) query: string | null = null;

  /** Comma-separated theme ids. */
  @property({ reflect: true }) theme: string | null = null;

  /** Comma-separated session kinds (`workshop,conference`). */
  @property({ reflect: true }) kind: string | null = null;

  /** Comma-separated room ids (`-` for "room to be confirmed"). */
  @property({ reflect: true }) room: string | null = null;

  /** Comma-separated SDG numbers (1–17). */
  @property({ reflect: true }) sdg: string | null = null;

  /** Show only the visitor's favourites ("my programme"). */
  @property({ type: Boolean, reflect: true }) favourites = false;

  /** Keep the view in the URL hash (`#aict:…`, `#session-id`) so it can be shared. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  /** The current time for "now" and "next" (epoch ms or Date); `null` uses `AictProgramme.clock`. */
  @property({ attribute: false }) now: number | Date | null = null;

  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private favouritesVersion = 0;

  /** How many of the selected day's sessions are rendered (grows slice by slice). */
  private limit = 0;
  /** How many make a first screenful, for the current day, filters and view (`screenful`). */
  private firstScreen = 0;
  /**
   * The element's width and font size (px), measured when a first screenful is sized; forgotten
   * when the element is resized, so that a measure never forces a layout of stale content twice.
   */
  private box?: { width: number; em: number };
  private resizeObserver?: ResizeObserver;
  /**
   * Running estimate of the script time one more card costs (ms), to size the slices. It starts
   * at what a card costs on a cold page (a first slice of 6 cards), and learns from there.
   */
  private msPerCard = 3;
  private visibleCount = 0;
  /** Set while the element follows the URL hash, so that it does not write it back. */
  private followingHash = false;
  /** Writing the hash starts after the first render (the page's own hash is not touched on load). */
  private hashWritable = false;

  private store?: FavouriteStore;
  private unsubscribe?: () => void;
  private hashReadFor?: Programme;
  private initialView?: ViewState;
  private layoutKey = '';
  private cancelSlice?: () => void;
  private indexedFor?: Programme;
  /** The facets list their values and counts (see `renderReady`). */
  private facetValues = false;
  /**
   * Where the focus goes after the next render: a session's card (opened, or "now"), or with
   * `star` its star button (no `id`: the "no session matches" line).
   */
  private focusTarget?: { id: string; scroll: boolean; star?: boolean };
  private removal?: Removal;
  /** The session whose star the visitor just turned off. */
  private unstarred?: string;
  private clockTimer?: number;
  private readonly onHashChange = () => this.readHash(false);
  private readonly print = new PrintController(this, () => this.renderEverything());

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    (this.resizeObserver ??= new ResizeObserver(() => (this.box = undefined))).observe(this);
    // "Now" moves: re-render each minute (cheap: cards are guarded).
    this.clockTimer = window.setInterval(() => {
      if (this.now === null) this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    window.clearInterval(this.clockTimer);
    this.resizeObserver?.disconnect();
    this.box = undefined;
    this.cancelChunk();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  /** The filters as the attributes say. */
  get filters(): Filters {
    return {
      query: this.query ?? '',
      themes: parseList(this.theme),
      kinds: parseList(this.kind),
      rooms: parseList(this.room),
      sdgs: parseSdgs(this.sdg),
      favourites: this.favourites,
    };
  }

  /** Opens a session: its day, its card expanded, scrolled into view and focused. */
  openSession(id: string): boolean {
    const programme = this.programme;
    const session = programme?.sessionsById.get(id);
    if (!programme || !session) return false;
    const day = toEventLocalDate(session.start, this.zone(programme).zone);
    if (!matcher(programme, this.filters, (s) => this.isFavourite(s))(session)) this.applyFilters(NO_FILTERS);
    this.day = day;
    this.expanded = new Set([...this.expanded, id]);
    this.focusTarget = { id, scroll: true };
    return true;
  }

  private get programme(): Programme | undefined {
    return this.feed.status === 'ready' ? this.feed.programme : undefined;
  }

  private get currentTime(): number {
    const now = this.now;
    if (now instanceof Date) return now.getTime();
    if (typeof now === 'number') return now;
    return AictProgramme.clock();
  }

  private isFavourite(id: string): boolean {
    return this.store?.has(id) ?? false;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  /** The programme whose first rendering was put off by one task (see `shouldUpdate`). */
  private deferredFor?: Programme;

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const programme = this.programme;
    if (programme && programme !== this.deferredFor && changed.size === 1 && changed.has('feed' as keyof AictProgramme)) {
      // The feed was just parsed, in this task: the first screenful gets a task of its own, so
      // that no single task does both (and the loading state can be painted in between).
      this.deferredFor = programme;
      this.cancelChunk();
      this.cancelSlice = inNextTask(() => {
        this.cancelSlice = undefined;
        this.requestUpdate();
      });
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const programme = this.programme;
    if (!programme) return;
    if (this.store?.eventId !== programme.event.id) {
      this.unsubscribe?.();
      this.store = favouritesFor(programme.event.id);
      this.unsubscribe = this.store.subscribe(() => this.favouritesChanged());
    }
    if (this.hashReadFor !== programme) {
      this.hashReadFor = programme;
      this.initialView = this.viewState();
      this.readHash(true);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.programme) return;
    if (this.followingHash || !this.hashWritable) {
      this.followingHash = false;
      this.hashWritable = true;
    } else {
      this.writeHash(changed);
    }
    this.applyFocus();
    this.scheduleChunk();
  }

  // ---- URL hash -----------------------------------------------------------------------------

  private viewState(): ViewState {
    return { ...this.filters, ...(this.day ? { day: this.day } : {}), view: this.view };
  }

  private applyFilters(filters: Filters): void {
    const list = (values: readonly (string | number)[]) => (values.length ? values.join(',') : null);
    this.query = filters.query || null;
    this.theme = list(filters.themes);
    this.kind = list(filters.kinds);
    this.room = list(filters.rooms);
    this.sdg = list(filters.sdgs);
    this.favourites = filters.favourites;
  }

  /** Follows the URL hash: a session deep link always; the `#aict:` view only with `sync-hash`. */
  private readHash(initial: boolean): void {
    const programme = this.programme;
    if (!programme) return;
    const parsed = parseHash(location.hash, (id) => programme.sessionsById.has(id));
    this.followingHash = true;
    // Even when nothing changes, the next update must clear `followingHash`.
    this.requestUpdate();
    if (parsed.type === 'session') {
      this.openSession(parsed.id);
    } else if (this.syncHash) {
      const target = parsed.type === 'view' ? parsed.state : initial ? undefined : this.initialView;
      if (target) {
        this.applyFilters(target);
        this.day = target.day ?? null;
        this.view = target.view ?? 'list';
        // Back from a session link closes it.
        if (!initial) this.expanded = new Set();
      }
    }
  }

  private writeHash(changed: PropertyValues<this>): void {
    if (!this.syncHash) return;
    const watched = ['day', 'view', 'query', 'theme', 'kind', 'room', 'sdg', 'favourites'] as const;
    if (!watched.some((name) => changed.has(name))) return;
    const hash = formatViewHash(this.viewState());
    // An empty view only clears our own form of hash, never the host page's anchor.
    if (hash || location.hash.startsWith(`#${HASH_PREFIX}`)) this.replaceHash(hash);
  }

  private replaceHash(hash: string): void {
    if (hash === location.hash || (!hash && !location.hash)) return;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  private toggleFavourite(session: Session): void {
    if (!this.store) return;
    this.unstarred = this.store.has(session.id) ? session.id : undefined;
    this.store.toggle(session.id);
  }

  private toggleExpanded(session: Session): void {
    const next = new Set(this.expanded);
    const open = !next.has(session.id);
    // A session without a link to follow (no `session-href`, no `url` in the feed) is selected
    // by opening it: the page hears of it, and may show the session its own way instead.
    if (open && !this.sessionLink(session) && !this.sessionSelected(session)) return;
    if (open) next.add(session.id);
    else next.delete(session.id);
    this.expanded = next;
    if (!this.syncHash) return;
    // Opening pushes a history entry (back closes it); closing returns to the view's hash.
    if (open) history.pushState(history.state, '', formatSessionHash(session.id));
    else if (location.hash === formatSessionHash(session.id)) this.replaceHash(formatViewHash(this.viewState()));
  }

  // ---- incremental rendering ----------------------------------------------------------------

  private scheduleChunk(): void {
    const programme = this.programme;
    if (this.cancelSlice || !programme) return;
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
        else this.scheduleChunk();
      });
    }
  }

  /** Renders as many more sessions as fit in one slice, and learns what a card costs. */
  private renderSlice(): void {
    if (!this.facetValues) {
      // The filters' values and counts come first, in a slice of their own: with cards, on a
      // cold page, that slice could pass 50 ms.
      this.facetValues = true;
      this.requestUpdate();
      this.performUpdate();
      return;
    }
    const started = performance.now();
    const step = Math.max(MIN_SLICE, Math.min(400, Math.floor(SLICE_MS / this.msPerCard)));
    this.limit += step;
    this.requestUpdate();
    // Synchronously, to measure it (the update schedules the next slice).
    this.performUpdate();
    const perCard = (performance.now() - started) / step;
    this.msPerCard = Math.max(0.02, (this.msPerCard + perCard) / 2);
  }

  private cancelChunk(): void {
    this.cancelSlice?.();
    this.cancelSlice = undefined;
  }

  /** Before printing, the whole selected day (and what else prints) must be in the page. */
  private renderEverything(): void {
    this.cancelChunk();
    this.limit = Number.POSITIVE_INFINITY;
    this.requestUpdate();
    // Synchronously: the browser prints right after this event.
    this.performUpdate();
  }

  private applyFocus(): void {
    const target = this.focusTarget;
    if (!target) return;
    const session = this.programme?.sessionsById.get(target.id);
    const selector = session ? `#s-${session.index}` : target.star && '#empty-message';
    const card = selector && this.renderRoot.querySelector<HTMLElement>(selector);
    if (!card) return;
    this.focusTarget = undefined;
    if (target.star) return (card.querySelector<HTMLElement>('[part~="favourite"]') ?? card).focus();
    card.focus({ preventScroll: true });
    if (target.scroll) card.scrollIntoView({ block: 'start' });
  }

  /**
   * With « my programme » on, a star turned off takes its card out of the list. Cards are
   * rendered by position, so the focused star would silently become the next session's (and
   * Space would take that one out too): the focus goes to the star of the card that takes the
   * place, else of the card before, else to the "no session matches" line; and the status line
   * says what left and where the visitor now is. Runs as the favourites change (here, in
   * another programme or another tab), before the list is rendered again.
   */
  private favouritesChanged(): void {
    this.favouritesVersion++;
    const unstarred = this.unstarred;
    this.unstarred = this.removal = undefined;
    const programme = this.programme;
    if (!this.favourites || !programme) return;
    // Cards are `#s-<feed index>`.
    const sessionOf = (card?: Element | null) => {
      const index = card ? Number(card.id.slice(2)) : -1;
      return programme.sessions.find((s) => s.index === index);
    };
    const left = (s?: Session): s is Session => !!s && !this.isFavourite(s.id);
    // The DOM still shows the card that leaves.
    const card = (this.renderRoot as ShadowRoot).activeElement?.closest('[part~="card"]');
    const focused = sessionOf(card);
    const removed = [programme.sessionsById.get(unstarred ?? ''), focused].find(left);
    if (!removed || !left(focused)) {
      this.removal = removed && { removed };
      return;
    }
    // The card after it moves up into its place; the last card's place goes to the one before.
    const cards = [...this.renderRoot.querySelectorAll('[part~="card"]')];
    const i = cards.indexOf(card!);
    const now = sessionOf(cards[i + 1] ?? cards[i - 1]);
    this.focusTarget = { id: now?.id ?? '', scroll: false, star: true };
    this.removal = { removed, now };
  }

  private removalText(programme: Programme): TemplateResult | typeof nothing {
    if (!this.removal) return nothing;
    const removed = this.text(programme, this.removal.removed.title)?.text ?? '';
    const now = this.removal.now && (this.text(programme, this.removal.now.title)?.text ?? '');
    return html`<span class="visually-hidden"
      >${msg(str`“${removed}” removed from My programme.`)} ${now ? msg(str`You are now on “${now}”.`) : ''}
    </span>`;
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override renderReady(programme: Programme): TemplateResult {
    const zone = this.zone(programme);
    const days = sessionsByDay(programme, zone.zone);
    const dayKeys = [...days.keys()];
    const now = this.currentTime;
    const selected = this.day && days.has(this.day) ? this.day : defaultDay(dayKeys, programme.event, zone.zone, now);
    const filters = this.filters;
    const filtering = hasFilters(filters);
    void this.favouritesVersion;
    const matches = matcher(programme, filters, (id) => this.isFavourite(id));
    const daySessions = (selected && days.get(selected)) || [];
    const visible = filtering ? daySessions.filter((s) => matches(s)) : daySessions;

    // A new day, filter or view starts again from the first chunk. A favourite toggled does not
    // (only its card and the counts change): the cards below the first screenful stay, and so do
    // the visitor's scroll position and focus.
    const key = `${selected}|${this.view}|${JSON.stringify(filters)}|${zone.zone}`;
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      this.cancelChunk();
      const first = this.screenful();
      this.limit = this.firstScreen = visible.length - first < MIN_SLICE ? visible.length : first;
      this.removal = undefined;
    }
    this.limit = Math.max(this.limit, this.focusIndex(visible));
    this.visibleCount = visible.length;
    // A day longer than a screenful renders in slices; the facets' values and counts (in closed
    // <details>: a third of a first screenful's elements) are the first slice (`renderSlice`).
    if (this.limit > this.firstScreen || visible.length <= this.limit) this.facetValues = true;
    const today = toEventLocalDate(now, zone.zone);
    const live = days.has(today) ? nowAndNext(visible, now) : undefined;
    const shown = visible.slice(0, this.limit);
    // Printing "my programme" prints every favourite, day by day, around the selected day's.
    const printDays = this.print.printing && filters.favourites ? otherDays(days, selected, matches) : [];
    const skipSelected = printDays.length > 0 && !visible.length;

    // The cards' buttons are named by reference (`aria-labelledby`): the session's title is laid
    // out once, not three times (twice in visually hidden text), in the first screenful's frame.
    return html`<div class="programme">
      <span id="fav-label" hidden>${msg('My programme:')}</span>
      ${guard([programme, key, this.ui, this.contentLang, this.store?.size, Math.floor(now / 60_000), this.facetValues], () =>
        this.renderFilters(programme, daySessions, matches, filters),
      )}
      ${guard([programme, key, this.ui, today, this.favouritesVersion], () => this.renderTabs(programme, days, selected, filtering ? matches : undefined, today))}
      <p class="count" role="status">${this.removalText(programme)}${this.countText(visible.length, daySessions.length, filtering)}</p>
      <div
        class="panel"
        role=${dayKeys.length ? 'tabpanel' : nothing}
        id="panel"
        aria-labelledby=${selected ? `tab-${selected}` : nothing}
        tabindex=${dayKeys.length ? '0' : nothing}
      >
        ${printDays.filter(([day]) => day < selected!).map(([day, list]) => this.renderDay(programme, zone, day, list))}
        ${selected && !skipSelected ? heading(this.level, this.dayName(selected, programme, zone), '', 'day') : nothing}
        ${skipSelected
          ? nothing
          : visible.length === 0
            ? this.renderEmpty(programme, days, matches, filtering, selected)
            : this.view === 'grid' && !this.print.printing
              ? this.renderGrid(programme, zone, visible, shown, live)
              : this.renderList(programme, zone, shown, live)}
        ${printDays.filter(([day]) => day > selected!).map(([day, list]) => this.renderDay(programme, zone, day, list))}
      </div>
    </div>`;
  }

  /** How many sessions must be rendered for a pending focus target to exist. */
  private timeRanges = new Map<string, string>();

  /** Formatting is the costly part of a card: each distinct range is formatted once. */
  private timeRange(start: number, end: number, zone: string): string {
    const key = `${start}|${end}|${zone}|${this.ui}`;
    let text = this.timeRanges.get(key);
    if (text === undefined) {
      if (this.timeRanges.size > 5000) this.timeRanges.clear();
      this.timeRanges.set(key, (text = formatTimeRange(start, end, zone, this.ui)));
    }
    return text;
  }

  private time(instant: number, zone: string): string {
    const key = `${instant}|${zone}|${this.ui}`;
    let text = this.timeRanges.get(key);
    if (text === undefined) this.timeRanges.set(key, (text = formatTime(instant, zone, this.ui)));
    return text;
  }

  private focusIndex(visible: readonly Session[]): number {
    const id = this.focusTarget?.id;
    if (!id) return 0;
    const i = visible.findIndex((s) => s.id === id);
    return i < 0 ? 0 : i + this.firstScreen;
  }

  /** A first screenful for the current view (see `screenful`). */
  private screenful(): number {
    // Measured again only after a resize (the observer forgets it). Measuring lays out what is
    // pending, which the next frame would have done anyway.
    this.box ??= { width: this.getBoundingClientRect().width, em: parseFloat(getComputedStyle(this).fontSize) || 16 };
    return screenful(this.box.width, this.box.em, window.innerHeight, this.view === 'grid' && !this.print.printing);
  }

  private dayName(day: string, programme: Programme, zone: ResolvedTimeZone): string {
    const year = programme.event.startDate?.slice(0, 4);
    if (!year || day.startsWith(year)) return formatDay(day, this.ui);
    // A day outside the event's year (a misdated session) says its year.
    const noon = eventLocalToInstant(`${day}T12:00`, zone.zone);
    return noon === undefined ? day : formatDate(noon, zone.zone, this.ui);
  }

  private countText(shown: number, total: number, filtering: boolean): string {
    if (!filtering) return shown === 1 ? msg('1 session') : msg(str`${shown} sessions`);
    return shown === 1 ? msg(str`1 session of ${total}`) : msg(str`${shown} sessions of ${total}`);
  }

  // ---- filters ------------------------------------------------------------------------------

  private renderFilters(programme: Programme, daySessions: readonly Session[], matches: Matcher, filters: Filters): TemplateResult {
    const favouriteCount = this.store?.size ?? 0;
    const filtering = hasFilters(filters);
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Programme filters')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="search">
        <label for="query">${msg('Search the programme')}</label>
        <input
          id="query"
          type="search"
          autocomplete="off"
          .value=${filters.query}
          placeholder=${msg('Title, speaker, organisation, theme…')}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value || null)}
        />
      </div>
      <div class="facets">
        ${this.renderFacet(programme, 'themes', msg('Themes'), daySessions, matches, filters)}
        ${this.renderFacet(programme, 'kinds', msg('Formats'), daySessions, matches, filters)}
        ${this.renderFacet(programme, 'rooms', msg('Rooms'), daySessions, matches, filters)}
        ${this.renderFacet(programme, 'sdgs', msg('SDGs'), daySessions, matches, filters)}
      </div>
      <div class="actions">
        <button type="button" class="toggle" part="my-programme" aria-pressed=${String(filters.favourites)} @click=${() => (this.favourites = !this.favourites)}>
          ${starIcon}<span>${msg('My programme')}</span> <span class="badge">${favouriteCount}</span>
        </button>
        <div class="views" role="group" aria-label=${msg('Layout')}>
          <button type="button" aria-pressed=${String(this.view !== 'grid')} @click=${() => (this.view = 'list')}>${msg('List')}</button>
          <button type="button" aria-pressed=${String(this.view === 'grid')} @click=${() => (this.view = 'grid')}>${msg('Grid')}</button>
        </div>
        ${this.renderNowButton(programme)}
        ${favouriteCount > 0
          ? html`<button type="button" part="calendar" class="export" @click=${() => this.exportFavourites(programme)}>
              ${calendarIcon}${msg('Export my programme (.ics)')}
            </button>`
          : nothing}
        ${filtering ? html`<button type="button" class="reset" @click=${() => this.resetFilters()}>${msg('Reset filters')}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderFacet(
    programme: Programme,
    dimension: Dimension,
    legend: string,
    daySessions: readonly Session[],
    matches: Matcher,
    filters: Filters,
  ): TemplateResult | typeof nothing {
    const options = this.facetOptions(programme, dimension);
    if (options.length === 0) return nothing;
    const counts = this.facetValues && countBy(daySessions, dimension, matches);
    const chosen = new Set<string | number>(filters[dimension]);
    // Until its values come, the <details> is there (and stays open if the visitor opened it).
    return html`<details class="facet">
      <summary>${legend}${chosen.size ? html` <span class="badge">${chosen.size}</span>` : nothing}</summary>
      ${counts
        ? html`<fieldset>
            <legend class="visually-hidden">${legend}</legend>
            ${options.map(({ value, label }) => {
              const count = counts.get(value) ?? 0;
              const checked = chosen.has(value);
              return html`<label class="option ${count === 0 && !checked ? 'none' : ''}">
                <input
                  type="checkbox"
                  name=${dimension}
                  .checked=${checked}
                  value=${String(value)}
                  @change=${(e: Event) => this.toggleValue(dimension, value, (e.target as HTMLInputElement).checked)}
                />
                <span>${label}</span> <span class="n">(${count})</span>
              </label>`;
            })}
          </fieldset>`
        : nothing}
    </details>`;
  }

  private facetOptions(programme: Programme, dimension: Dimension): { value: string | number; label: unknown }[] {
    switch (dimension) {
      case 'themes':
        return [...programme.themes.values()].map((t) => ({ value: t.id, label: this.renderText(programme, t.name) }));
      case 'kinds':
        return kindsPresent(programme.sessions, SESSION_KINDS).map((k) => ({ value: k, label: kindName(k) }));
      case 'rooms': {
        const rooms = [...programme.rooms.values()].map((r) => ({
          value: r.id,
          label: r.name ? this.renderText(programme, r.name) : msg('Room to be confirmed'),
        }));
        if (programme.sessions.some((s) => !s.room)) rooms.push({ value: NO_ROOM, label: msg('Room to be confirmed') });
        return rooms;
      }
      case 'sdgs': {
        const present = new Set(programme.sessions.flatMap((s) => s.sdgs));
        return [...present].sort((a, b) => a - b).map((n) => ({ value: n, label: `${n}. ${sdgName(n, this.ui) ?? ''}` }));
      }
    }
  }

  private toggleValue(dimension: Dimension, value: string | number, on: boolean): void {
    const current = this.filters[dimension] as readonly (string | number)[];
    const next = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
    const text = next.length ? next.join(',') : null;
    if (dimension === 'themes') this.theme = text;
    else if (dimension === 'kinds') this.kind = text;
    else if (dimension === 'rooms') this.room = text;
    else this.sdg = text;
  }

  private resetFilters(): void {
    this.applyFilters(NO_FILTERS);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  }

  private renderNowButton(programme: Programme): TemplateResult | typeof nothing {
    const zone = this.zone(programme);
    const now = this.currentTime;
    const today = toEventLocalDate(now, zone.zone);
    const sessions = sessionsByDay(programme, zone.zone).get(today);
    if (!sessions || !sessions.some((s) => s.end > now)) return nothing;
    return html`<button type="button" class="jump" @click=${() => this.jumpToNow()}>${clockIcon}${msg('Now and next')}</button>`;
  }

  /** Shows today and moves to what runs now, else what comes next. */
  jumpToNow(): void {
    const programme = this.programme;
    if (!programme) return;
    const zone = this.zone(programme).zone;
    const now = this.currentTime;
    const today = sessionsByDay(programme, zone).get(toEventLocalDate(now, zone)) ?? [];
    const matches = matcher(programme, this.filters, (id) => this.isFavourite(id));
    const candidates = today.filter((s) => matches(s));
    const { current, next } = nowAndNext(candidates, now);
    const target = candidates.find((s) => current.has(s.id)) ?? candidates.find((s) => next.has(s.id));
    this.day = toEventLocalDate(now, zone);
    if (target) this.focusTarget = { id: target.id, scroll: true };
  }

  private exportFavourites(programme: Programme): void {
    const sessions = programme.sessions.filter((s) => this.isFavourite(s.id));
    if (!sessions.length) return;
    const text = buildCalendar(programme, sessions, { lang: this.ui });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = calendarFileName(`${programme.event.id}-favourites`);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---- days ---------------------------------------------------------------------------------

  private renderTabs(
    programme: Programme,
    days: ReadonlyMap<string, readonly Session[]>,
    selected: string | undefined,
    matches: Matcher | undefined,
    today: string,
  ): TemplateResult | typeof nothing {
    if (days.size === 0) return nothing;
    const zone = this.zone(programme);
    return html`<div class="tabs" role="tablist" part="tabs" aria-label=${msg('Days')} @keydown=${this.onTabKey}>
      ${[...days].map(([day, sessions]) => {
        const isSelected = day === selected;
        const count = matches ? sessions.filter((s) => matches(s)).length : undefined;
        return html`<button
          type="button"
          role="tab"
          part="tab"
          id="tab-${day}"
          data-day=${day}
          aria-selected=${String(isSelected)}
          aria-controls="panel"
          tabindex=${isSelected ? '0' : '-1'}
          @click=${() => (this.day = day)}
        >
          <span>${this.dayName(day, programme, zone)}</span>${day === today ? html` <span class="today">${msg('today')}</span>` : nothing}${count !== undefined
            ? html` <span class="badge" aria-label=${msg(str`${count} matching`)}>${count}</span>`
            : nothing}
        </button>`;
      })}
    </div>`;
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = tabs.findIndex((t) => t === (this.renderRoot as ShadowRoot).activeElement);
    if (index < 0) return;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const target = tabs[(moves[event.key]! + tabs.length) % tabs.length]!;
    this.day = target.dataset.day ?? null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${target.dataset.day}`)?.focus());
  };

  // ---- list ---------------------------------------------------------------------------------

  /** Another day's sessions under its heading (printing "my programme"). */
  private renderDay(programme: Programme, zone: ResolvedTimeZone, day: string, sessions: readonly Session[]): TemplateResult {
    return html`${heading(this.level, this.dayName(day, programme, zone), '', 'day')}${this.renderList(programme, zone, sessions, undefined)}`;
  }

  private renderList(programme: Programme, zone: ResolvedTimeZone, shown: readonly Session[], live: NowState | undefined): TemplateResult {
    const level = subLevel(this.level);
    return html`<div part="list" class="list">
      ${sectionsOf(programme, shown).map((section) => {
        const slotLevel: HeadingLevel = section.block ? subLevel(level) : level;
        // By position, not keyed: a new day or filter updates the cards in place rather than
        // moving and recreating them, and `guard` skips the cards that did not change (the
        // `repeat` directive also cost ~0.9 KB gzip).
        const slots = section.slots.map(
          (slot) => html`<section class="slot ${slot.sessions.some((s) => live?.current.has(s.id)) ? 'now' : ''}">
            ${heading(slotLevel, html`<time datetime=${new Date(slot.start).toISOString()}>${this.time(slot.start, zone.zone)}</time>${this.zoneNote(zone, slot.start)}`, '', 'time')}
            <ul class="items" role="list">
              ${slot.sessions.map((s) => html`<li part="item" class="item">${this.renderCard(programme, zone, s, live)}</li>`)}
            </ul>
          </section>`,
        );
        if (!section.block) return slots;
        const block = section.block;
        const title = this.text(programme, block.title);
        const range = html`${this.timeRange(block.start, block.end, zone.zone)}${this.zoneNote(zone, block.start)}`;
        return html`<section class="block">
          ${heading(level, html`${title ? html`${this.renderText(programme, block.title)} <span class="range">${range}</span>` : range}`, '', 'block')}
          ${slots}
        </section>`;
      })}
    </div>`;
  }

  private zoneNote(zone: ResolvedTimeZone, instant: number): TemplateResult | typeof nothing {
    if (zone.isEventZone) return nothing;
    return html` <span class="zone">(${zoneLabel(zone.zone, instant, this.ui, { isLocal: zone.isLocal })})</span>`;
  }

  // ---- grid ---------------------------------------------------------------------------------

  private renderGrid(
    programme: Programme,
    zone: ResolvedTimeZone,
    visible: readonly Session[],
    shown: readonly Session[],
    live: NowState | undefined,
  ): TemplateResult {
    const grid = gridOf(programme, visible);
    // The list says the zone in its time headings; the grid has none a reader can reach (and
    // hides its time column on narrow screens): one line above it says it for every time.
    const zoneLine =
      zone.isEventZone || !grid.times.length
        ? nothing
        : html`<p class="zone-line">${msg(str`Times: ${zoneLabel(zone.zone, grid.times[0]!, this.ui, { isLocal: zone.isLocal })}`)}</p>`;
    return html`${zoneLine}<div class="grid-scroll" role="region" aria-label=${msg('Programme grid')} tabindex="0">
      <div class="grid" part="list" ${cssProps({ '--_cols': String(grid.width), '--_rows': String(Math.max(1, grid.times.length - 1)) })}>
        <div class="corner" aria-hidden="true"></div>
        ${grid.columns.map((id, i) => {
          const room = programme.rooms.get(id);
          return html`<div class="room-head" aria-hidden="true" ${cssProps({ '--_col': grid.heads[i] })}>
            ${room?.name ? this.renderText(programme, room.name) : msg('Room to be confirmed')}
          </div>`;
        })}
        ${grid.times.slice(0, -1).map(
          (t, i) => html`<div class="time-head" aria-hidden="true" ${cssProps({ '--_row': String(i + 2) })}>${formatTime(t, zone.zone, this.ui)}</div>`,
        )}
        <ul class="items" role="list">
          ${shown.map((s) => {
            const place = grid.place(s);
            return html`<li part="item" class="item" ${cssProps({ '--_row': place.row, '--_col': place.column })}>
              ${this.renderCard(programme, zone, s, live)}
            </li>`;
          })}
        </ul>
      </div>
    </div>`;
  }

  // ---- empty --------------------------------------------------------------------------------

  private renderEmpty(
    _programme: Programme,
    days: ReadonlyMap<string, readonly Session[]>,
    matches: Matcher,
    filtering: boolean,
    selected: string | undefined,
  ): TemplateResult {
    if (!filtering) {
      return html`<p part="empty" class="empty">${days.size ? msg('No session on this day.') : msg('The programme has no sessions yet.')}</p>`;
    }
    let elsewhere = 0;
    for (const [day, sessions] of days) if (day !== selected) elsewhere += sessions.filter((s) => matches(s)).length;
    return html`<div part="empty" class="empty">
      <p id="empty-message" tabindex="-1"><strong>${msg('No session matches these filters.')}</strong></p>
      ${elsewhere
        ? html`<p>${elsewhere === 1 ? msg('One matching session on another day.') : msg(str`${elsewhere} matching sessions on other days.`)}</p>`
        : nothing}
      <p><button type="button" @click=${() => this.resetFilters()}>${msg('Reset filters')}</button></p>
    </div>`;
  }

  // ---- cards --------------------------------------------------------------------------------

  private renderCard(programme: Programme, zone: ResolvedTimeZone, session: Session, live: NowState | undefined): unknown {
    const favourite = this.isFavourite(session.id);
    const open = this.expanded.has(session.id);
    const mark = live?.current.has(session.id) ? 'now' : live?.next.has(session.id) ? 'next' : '';
    const link = this.sessionLink(session);
    return guard([session, favourite, open, mark, link, this.ui, this.contentLang, zone.zone, programme], () =>
      this.cardTemplate(programme, zone, session, favourite, open, mark, link),
    );
  }

  private cardTemplate(
    programme: Programme,
    zone: ResolvedTimeZone,
    session: Session,
    favourite: boolean,
    open: boolean,
    mark: string,
    link: string | undefined,
  ): TemplateResult {
    const n = session.index;
    const status = statusName(session.status);
    const room = session.room ? programme.rooms.get(session.room) : undefined;
    return html`<article
      part="card"
      class="card kind-${session.kind} status-${session.status} ${mark} ${favourite ? 'favourite' : ''}"
      id="s-${n}"
      tabindex="-1"
      aria-labelledby="t-${n}"
    >
      <div class="card-head">
        <p class="chips">
          ${this.renderKindChip(programme, session)}${status ? html` <span class="status">${status}</span>` : nothing}${mark === 'now'
            ? html` <span class="live">${msg('Now')}</span>`
            : mark === 'next'
              ? html` <span class="live next">${msg('Next')}</span>`
              : nothing}
        </p>
        <button
          type="button"
          class="fav"
          part="favourite"
          aria-pressed=${String(favourite)}
          aria-labelledby="fav-label t-${n}"
          @click=${() => this.toggleFavourite(session)}
        >
          ${starIcon}
        </button>
      </div>
      <p part="title" class="title" id="t-${n}">
        ${link
          ? html`<a href=${link} @click=${(e: Event) => this.selectSession(e, session)}>${this.renderText(programme, session.title)}</a>`
          : this.renderText(programme, session.title)}
      </p>
      <p part="meta" class="meta">
        <span class="when"
          >${clockIcon}<span class="visually-hidden">${msg('When:')} </span
          ><time datetime=${new Date(session.start).toISOString()}>${this.timeRange(session.start, session.end, zone.zone)}</time></span
        >
        <span class="where"
          >${pinIcon}<span class="visually-hidden">${msg('Room:')} </span>${room?.name
            ? this.renderText(programme, room.name)
            : html`<span class="tbc">${msg('Room to be confirmed')}</span>`}</span
        >
      </p>
      ${this.renderMainPeople(programme, session)} ${this.renderTags(programme, session)}
      <p class="card-actions">
        <button
          type="button"
          class="more"
          id="m-${n}"
          aria-labelledby="m-${n} t-${n}"
          aria-expanded=${String(open)}
          aria-controls="d-${n}"
          @click=${() => this.toggleExpanded(session)}
        >
          ${open ? msg('Fewer details') : msg('More details')}
        </button>
      </p>
      <div class="details" id="d-${n}" ?hidden=${!open}>${open ? this.renderDetails(programme, session, link) : nothing}</div>
    </article>`;
  }

  private renderMainPeople(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const names = mainPeople(programme, session);
    if (!names.length) return nothing;
    const more = names.length - MAIN_PEOPLE;
    return html`<p class="people" part="people">
      <span class="visually-hidden">${msg('With:')} </span>${names.slice(0, MAIN_PEOPLE).join(', ')}${more > 0
        ? html` <span class="more-people">${msg(str`+${more} more`)}</span>`
        : nothing}
    </p>`;
  }

  private renderTags(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const themes = session.themes.map((id) => programme.themes.get(id)).filter((t) => t !== undefined);
    if (!themes.length && !session.sdgs.length) return nothing;
    return html`<ul class="tags" role="list" aria-label=${msg('Themes')}>
      ${themes.map((theme) => {
        const colors = theme.color ? themeColors(theme.color) : undefined;
        return html`<li class="theme ${colors ? 'coloured' : ''}" ${cssProps({ '--_theme-bg': colors?.background, '--_theme-fg': colors?.text })}>
          ${this.renderText(programme, theme.name)}
        </li>`;
      })}
      ${session.sdgs.map((n) => {
        const colors = sdgBadgeColors(n);
        return html`<li class="sdg" ${cssProps({ '--_sdg-bg': colors.background, '--_sdg-fg': colors.text })}>
          <abbr title=${sdgName(n, this.ui) ?? ''}>${msg('SDG')} ${n}</abbr>
        </li>`;
      })}
    </ul>`;
  }

  private renderDetails(programme: Programme, session: Session, link: string | undefined): TemplateResult {
    const description = this.text(programme, session.description);
    const organizers = session.organizers.map((id) => programme.organizations.get(id)).filter((o) => o !== undefined);
    const groups = peopleGroups(programme, session);
    return html`${session.summary ? html`<p class="summary">${this.renderText(programme, session.summary)}</p>` : nothing}
      ${description
        ? html`<div class="description" lang=${description.lang === this.contentLang ? nothing : description.lang}>${sanitizedHtml(description.text)}</div>`
        : nothing}
      ${organizers.length
        ? html`<p><span class="label">${organizers.length > 1 ? msg('Organisers:') : msg('Organiser:')}</span> ${organizers
              .map((o) => (this.text(programme, o.name)?.text ?? '') + (o.shortName ? ` (${o.shortName})` : ''))
              .join(', ')}</p>`
        : nothing}
      ${groups.map(
        ({ group, roles, members }) =>
          html`<p class="label">${msg(str`${groupHeading(group, roles, members.length)}:`)}</p>
            <ul class="names">
              ${members.map(({ person }) => {
                const title = this.renderText(programme, person.title);
                return html`<li>${person.name}${title === nothing ? nothing : html`, ${title}`}</li>`;
              })}
            </ul>`,
      )}
      ${link
        ? html`<p><a class="details-link" href=${link} @click=${(e: Event) => this.selectSession(e, session)}>${msg('Read the details')}</a></p>`
        : nothing}`;
  }
}

/** A card's main people in role order, derived once per session (sessions belong to one programme). */
const mainPeopleOf = new WeakMap<Session, readonly string[]>();

function mainPeople(programme: Programme, session: Session): readonly string[] {
  let names = mainPeopleOf.get(session) as string[] | undefined;
  if (names) return names;
  names = [];
  for (const role of ROLES) {
    if (role === 'discussant' || role === 'rapporteur') continue;
    for (const p of session.participants) {
      if (p.role !== role) continue;
      const person = programme.people.get(p.person);
      if (person && !names.includes(person.name)) names.push(person.name);
    }
  }
  mainPeopleOf.set(session, names);
  return names;
}

/** Contrast computations for theme badges: a programme has a handful of theme colours. */
const themeColorCache = new Map<string, ReturnType<typeof readableBadgeColors>>();

function themeColors(color: string): ReturnType<typeof readableBadgeColors> {
  let colors = themeColorCache.get(color);
  if (colors === undefined) themeColorCache.set(color, (colors = readableBadgeColors(color)));
  return colors;
}

/** `inNextTask` once the next frame is painted (a hidden page, which paints nothing, waits until shown). */
function afterPaint(fn: () => void): () => void {
  let cancel = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => (cancel = inNextTask(fn)));
  return () => cancel();
}

declare global {
  interface HTMLElementTagNameMap {
    'aict-programme': AictProgramme;
  }
}
