/** The grid view: rooms as columns, time as rows. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import { formatTime, zoneLabel } from '../../../i18n/format.js';
import { cssProps } from '../../../shared/css-props.js';
import { roomToBeConfirmed } from '../../../shared/session-parts.js';
import { gridOf, type NowState } from '../layout.js';
import { renderCard } from './card.js';
import type { ProgrammeContext } from './context.js';

export function renderGrid(ctx: ProgrammeContext, visible: readonly Session[], shown: readonly Session[], live: NowState | undefined): TemplateResult {
  const { programme, zone } = ctx;
  const grid = gridOf(programme, visible);
  // The list says the zone in its time headings; the grid has none a reader can reach (and
  // hides its time column on narrow screens): one line above it says it for every time.
  const zoneLine =
    zone.isEventZone || !grid.times.length
      ? nothing
      : html`<p class="zone-line">${msg(str`Times: ${zoneLabel(zone.zone, grid.times[0]!, ctx.ui, { isLocal: zone.isLocal })}`)}</p>`;
  return html`${zoneLine}<div class="grid-scroll" role="region" aria-label=${msg('Programme grid')} tabindex="0">
    <div class="grid" part="list" ${cssProps({ '--_cols': String(grid.width), '--_rows': String(Math.max(1, grid.times.length - 1)) })}>
      <div class="corner" aria-hidden="true"></div>
      ${grid.columns.map((id, i) => {
        const room = programme.rooms.get(id);
        return html`<div class="room-head" aria-hidden="true" ${cssProps({ '--_col': grid.heads[i] })}>
          ${room?.name ? ctx.renderText(room.name) : roomToBeConfirmed()}
        </div>`;
      })}
      ${grid.times.slice(0, -1).map(
        (t, i) => html`<div class="time-head" aria-hidden="true" ${cssProps({ '--_row': String(i + 2) })}>${formatTime(t, zone.zone, ctx.ui)}</div>`,
      )}
      <ul class="items" role="list">
        ${shown.map((s) => {
          const place = grid.place(s);
          return html`<li part="item" class="item" ${cssProps({ '--_row': place.row, '--_col': place.column })}>
            ${renderCard(ctx, s, live)}
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}
