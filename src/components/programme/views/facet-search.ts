/**
 * A filter with more values than it lists at once (`FACET_CAP`: a feed may have 30,000 themes):
 * which values it lists, and a search among the others. Loaded on first use, by a programme
 * that has such a filter (`facetSearchCode`), so that the usual programme pays nothing for it.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Programme } from '../../../feed/model.js';
import { FACET_CAP, normalise, queryTerms, type DimensionSpec } from '../filters.js';
import type { ProgrammeContext } from './context.js';

type Value = string | number;

/**
 * The values a capped filter lists: the chosen values, then those that match its search
 * (every word in the value's name), the most used of the day first, `FACET_CAP` in all; and
 * the search field, which says how many it lists. A chosen value is always listed, also one
 * the feed does not offer (from an attribute or a shared link), so that it can be unticked.
 */
export function cappedFacet(
  ctx: ProgrammeContext,
  dimension: DimensionSpec,
  all: readonly Value[],
  counts: ReadonlyMap<Value, number>,
  chosen: ReadonlySet<Value>,
  legend: string,
): { shown: Value[]; search: TemplateResult } {
  const { programme, ui } = ctx;
  const text = ctx.facetSearch[dimension.key] ?? '';
  const terms = queryTerms(text);
  const nameOf = (value: Value) =>
    searchName(programme, `${dimension.key}\u0000${ui}\u0000${value}`, () => {
      const name = dimension.name(programme, value, ui);
      return typeof name === 'string' ? name : (ctx.text(name)?.text ?? String(value));
    });
  const matches = all.filter((v) => !chosen.has(v) && terms.every((t) => nameOf(v).includes(t)));
  const room = Math.max(0, FACET_CAP - chosen.size);
  // The most used first (a stable sort keeps the feed's order among equals).
  const top = matches.length > room ? [...matches].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)).slice(0, room) : matches;
  const shown = [...chosen, ...top];
  const number = new Intl.NumberFormat(ui);
  const listed = number.format(shown.length);
  const matching = number.format(terms.length ? matches.length : all.length);
  const id = `facet-search-${dimension.key}`;
  const search = html`<div class="facet-search">
    <style>
      .facet-search {
        column-span: all;
        margin-bottom: 0.4em;
      }
      .facet-search input {
        width: 100%;
        font: inherit;
        padding: 0.25em 0.5em;
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      .facet-search .n {
        margin: 0.2em 0 0;
        font-size: 0.875em;
        white-space: normal;
      }
    </style>
    <label for=${id} class="visually-hidden">${msg(str`Search in ${legend}`)}</label>
    <input
      id=${id}
      type="search"
      autocomplete="off"
      .value=${text}
      placeholder=${msg(str`Search in ${legend}`)}
      aria-describedby="${id}-n"
      @input=${(e: Event) => ctx.actions.searchFacet(dimension.key, (e.target as HTMLInputElement).value)}
    />
    <p class="n" id="${id}-n">${msg(str`${listed} of ${matching} listed, the most used first`)}</p>
  </div>`;
  return { shown, search };
}

const searchNames = new WeakMap<Programme, Map<string, string>>();

/** A value's name in search form (normalised), cached per programme, dimension and language. */
function searchName(programme: Programme, id: string, name: () => string): string {
  let cache = searchNames.get(programme);
  if (!cache) searchNames.set(programme, (cache = new Map()));
  let text = cache.get(id);
  if (text === undefined) cache.set(id, (text = normalise(name())));
  return text;
}
