/**
 * What `<aict-programme>`'s view functions draw from: one render context, built by the element
 * for each render. Views are functions of it (and of what they draw); they never reach into the
 * element. `actions` are the element's, stable across renders, so that a guarded card's handlers
 * stay valid.
 */
import type { TemplateResult, nothing } from 'lit';
import type { LanguageCode, LocalizedText, Programme, Session } from '../../../feed/model.js';
import type { ResolvedTimeZone, UiLanguage } from '../../../i18n/format.js';
import type { PickedText } from '../../../i18n/text.js';
import type { HeadingLevel } from '../../../shared/heading.js';
import type { PartsContext } from '../../../shared/session-parts.js';
import type { Dimension, Filters } from '../filters.js';

export type ProgrammeView = 'list' | 'grid';

export interface ProgrammeActions {
  showDay(day: string): Promise<unknown>;
  setView(view: ProgrammeView): void;
  setQuery(query: string): void;
  toggleValue(dimension: Dimension, value: string | number, on: boolean): void;
  toggleMyProgramme(): void;
  resetFilters(): void;
  /** Searches among a filter's values (a filter with more than `FACET_CAP`). */
  searchFacet(dimension: Dimension, text: string): void;
  /** Opens or closes the filter panel of a narrow element (« Filtres (n) »). */
  toggleFilterPanel(open?: boolean): void;
  jumpToNow(): void;
  exportFavourites(): void;
  toggleFavourite(session: Session): void;
  toggleExpanded(session: Session): void;
  /** Click handler of a session link (fires `aict-session-select`). */
  selectSession(event: Event, session: Session): void;
}

export interface ProgrammeContext extends PartsContext {
  readonly programme: Programme;
  readonly zone: ResolvedTimeZone;
  readonly ui: UiLanguage;
  readonly contentLang: LanguageCode;
  /** The language the element's boxes declare (text in another one is marked with its own). */
  readonly treeLang: LanguageCode;
  /** The element's top heading level. */
  readonly level: HeadingLevel;
  /** The current time (epoch ms) and its event-local day. */
  readonly now: number;
  readonly today: string;
  readonly view: ProgrammeView;
  readonly filters: Filters;
  /** How many favourites the visitor has. */
  readonly favouriteCount: number;
  /** The filter panel is open (it matters only where the filters fold into one button). */
  readonly filterPanelOpen: boolean;
  /** The text searched for in each filter's values. */
  readonly facetSearch: Readonly<Partial<Record<Dimension, string>>>;
  /** Whether the filter controls list their values (a slice of their own, see `SliceController`). */
  readonly facetValues: boolean;
  readonly actions: ProgrammeActions;
  isFavourite(id: string): boolean;
  isExpanded(id: string): boolean;
  sessionLink(session: Session): string | undefined;
  /** `rel` of session links (feed links get `nofollow ugc noopener`, the host's own none). */
  readonly sessionLinkRel: string | typeof nothing;
  text(value: LocalizedText | undefined): PickedText | undefined;
  /** Feed text as a node value, marked with its language when it is not the element's. */
  renderText(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  /** Formatted times (cached: formatting is the costly part of a card). */
  timeRange(start: number, end: number): string;
  time(instant: number): string;
  /** A day's name (with its year when it is not the event's). */
  dayName(day: string): string;
}
