/** The search and filter controls, the view switch, « my programme » and its export. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sessionsByDay } from '../../../feed/days.js';
import type { Session } from '../../../feed/model.js';
import { calendarIcon, clockIcon } from '../../../shared/icons.js';
import { lazy } from '../../../core/lazy.js';
import { countBy, DIMENSIONS, FACET_CAP, hasFilters, optionsOf, type DimensionSpec, type Matcher } from '../filters.js';
import { starIcon } from './card.js';
import type { ProgrammeContext } from './context.js';

/** A filter with more than `FACET_CAP` values: which it lists, and a search (a chunk of its own). */
export const facetSearchCode = lazy(() => import('./facet-search.js'));

/** `withReset`: whether the bar offers "Reset filters" (the empty state offers its own). */
export function renderFilterBar(ctx: ProgrammeContext, daySessions: readonly Session[], matches: Matcher, withReset = true): TemplateResult {
  const { filters, actions, favouriteCount } = ctx;
  const filtering = withReset && hasFilters(filters);
  // Values chosen across the dimensions: the folded filters' button says how many.
  const chosen = DIMENSIONS.reduce((n, d) => n + filters[d.key].length, 0);
  return html`<form class="filters" part="filters" role="search" aria-label=${msg('Programme filters')} @submit=${(e: Event) => e.preventDefault()}>
    <div class="search">
      <label for="query">${msg('Search the programme')}</label>
      <input
        id="query"
        type="search"
        autocomplete="off"
        .value=${filters.query}
        placeholder=${msg('Title, speaker, organisation, theme…')}
        @input=${(e: Event) => actions.setQuery((e.target as HTMLInputElement).value)}
      />
    </div>
    <button
      type="button"
      class="filter-toggle"
      aria-expanded=${String(ctx.filterPanelOpen)}
      aria-controls="facets"
      @click=${() => actions.toggleFilterPanel()}
    >
      ${filterIcon}${chosen ? msg(str`Filters (${chosen})`) : msg('Filters')}
    </button>
    <div
      class="facets ${ctx.filterPanelOpen ? 'open' : ''}"
      id="facets"
      @keydown=${(e: KeyboardEvent) => closeOnEscape(e, ctx)}
    >
      ${DIMENSIONS.map((d) => renderFacet(ctx, d, daySessions, matches))}
    </div>
    <div class="actions">
      <button type="button" class="toggle" part="my-programme" aria-pressed=${String(filters.favourites)} @click=${() => actions.toggleMyProgramme()}>
        ${starIcon}<span>${msg('My programme')}</span> <span class="badge">${favouriteCount}</span>
      </button>
      <div class="views" role="group" aria-label=${msg('Layout')}>
        <button type="button" aria-pressed=${String(ctx.view !== 'grid')} @click=${() => actions.setView('list')}>${msg('List')}</button>
        <button type="button" aria-pressed=${String(ctx.view === 'grid')} @click=${() => actions.setView('grid')}>${msg('Grid')}</button>
      </div>
      ${renderNowButton(ctx)}
      ${favouriteCount > 0
        ? html`<button type="button" part="calendar" class="export" @click=${() => actions.exportFavourites()}>
            ${calendarIcon}${msg('Export my programme (.ics)')}
          </button>`
        : nothing}
      ${filtering ? html`<button type="button" class="reset" @click=${() => actions.resetFilters()}>${msg('Reset filters')}</button>` : nothing}
    </div>
  </form>`;
}

function renderFacet(ctx: ProgrammeContext, dimension: DimensionSpec, daySessions: readonly Session[], matches: Matcher): TemplateResult | typeof nothing {
  const { programme, ui, filters } = ctx;
  const all = optionsOf(programme, dimension);
  const chosen = new Set<string | number>(filters[dimension.key]);
  if (all.length === 0 && chosen.size === 0) return nothing;
  const counts = ctx.facetValues && countBy(daySessions, dimension.key, matches);
  const legend = dimension.label();
  let shown: readonly (string | number)[] = [];
  let search: unknown = nothing;
  if (!counts) {
    // The values come in a slice of their own (see `SliceController`).
  } else if (all.length <= FACET_CAP) {
    // A chosen value the feed does not offer (an attribute, a shared link) is listed, to be unticked.
    shown = [...all, ...[...chosen].filter((v) => !all.includes(v))];
  } else if (facetSearchCode.module) {
    ({ shown, search } = facetSearchCode.module.cappedFacet(ctx, dimension, all, counts, chosen, legend));
  } else {
    // The search could not be loaded (offline): the first values, never all of them.
    shown = [...chosen, ...all.filter((v) => !chosen.has(v)).slice(0, FACET_CAP)];
  }
  // Until its values come, the <details> is there (and stays open if the visitor opened it).
  // One open at a time (`name`): an open list overlays the programme below, never pushes it.
  return html`<details class="facet" name="facet">
    <summary>${legend}${chosen.size ? html` <span class="badge">${chosen.size}</span>` : nothing}</summary>
    ${counts
      ? html`<fieldset>
          <legend class="visually-hidden">${legend}</legend>
          ${search}
          ${shown.map((value) => {
            const count = counts.get(value) ?? 0;
            const checked = chosen.has(value);
            const label = dimension.name(programme, value, ui);
            return html`<label class="option ${count === 0 && !checked ? 'none' : ''}">
              <input
                type="checkbox"
                name=${dimension.key}
                .checked=${checked}
                value=${String(value)}
                @change=${(e: Event) => ctx.actions.toggleValue(dimension.key, value, (e.target as HTMLInputElement).checked)}
              />
              <span>${typeof label === 'string' ? label : ctx.renderText(label)}</span> <span class="n">(${count})</span>
            </label>`;
          })}
        </fieldset>`
      : nothing}
  </details>`;
}

/** Escape closes the open filter list, else the folded filters' panel, and returns the focus. */
function closeOnEscape(event: KeyboardEvent, ctx: ProgrammeContext): void {
  if (event.key !== 'Escape') return;
  const facets = event.currentTarget as HTMLElement;
  const open = facets.querySelector<HTMLDetailsElement>('details[open]');
  if (open) {
    open.open = false;
    open.querySelector('summary')?.focus();
  } else if (ctx.filterPanelOpen) {
    ctx.actions.toggleFilterPanel(false);
    facets.parentElement?.querySelector<HTMLElement>('.filter-toggle')?.focus();
  } else return;
  event.preventDefault();
  event.stopPropagation();
}

/** Three lines narrowing down, for « Filtres ». */
const filterIcon = html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em"
  ><path d="M4 6h16M7 12h10M10 18h4" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none"
/></svg>`;

function renderNowButton(ctx: ProgrammeContext): TemplateResult | typeof nothing {
  const sessions = sessionsByDay(ctx.programme, ctx.zone.zone).get(ctx.today);
  if (!sessions || !sessions.some((s) => s.end > ctx.now)) return nothing;
  return html`<button type="button" class="jump" @click=${() => ctx.actions.jumpToNow()}>${clockIcon}${msg('Now and next')}</button>`;
}
