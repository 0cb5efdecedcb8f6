/** What the panel says when the selected day shows no session. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import { DIMENSIONS, type Matcher } from '../filters.js';
import type { ProgrammeContext } from './context.js';

export function renderEmpty(
  ctx: ProgrammeContext,
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
    <p id="empty-message" tabindex="-1"><strong>${emptyMessage(ctx)}</strong></p>
    ${elsewhere
      ? html`<p>${elsewhere === 1 ? msg('One matching session on another day.') : msg(str`${elsewhere} matching sessions on other days.`)}</p>`
      : nothing}
    <p><button type="button" @click=${() => ctx.actions.resetFilters()}>${msg('Reset filters')}</button></p>
  </div>`;
}

/** The search repeats the visitor's words, so that a typo shows. */
function emptyMessage(ctx: ProgrammeContext): string {
  const { filters } = ctx;
  const query = filters.query.trim();
  if (!query) return msg('No session matches these filters.');
  const others = filters.favourites || DIMENSIONS.some((d) => filters[d.key].length > 0);
  return others ? msg(str`No session matches “${query}” with these filters.`) : msg(str`No session matches “${query}”.`);
}
