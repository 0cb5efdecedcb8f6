/** A session's card in the programme's list and grid, with its details when opened. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@lit/localize';
import type { Session } from '../../../feed/model.js';
import { heading, type HeadingLevel } from '../../../shared/heading.js';
import * as parts from '../../../shared/session-parts.js';
import { sanitizerCode } from '../../../shared/sanitizer-code.js';
import { canBeFavourite } from '../favourites.js';
import type { NowState } from '../layout.js';
import type { ProgrammeContext } from './context.js';

/** People named on a compact card before "+N". */
const MAIN_PEOPLE = 3;

export const starIcon = html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em" fill="none"
  ><path
    d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linejoin="round"
  /></svg>`;

/** Whether a card has more to show than its compact face (else it offers no "More details"). */
export function hasDetails(session: Session): boolean {
  return !!session.summary || !!session.description || session.organizers.length > 0 || session.participants.length > 0;
}

/**
 * A click on a card outside its controls and links (not a text selection) does what its title
 * does: follows the session's link, else opens its details; modifier keys carry over, so a
 * Ctrl-click still opens a new tab.
 */
function onCardClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  const card = event.currentTarget as HTMLElement;
  const target = event.composedPath()[0] as Element;
  if (!(target instanceof Element) || target.closest('a, button, input, label, summary, .details')) return;
  if (String(window.getSelection?.() ?? '')) return;
  const goal = card.querySelector<HTMLElement>('.title a, .title button') ?? card.querySelector<HTMLElement>('button.more');
  if (!goal) return;
  const { ctrlKey, metaKey, shiftKey, altKey } = event;
  goal.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey, metaKey, shiftKey, altKey }));
}

/**
 * A session's card, guarded: it is drawn again only when something it shows changed. Its title
 * is a heading at `level`, one below the heading it sits under (the start time in the list).
 */
export function renderCard(ctx: ProgrammeContext, session: Session, live: NowState | undefined, level: HeadingLevel): unknown {
  const favourite = ctx.isFavourite(session.id);
  const open = ctx.isExpanded(session.id);
  const mark = live?.current.has(session.id) ? 'now' : live?.next.has(session.id) ? 'next' : '';
  const link = ctx.sessionLink(session);
  // The sanitizer's arrival (it loads with the first card opened) renders an open card again.
  return guard([session, favourite, open, mark, link, ctx.ui, ctx.contentLang, ctx.zone.zone, ctx.programme, sanitizerCode.module, level], () =>
    cardTemplate(ctx, session, favourite, open, mark, link, level),
  );
}

function cardTemplate(
  ctx: ProgrammeContext,
  session: Session,
  favourite: boolean,
  open: boolean,
  mark: string,
  link: string | undefined,
  level: HeadingLevel,
): TemplateResult {
  const { actions } = ctx;
  const n = session.index;
  const more = hasDetails(session);
  const star = canBeFavourite(session);
  // A session with no link and nothing more to show is still selected by its title (a button
  // that fires `aict-session-select`: the page may show the session its own way).
  const selectByTitle = !link && !more && star;
  const target = !!link || more || selectByTitle;
  const live =
    mark === 'now' ? html` <span class="live">${msg('Now')}</span>` : mark === 'next' ? html` <span class="live next">${msg('Next')}</span>` : nothing;
  return html`<article
    part="card"
    class="card kind-${session.kind} status-${session.status} ${mark} ${favourite ? 'favourite' : ''} ${target ? 'target' : ''}"
    id="s-${n}"
    tabindex="-1"
    aria-labelledby="t-${n}"
    @click=${target ? onCardClick : nothing}
  >
    <div class="card-head">
      ${parts.chips(ctx, session, live)}
      ${star
        ? html`<button
            type="button"
            class="fav"
            part="favourite"
            aria-pressed=${String(favourite)}
            aria-labelledby="fav-label t-${n}"
            @click=${() => actions.toggleFavourite(session)}
          >
            ${starIcon}
          </button>`
        : nothing}
    </div>
    ${heading(
      level,
      link
        ? html`<a href=${link} rel=${ctx.sessionLinkRel} @click=${(e: Event) => actions.selectSession(e, session)}>${ctx.renderText(session.title)}</a>`
        : selectByTitle
          ? html`<button type="button" class="link" @click=${(e: Event) => actions.selectSession(e, session)}>${ctx.renderText(session.title)}</button>`
          : ctx.renderText(session.title),
      `t-${n}`,
      'title',
      'title',
    )}
    ${parts.subtitle(ctx, session)}
    ${parts.metaLine(ctx, session, ctx.timeRange(session.start, session.end))} ${parts.mainPeople(ctx, session, MAIN_PEOPLE)}
    ${parts.tags(ctx, session, true)}
    ${more && ctx.view === 'grid'
      ? // In the grid the details open in a dialog of their own (grid.ts), not inside the cell.
        html`<p class="card-actions">
          <button
            type="button"
            class="more"
            id="m-${n}"
            aria-labelledby="m-${n} t-${n}"
            aria-haspopup="dialog"
            @click=${() => actions.toggleExpanded(session)}
          >
            ${msg('More details')}
          </button>
        </p>`
      : more
      ? html`<p class="card-actions">
            <button
              type="button"
              class="more"
              id="m-${n}"
              aria-labelledby="m-${n} t-${n}"
              aria-expanded=${String(open)}
              aria-controls="d-${n}"
              @click=${() => actions.toggleExpanded(session)}
            >
              ${open ? msg('Fewer details') : msg('More details')}
            </button>
          </p>
          <div class="details" id="d-${n}" ?hidden=${!open}>${open ? renderDetails(ctx, session, link) : nothing}</div>`
      : nothing}
  </article>`;
}

export function renderDetails(ctx: ProgrammeContext, session: Session, link: string | undefined): TemplateResult {
  return html`${parts.summary(ctx, session)} ${parts.description(ctx, session)} ${parts.organizers(ctx, session)}
    ${parts.people(ctx, session, undefined, '')}
    ${link
      ? html`<p><a class="details-link" href=${link} rel=${ctx.sessionLinkRel} @click=${(e: Event) => ctx.actions.selectSession(e, session)}>${msg('Read the details')}</a></p>`
      : nothing}`;
}
