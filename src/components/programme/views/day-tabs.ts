/** The day tabs (a tab list: arrows, Home and End move between days). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import type { Matcher } from '../filters.js';
import type { ProgrammeContext } from './context.js';

export function renderDayTabs(
  ctx: ProgrammeContext,
  days: ReadonlyMap<string, readonly Session[]>,
  selected: string | undefined,
  matches: Matcher | undefined,
): TemplateResult | typeof nothing {
  if (days.size === 0) return nothing;
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${msg('Days')} @keydown=${(e: KeyboardEvent) => onTabKey(ctx, e)}>
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
        @click=${() => ctx.actions.showDay(day)}
      >
        <span>${ctx.dayName(day)}</span>${day === ctx.today ? html` <span class="today">${msg('today')}</span>` : nothing}${count !== undefined
          ? html` <span class="badge" aria-hidden="true">${count}</span><span class="visually-hidden"
                >${new Intl.PluralRules(ctx.ui).select(count) === 'one'
                  ? msg(str`${count} matching session`)
                  : msg(str`${count} matching sessions`)}</span
              >`
          : nothing}
      </button>`;
    })}
  </div>`;
}

function onTabKey(ctx: ProgrammeContext, event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const root = list.getRootNode() as ShadowRoot;
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const index = tabs.findIndex((t) => t === root.activeElement);
  if (index < 0) return;
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const target = tabs[(moves[event.key]! + tabs.length) % tabs.length]!;
  const day = target.dataset.day ?? '';
  void ctx.actions.showDay(day).then(() => root.querySelector<HTMLElement>(`#tab-${day}`)?.focus());
}
