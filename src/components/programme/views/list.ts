/** The list view: a day's sessions by block and start time, as cards. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '../../../feed/model.js';
import { msg } from '@lit/localize';
import { formatDate, zoneLabel } from '../../../i18n/format.js';
import { heading, subLevel, type HeadingLevel } from '../../../shared/heading.js';
import { sectionsOf, type NowState } from '../layout.js';
import { OTHER_DATES } from '../tabs.js';
import { renderCard } from './card.js';
import type { ProgrammeContext } from './context.js';

/** The zone of a time, after it, when it is not the event's. */
export function zoneNote(ctx: ProgrammeContext, instant: number): TemplateResult | typeof nothing {
  const { zone } = ctx;
  if (zone.isEventZone) return nothing;
  return html` <span class="zone">(${zoneLabel(zone.zone, instant, ctx.ui, { isLocal: zone.isLocal })})</span>`;
}

/** Another day's sessions under its heading (printing "my programme"). */
export function renderDay(ctx: ProgrammeContext, day: string, sessions: readonly Session[]): TemplateResult {
  return html`${heading(ctx.level, ctx.dayName(day), '', 'day')}${renderList(ctx, sessions, undefined, day === OTHER_DATES)}`;
}

/**
 * The list of `shown` sessions. `otherDates`: they are « Other dates », outside the event's
 * days: a line says so, and each time heading says its date.
 */
export function renderList(ctx: ProgrammeContext, shown: readonly Session[], live: NowState | undefined, otherDates = false): TemplateResult {
  const level = subLevel(ctx.level);
  const when = (start: number) =>
    otherDates ? `${formatDate(start, ctx.zone.zone, ctx.ui)}, ${ctx.time(start)}` : ctx.time(start);
  return html`${otherDates ? html`<p class="other-dates">${msg('These sessions are dated outside the event’s days.')}</p>` : nothing}<div part="list" class="list">
    ${sectionsOf(ctx.programme, shown).map((section) => {
      const slotLevel: HeadingLevel = section.block ? subLevel(level) : level;
      // By position, not keyed: a new day or filter updates the cards in place rather than
      // moving and recreating them, and `guard` skips the cards that did not change (the
      // `repeat` directive also cost ~0.9 KB gzip).
      const slots = section.slots.map(
        (slot) => html`<section class="slot ${slot.sessions.some((s) => live?.current.has(s.id)) ? 'now' : ''}">
          ${heading(slotLevel, html`<time datetime=${new Date(slot.start).toISOString()}>${when(slot.start)}</time>${zoneNote(ctx, slot.start)}`, '', 'time')}
          <ul class="items" role="list">
            ${slot.sessions.map((s) => html`<li part="item" class="item ${ctx.isExpanded(s.id) ? 'open' : ''}">${renderCard(ctx, s, live, subLevel(slotLevel))}</li>`)}
          </ul>
        </section>`,
      );
      if (!section.block) return slots;
      const block = section.block;
      const title = ctx.text(block.title);
      const range = html`${ctx.timeRange(block.start, block.end)}${zoneNote(ctx, block.start)}`;
      return html`<section class="block">
        ${heading(level, html`${title ? html`${ctx.renderText(block.title)} <span class="range">${range}</span>` : range}`, '', 'block')}
        ${slots}
      </section>`;
    })}
  </div>`;
}
