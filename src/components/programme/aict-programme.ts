import { html, nothing, render, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { defaultDay, programmeDayOf, sessionsByDay } from '../../feed/days.js';
import type { Programme, Session } from '../../feed/model.js';
import { parseFeed } from '../../feed/parse.js';
import { eventLocalToInstant, formatDate, formatDay } from '../../i18n/format.js';
import { AictElement } from '../../shared/aict-element.js';
import { heading } from '../../shared/heading.js';
import { sessionPartsStyles } from '../../shared/session-parts.styles.js';
import { badgeStyles, hostStyles } from '../../shared/styles.js';
import { programmeStyles } from './aict-programme.styles.js';
import { ClockController } from './clock.js';
import { FavouritesController } from './favourites-focus.js';
import { warmUpStorage } from './favourites.js';
import { dimension, DIMENSIONS, FACET_CAP, filtersFrom, optionsOf, hasFilters, matcher, NO_FILTERS, type Dimension, type Filters } from './filters.js';
import { HashSyncController } from './hash-sync.js';
import type { ViewState } from './hash-state.js';
import { nowAndNext } from './layout.js';
import { otherDays, PrintController } from './print.js';
import { SliceController } from './slices.js';
import { OTHER_DATES, tabsOf } from './tabs.js';
import { TimeTexts } from './time-text.js';
import { warmUpFeed } from './warm-up-feed.js';
import type { ProgrammeActions, ProgrammeContext, ProgrammeView } from './views/context.js';
import { renderDayTabs } from './views/day-tabs.js';
import { renderEmpty } from './views/empty.js';
import { facetSearchCode, renderFilterBar } from './views/filter-bar.js';
import { GridFitController } from './grid-fit.js';
import { renderDay, renderList } from './views/list.js';
import { lazy } from '../../core/lazy.js';
import { sanitizerCode } from '../../shared/sanitizer-code.js';

// Loaded on first use, each a chunk of its own (see the README, "What loads when").
/** The grid view: with the first switch to it (or a programme that starts in it). */
const gridView = lazy(() => import('./views/grid.js'));
/** « Export my programme » and the calendar writer: on the first click. */
const favouritesExport = lazy(() => import('./export-favourites.js'));

export type { ProgrammeView } from './views/context.js';

/**
 * The whole programme: day tabs, blocks in time order, parallel sessions grouped by start time
 * as compact cards that expand; a room × time grid on wide screens (`view="grid"`); search and
 * filters kept in step with the attributes (and, with `sync-hash`, the URL hash); favourites
 * ("my programme") kept on the device and exported as .ics; "now" and "next" during the event.
 * Days are programme days: with the feed's `event.dayChange` ("04:00"), a session after midnight
 * stays on the evening's day, and `day` names that day.
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
  // Lit's reactive properties, declared without decorators (see `AictElement.properties`); their
  // documentation is on the fields below.
  static override properties: PropertyDeclarations = {
    day: { reflect: true },
    view: { reflect: true },
    query: { reflect: true },
    theme: { reflect: true },
    kind: { reflect: true },
    room: { reflect: true },
    sdg: { reflect: true },
    favourites: { type: Boolean, reflect: true },
    syncHash: { type: Boolean, attribute: 'sync-hash' },
    freezeClock: { type: Boolean, attribute: 'freeze-clock' },
    now: { attribute: false },
    expanded: { state: true, attribute: false },
    filterPanelOpen: { state: true, attribute: false },
    facetSearch: { state: true, attribute: false },
  };
  static override styles = [hostStyles, badgeStyles, sessionPartsStyles, programmeStyles];
  protected static override catalogue = 'programme' as const;

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
  day: string | null = null;

  /** `list` (default) or `grid` (rooms as columns on wide screens). */
  view: ProgrammeView = 'list';

  /** Text search over titles, labels, people, organisations and themes. */
  query: string | null = null;

  // The four filter dimensions: their attributes are `DIMENSIONS`' (filters.ts), which parses,
  // formats, counts and labels them.

  /** Comma-separated theme ids. */
  theme: string | null = null;

  /** Comma-separated session kinds (`workshop,conference`). */
  kind: string | null = null;

  /** Comma-separated room ids (`-` for "room to be confirmed"). */
  room: string | null = null;

  /** Comma-separated SDG numbers (1–17). */
  sdg: string | null = null;

  /** Show only the visitor's favourites ("my programme"). */
  favourites = false;

  /** Keep the view in the URL hash (`#aict:…`, `#aict=session-id`) so it can be shared; also follow old `#session-id` links. */
  syncHash = false;

  /**
   * "Now" and "next" are not updated every minute: they change only when the visitor acts (a
   * day, a filter, a click), for pages that must not change by themselves (WCAG 2.2.2).
   */
  freezeClock = false;

  /** The current time for "now" and "next" (epoch ms or Date); `null` uses `AictProgramme.clock`. */
  now: number | Date | null = null;

  private expanded: ReadonlySet<string> = new Set();
  private filterPanelOpen = false;
  private facetSearch: Partial<Record<Dimension, string>> = {};

  private readonly clock = new ClockController(this, () => this.now, () => AictProgramme.clock(), () => this.freezeClock);
  private readonly favs = new FavouritesController(this, {
    programme: () => this.programme,
    onlyFavourites: () => this.favourites,
  });
  private readonly hash = new HashSyncController(this, {
    programme: () => this.programme,
    syncHash: () => this.syncHash,
    viewState: () => this.viewState(),
    showView: (target, initial) => {
      this.applyFilters(target);
      this.day = target.day ?? null;
      this.view = target.view ?? 'list';
      // Back from a session link closes it.
      if (!initial) this.expanded = new Set();
    },
    openSession: (id) => this.openSession(id),
  });
  private readonly slices = new SliceController(this, () => {
    this.requestUpdate();
    this.performUpdate();
  });
  private readonly print = new PrintController(this, () => this.slices.renderAll());
  private readonly gridFit = new GridFitController(this);
  private readonly times = new TimeTexts();

  /** What the views call back: stable across renders (guarded cards keep their handlers). */
  private readonly actions: ProgrammeActions = {
    showDay: (day) => {
      this.day = day;
      return this.updateComplete;
    },
    setView: (view) => {
      // The list unfolds details in place, the grid in a dialog: a view starts with none open.
      if (view !== this.view) this.expanded = new Set();
      this.view = view;
    },
    setQuery: (query) => (this.query = query || null),
    toggleValue: (key, value, on) => this.toggleValue(key, value, on),
    toggleMyProgramme: () => (this.favourites = !this.favourites),
    resetFilters: () => this.resetFilters(),
    searchFacet: (key, text) => (this.facetSearch = { ...this.facetSearch, [key]: text }),
    toggleFilterPanel: (open) => (this.filterPanelOpen = open ?? !this.filterPanelOpen),
    jumpToNow: () => this.jumpToNow(),
    exportFavourites: () => {
      const programme = this.programme;
      const ui = this.ui;
      if (!programme) return;
      void (favouritesExport.ready() ?? Promise.resolve()).then(
        () => favouritesExport.module!.exportFavourites(programme, (id) => this.favs.has(id), ui, this.renderRoot),
        (error: unknown) => console.error('aict-widgets: the calendar file could not be made.', error),
      );
    },
    toggleFavourite: (session) => this.favs.toggle(session),
    toggleExpanded: (session) => this.toggleExpanded(session),
    selectSession: (event, session) => this.selectSession(event, session),
  };

  /** The filters as the attributes say. */
  get filters(): Filters {
    return filtersFrom(this.query, (attribute) => this[attribute], this.favourites);
  }

  /** Opens a session: its day, its card expanded, scrolled into view and focused. */
  openSession(id: string): boolean {
    const programme = this.programme;
    const session = programme?.sessionsById.get(id);
    if (!programme || !session) return false;
    const zone = this.zone(programme).zone;
    const date = programmeDayOf(session.start, zone, programme.event.dayChangeMinutes);
    const day = this.tabs(programme, zone).has(date) ? date : OTHER_DATES;
    if (!matcher(programme, this.filters, (s) => this.favs.has(s))(session)) this.applyFilters(NO_FILTERS);
    this.day = day;
    this.expanded = new Set([...this.expanded, id]);
    this.favs.focusTarget = { id, scroll: true };
    return true;
  }

  /** Shows today and moves to what runs now, else what comes next. */
  jumpToNow(): void {
    const programme = this.programme;
    if (!programme) return;
    const zone = this.zone(programme).zone;
    const now = this.clock.now;
    // Programme days: at 01:00 with a 04:00 day change, "today" is still the evening's day.
    const todayKey = programmeDayOf(now, zone, programme.event.dayChangeMinutes);
    const today = sessionsByDay(programme, zone).get(todayKey) ?? [];
    const matches = matcher(programme, this.filters, (id) => this.favs.has(id));
    const candidates = today.filter((s) => matches(s));
    const { current, next } = nowAndNext(candidates, now);
    const target = candidates.find((s) => current.has(s.id)) ?? candidates.find((s) => next.has(s.id));
    this.day = todayKey;
    if (target) this.favs.focusTarget = { id: target.id, scroll: true };
  }

  /** The day tabs: the event's days, then « Other dates » (see `tabs.ts`). */
  private tabs(programme: Programme, zone: string) {
    return tabsOf(sessionsByDay(programme, zone), programme.event);
  }

  private get programme(): Programme | undefined {
    return this.feed.status === 'ready' ? this.feed.programme : undefined;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.slices.deferFirst(this.programme, changed.size === 1 && changed.has('feed' as keyof AictProgramme))) return false;
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const programme = this.programme;
    if (!programme) return;
    this.favs.willUpdate(programme);
    this.hash.willUpdate(programme);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A card opened during an update (a deep link) before the sanitizer was loaded: render again with it.
    if (this.expanded.size && !sanitizerCode.module) sanitizerCode.ready()?.then(() => this.requestUpdate(), () => undefined);
    const programme = this.programme;
    if (!programme) return;
    this.hash.updated(changed);
    this.favs.applyFocus();
    this.slices.schedule(programme);
  }

  // ---- state changes ------------------------------------------------------------------------

  private viewState(): ViewState {
    return { ...this.filters, ...(this.day ? { day: this.day } : {}), view: this.view };
  }

  private applyFilters(filters: Filters): void {
    this.query = filters.query || null;
    for (const d of DIMENSIONS) this[d.attribute] = d.format(filters[d.key]);
    this.favourites = filters.favourites;
  }

  private toggleValue(key: Dimension, value: string | number, on: boolean): void {
    const d = dimension(key);
    const current = this.filters[key] as readonly (string | number)[];
    this[d.attribute] = d.format(on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value));
  }

  private resetFilters(): void {
    this.applyFilters(NO_FILTERS);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
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
    this.hash.sessionToggled(session.id, open);
  }

  // ---- rendering ----------------------------------------------------------------------------

  /** The render context of this update (see `views/context.ts`). */
  private context(programme: Programme, now: number, today: string, filters: Filters, view: ProgrammeView): ProgrammeContext {
    const zone = this.zone(programme);
    const ui = this.ui;
    return {
      programme,
      zone,
      ui,
      contentLang: this.contentLang,
      treeLang: this.treeLang,
      level: this.level,
      now,
      today,
      view,
      filters,
      favouriteCount: this.favs.size,
      facetValues: this.slices.facetValues,
      facetSearch: this.facetSearch,
      filterPanelOpen: this.filterPanelOpen,
      actions: this.actions,
      isFavourite: (id) => this.favs.has(id),
      isExpanded: (id) => this.expanded.has(id),
      sessionLink: (session) => this.sessionLink(session),
      sessionLinkRel: this.sessionLinkRel(),
      text: (value) => this.text(programme, value),
      renderText: (value) => this.renderText(programme, value),
      timeRange: (start, end) => this.times.range(start, end, zone.zone, ui),
      time: (instant) => this.times.time(instant, zone.zone, ui),
      dayName: (day) => {
        if (day === OTHER_DATES) return msg('Other dates');
        const year = programme.event.startDate?.slice(0, 4);
        if (!year || day.startsWith(year)) return formatDay(day, ui);
        // A day outside the event's year (a misdated session) says its year.
        const noon = eventLocalToInstant(`${day}T12:00`, zone.zone);
        return noon === undefined ? day : formatDate(noon, zone.zone, ui);
      },
    };
  }

  protected override codeForContent(): readonly (Promise<unknown> | undefined)[] {
    const programme = this.programme;
    // A filter with more values than it lists brings its search (views/facet-search.ts).
    const manyValues = programme && DIMENSIONS.some((d) => optionsOf(programme, d).length > FACET_CAP);
    return [
      this.view === 'grid' ? gridView.ready() : undefined,
      this.expanded.size ? sanitizerCode.ready() : undefined,
      manyValues ? facetSearchCode.ready() : undefined,
    ];
  }

  /** The grid view's code; until it is loaded (the view changed during an update) the list shows. */
  private gridCode(): typeof gridView.module {
    if (!gridView.module) gridView.ready()?.then(() => this.requestUpdate(), () => undefined);
    return gridView.module;
  }

  protected override renderReady(programme: Programme): TemplateResult {
    const zone = this.zone(programme);
    const days = this.tabs(programme, zone.zone);
    const dayKeys = [...days.keys()];
    const now = this.clock.now;
    const selected = this.day && days.has(this.day) ? this.day : defaultDay(dayKeys, programme.event, zone.zone, now);
    const filters = this.filters;
    const filtering = hasFilters(filters);
    const matches = matcher(programme, filters, (id) => this.favs.has(id));
    const daySessions = (selected && days.get(selected)) || [];
    const visible = filtering ? daySessions.filter((s) => matches(s)) : daySessions;

    const printing = this.print.printing;
    // The grid as chosen, unless printing (print shows the list) or too narrow (the list, said so);
    // « Other dates » are on several days: the list, which says each one's date.
    const narrow = this.view === 'grid' && !printing && !this.gridFit.fits;
    const view: ProgrammeView = this.view === 'grid' && !printing && !narrow && selected !== OTHER_DATES ? 'grid' : 'list';
    const key = `${selected}|${view}|${JSON.stringify(filters)}|${zone.zone}`;
    const focusId = this.favs.focusTarget?.id;
    const reveal = focusId ? visible.findIndex((s) => s.id === focusId) : -1;
    if (this.slices.plan(key, visible.length, view === 'grid', reveal)) this.favs.removal = undefined;
    const today = programmeDayOf(now, zone.zone, programme.event.dayChangeMinutes);
    const ctx = this.context(programme, now, today, filters, view);
    const live = days.has(today) ? nowAndNext(visible, now) : undefined;
    const shown = visible.slice(0, this.slices.limit);
    // Printing "my programme" prints every favourite, day by day, around the selected day's.
    const printDays = printing && filters.favourites ? otherDays(days, selected, matches) : [];
    const skipSelected = printDays.length > 0 && !visible.length;
    const version = this.favs.version;

    // The cards' buttons are named by reference (`aria-labelledby`): the session's title is laid
    // out once, not three times (twice in visually hidden text), in the first screenful's frame.
    return html`<div class="programme" lang=${this.rootLang ?? nothing}>
      <span id="fav-label" hidden>${msg('My programme:')}</span>
      ${guard(
        [programme, key, this.ui, this.contentLang, ctx.favouriteCount, Math.floor(now / 60_000), ctx.facetValues, ctx.filterPanelOpen, visible.length === 0, this.facetSearch, facetSearchCode.module],
        // The empty state has its own reset: the bar does not offer a second one.
        () => renderFilterBar(ctx, daySessions, matches, visible.length > 0),
      )}
      ${guard([programme, key, this.ui, today, version], () => renderDayTabs(ctx, days, selected, filtering ? matches : undefined))}
      <p class="count" role="status">${this.removalText(ctx)}${countText(visible.length, daySessions.length, filtering, this.ui)}</p>
      <div
        class="panel"
        role=${dayKeys.length ? 'tabpanel' : nothing}
        id="panel"
        aria-labelledby=${selected ? `tab-${selected}` : nothing}
        tabindex=${dayKeys.length ? '0' : nothing}
      >
        ${printDays.filter(([day]) => day < selected!).map(([day, list]) => renderDay(ctx, day, list))}
        ${selected && !skipSelected ? heading(this.level, ctx.dayName(selected), '', 'day') : nothing}
        ${skipSelected
          ? nothing
          : visible.length === 0
            ? renderEmpty(ctx, days, matches, filtering, selected)
            : view === 'grid' && this.gridCode()
              ? this.gridCode()!.renderGrid(ctx, visible, shown, live)
              : html`${narrow ? (this.gridCode()?.renderNarrowNote() ?? nothing) : nothing}${renderList(ctx, shown, live, selected === OTHER_DATES)}`}
        ${printDays.filter(([day]) => day > selected!).map(([day, list]) => renderDay(ctx, day, list))}
      </div>
    </div>`;
  }

  private removalText(ctx: ProgrammeContext): TemplateResult | typeof nothing {
    const removal = this.favs.removal;
    if (!removal) return nothing;
    const removed = ctx.text(removal.removed.title)?.text ?? '';
    const now = removal.now && (ctx.text(removal.now.title)?.text ?? '');
    return html`<span class="visually-hidden"
      >${msg(str`“${removed}” removed from My programme.`)} ${now ? msg(str`You are now on “${now}”.`) : ''}
    </span>`;
  }
}

/** « 0 session », « 1 session », « 2 sessions »: French takes the singular for 0 and 1. */
function countText(shown: number, total: number, filtering: boolean, ui: string): string {
  const one = new Intl.PluralRules(ui).select(shown) === 'one';
  if (!filtering) return one ? msg(str`${shown} session`) : msg(str`${shown} sessions`);
  return one ? msg(str`${shown} session of ${total}`) : msg(str`${shown} sessions of ${total}`);
}

declare global {
  interface HTMLElementTagNameMap {
    'aict-programme': AictProgramme;
  }
}
