/** The grid view: rooms as columns, a proportional time axis as rows. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import { zoneLabel } from '../../../i18n/format.js';
import { cssProps } from '../../../shared/css-props.js';
import { roomToBeConfirmed } from '../../../shared/session-parts.js';
import { GRID_STEP_MINUTES, timeGridOf, type NowState } from '../layout.js';
import { renderCard } from './card.js';
import type { ProgrammeContext } from './context.js';

/** Height of one five-minute row: an hour is 7.2em, a 30-minute session 3.6em at least. */
const TICK_EM = 0.6;

export function renderGrid(ctx: ProgrammeContext, visible: readonly Session[], shown: readonly Session[], live: NowState | undefined): TemplateResult {
  const { programme, zone } = ctx;
  const grid = timeGridOf(programme, visible);
  // The list says the zone in its time headings; the grid has none a reader can reach: one line
  // above it says it for every time.
  const zoneLine =
    zone.isEventZone || !grid.times.length
      ? nothing
      : html`<p class="zone-line">${msg(str`Times: ${zoneLabel(zone.zone, grid.times[0]!, ctx.ui, { isLocal: zone.isLocal })}`)}</p>`;
  const tick = `${((TICK_EM * grid.step) / GRID_STEP_MINUTES).toFixed(3)}em`;
  // Cards in the order the eye reads the grid (row, then column): the Tab key follows it.
  return html`${zoneLine}<div class="grid-scroll" role="region" aria-label=${msg('Programme grid')} tabindex="0">
    <div class="grid" part="list" ${cssProps({ '--_cols': String(grid.width), '--_rows': String(grid.rows), '--_tick': tick })}>
      <div class="corner" aria-hidden="true"></div>
      ${grid.marks.map(
        (m) => html`<div class="rule ${m.hourOnly ? 'hour' : ''}" aria-hidden="true" ${cssProps({ '--_row': m.row })}></div>
          <div class="time-head ${m.hourOnly ? 'hour' : ''}" aria-hidden="true" ${cssProps({ '--_row': m.row })}>${ctx.time(m.time)}</div>`,
      )}
      ${grid.columns.map((id, i) => {
        const room = programme.rooms.get(id);
        return html`<div class="room-head" aria-hidden="true" ${cssProps({ '--_col': grid.heads[i] })}>
          ${room?.name ? ctx.renderText(room.name) : roomToBeConfirmed()}
        </div>`;
      })}
      <ul class="items" role="list">
        ${grid.order(shown).map((s) => {
          const place = grid.place(s);
          return html`<li part="item" class="item" ${cssProps({ '--_row': place.row, '--_col': place.column })}>
            ${renderCard(ctx, s, live)}
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}

/** Said above the list when the grid was chosen but the element is too narrow for it. */
export function renderNarrowNote(): TemplateResult {
  return html`<p class="grid-note" role="note">${msg('The grid needs a wider screen: the sessions are listed by time.')}</p>`;
}
