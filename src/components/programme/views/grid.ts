/** The grid view: rooms as columns, a proportional time axis as rows. */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import { zoneLabel } from '../../../i18n/format.js';
import { cssProps } from '../../../shared/css-props.js';
import { heading, subLevel } from '../../../shared/heading.js';
import * as parts from '../../../shared/session-parts.js';
import { GRID_STEP_MINUTES, timeGridOf, type NowState } from '../layout.js';
import { renderCard, renderDetails } from './card.js';
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
          ${room?.name ? ctx.renderText(room.name) : parts.roomToBeConfirmed()}
        </div>`;
      })}
      <ul class="items" role="list">
        ${grid.order(shown).map((s) => {
          const place = grid.place(s);
          return html`<li part="item" class="item" ${cssProps({ '--_row': place.row, '--_col': place.column })}>
            ${renderCard(ctx, s, live, subLevel(ctx.level))}
          </li>`;
        })}
      </ul>
    </div>
  </div>${renderDialog(ctx, visible)}`;
}

/**
 * « More details » in the grid: a modal dialog over the page, as wide as reading needs (46em at
 * most), rather than the details unfolding inside a cell a few words wide. It is labelled by
 * the session's title; Escape or « Close » closes it, and the focus goes back to the button
 * that opened it. One at a time: the last session opened among those shown.
 */
function renderDialog(ctx: ProgrammeContext, visible: readonly Session[]): TemplateResult | typeof nothing {
  let session: Session | undefined;
  for (const s of visible) if (ctx.isExpanded(s.id)) session = s;
  if (!session) return nothing;
  const open = session;
  const n = open.index;
  const closed = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode();
    if (ctx.isExpanded(open.id)) ctx.actions.toggleExpanded(open);
    // The close event comes after the dialog may have left the tree (the view changed): then
    // there is no opener to go back to.
    if (root instanceof ShadowRoot) root.getElementById(`m-${n}`)?.focus();
  };
  return html`<dialog class="session-dialog" aria-labelledby="dt-${n}" ${ref(showModal)} @close=${closed}>
    <div class="dialog-head">
      ${parts.chips(ctx, open)}
      <button type="button" class="close" @click=${(e: Event) => (e.currentTarget as Element).closest('dialog')!.close()}>
        ${msg('Close')}
      </button>
    </div>
    <div class="dialog-title">${heading(subLevel(ctx.level), ctx.renderText(open.title), `dt-${n}`)}</div> ${parts.subtitle(ctx, open)}
    ${parts.metaLine(ctx, open, ctx.timeRange(open.start, open.end))}
    <div class="details">${renderDetails(ctx, open, ctx.sessionLink(open))}</div>
  </dialog>`;
}

/** Opens a dialog as modal once it is in the document (lit calls this before inserting it). */
function showModal(el?: Element): void {
  const dialog = el as HTMLDialogElement | undefined;
  if (dialog) queueMicrotask(() => dialog.isConnected && !dialog.open && dialog.showModal());
}

/** Said above the list when the grid was chosen but the element is too narrow for it. */
export function renderNarrowNote(): TemplateResult {
  return html`<p class="grid-note" role="note">${msg('The grid needs a wider screen: the sessions are listed by time.')}</p>`;
}
