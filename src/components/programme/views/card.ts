/** A session's card in the programme's list and grid, with its details when opened. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { ROLES, type Programme, type Session } from '../../../feed/model.js';
import { readableBadgeColors, sdgBadgeColors, sdgName } from '../../../i18n/sdgs.js';
import { cssProps } from '../../../shared/css-props.js';
import { clockIcon, pinIcon } from '../../../shared/icons.js';
import { groupHeading, peopleGroups, statusName } from '../../../shared/labels.js';
import { sanitizedHtml } from '../../../shared/sanitize.js';
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

/** A session's card, guarded: it is drawn again only when something it shows changed. */
export function renderCard(ctx: ProgrammeContext, session: Session, live: NowState | undefined): unknown {
  const favourite = ctx.isFavourite(session.id);
  const open = ctx.isExpanded(session.id);
  const mark = live?.current.has(session.id) ? 'now' : live?.next.has(session.id) ? 'next' : '';
  const link = ctx.sessionLink(session);
  return guard([session, favourite, open, mark, link, ctx.ui, ctx.contentLang, ctx.zone.zone, ctx.programme], () =>
    cardTemplate(ctx, session, favourite, open, mark, link),
  );
}

function cardTemplate(
  ctx: ProgrammeContext,
  session: Session,
  favourite: boolean,
  open: boolean,
  mark: string,
  link: string | undefined,
): TemplateResult {
  const { programme, actions } = ctx;
  const n = session.index;
  const status = statusName(session.status);
  const room = session.room ? programme.rooms.get(session.room) : undefined;
  return html`<article
    part="card"
    class="card kind-${session.kind} status-${session.status} ${mark} ${favourite ? 'favourite' : ''}"
    id="s-${n}"
    tabindex="-1"
    aria-labelledby="t-${n}"
  >
    <div class="card-head">
      <p class="chips">
        ${ctx.kindChip(session)}${status ? html` <span class="status">${status}</span>` : nothing}${mark === 'now'
          ? html` <span class="live">${msg('Now')}</span>`
          : mark === 'next'
            ? html` <span class="live next">${msg('Next')}</span>`
            : nothing}
      </p>
      <button
        type="button"
        class="fav"
        part="favourite"
        aria-pressed=${String(favourite)}
        aria-labelledby="fav-label t-${n}"
        @click=${() => actions.toggleFavourite(session)}
      >
        ${starIcon}
      </button>
    </div>
    <p part="title" class="title" id="t-${n}">
      ${link
        ? html`<a href=${link} @click=${(e: Event) => actions.selectSession(e, session)}>${ctx.renderText(session.title)}</a>`
        : ctx.renderText(session.title)}
    </p>
    <p part="meta" class="meta">
      <span class="when"
        >${clockIcon}<span class="visually-hidden">${msg('When:')} </span
        ><time datetime=${new Date(session.start).toISOString()}>${ctx.timeRange(session.start, session.end)}</time></span
      >
      <span class="where"
        >${pinIcon}<span class="visually-hidden">${msg('Room:')} </span>${room?.name
          ? ctx.renderText(room.name)
          : html`<span class="tbc">${msg('Room to be confirmed')}</span>`}</span
      >
    </p>
    ${renderMainPeople(programme, session)} ${renderTags(ctx, session)}
    <p class="card-actions">
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
    <div class="details" id="d-${n}" ?hidden=${!open}>${open ? renderDetails(ctx, session, link) : nothing}</div>
  </article>`;
}

function renderMainPeople(programme: Programme, session: Session): TemplateResult | typeof nothing {
  const names = mainPeople(programme, session);
  if (!names.length) return nothing;
  const more = names.length - MAIN_PEOPLE;
  return html`<p class="people" part="people">
    <span class="visually-hidden">${msg('With:')} </span>${names.slice(0, MAIN_PEOPLE).join(', ')}${more > 0
      ? html` <span class="more-people">${msg(str`+${more} more`)}</span>`
      : nothing}
  </p>`;
}

function renderTags(ctx: ProgrammeContext, session: Session): TemplateResult | typeof nothing {
  const { programme } = ctx;
  const themes = session.themes.map((id) => programme.themes.get(id)).filter((t) => t !== undefined);
  if (!themes.length && !session.sdgs.length) return nothing;
  return html`<ul class="tags" role="list" aria-label=${msg('Themes')}>
    ${themes.map((theme) => {
      const colors = theme.color ? themeColors(theme.color) : undefined;
      return html`<li class="theme ${colors ? 'coloured' : ''}" ${cssProps({ '--_theme-bg': colors?.background, '--_theme-fg': colors?.text })}>
        ${ctx.renderText(theme.name)}
      </li>`;
    })}
    ${session.sdgs.map((n) => {
      const colors = sdgBadgeColors(n);
      return html`<li class="sdg" ${cssProps({ '--_sdg-bg': colors.background, '--_sdg-fg': colors.text })}>
        <abbr title=${sdgName(n, ctx.ui) ?? ''}>${msg('SDG')} ${n}</abbr>
      </li>`;
    })}
  </ul>`;
}

function renderDetails(ctx: ProgrammeContext, session: Session, link: string | undefined): TemplateResult {
  const { programme } = ctx;
  const description = ctx.text(session.description);
  const organizers = session.organizers.map((id) => programme.organizations.get(id)).filter((o) => o !== undefined);
  const groups = peopleGroups(programme, session);
  return html`${session.summary ? html`<p class="summary">${ctx.renderText(session.summary)}</p>` : nothing}
    ${description
      ? html`<div class="description" lang=${description.lang === ctx.contentLang ? nothing : description.lang}>${sanitizedHtml(description.text)}</div>`
      : nothing}
    ${organizers.length
      ? html`<p><span class="label">${organizers.length > 1 ? msg('Organisers:') : msg('Organiser:')}</span> ${organizers
            .map((o) => (ctx.text(o.name)?.text ?? '') + (o.shortName ? ` (${o.shortName})` : ''))
            .join(', ')}</p>`
      : nothing}
    ${groups.map(
      ({ group, roles, members }) =>
        html`<p class="label">${msg(str`${groupHeading(group, roles, members.length)}:`)}</p>
          <ul class="names">
            ${members.map(({ person }) => {
              const title = ctx.renderText(person.title);
              return html`<li>${person.name}${title === nothing ? nothing : html`, ${title}`}</li>`;
            })}
          </ul>`,
    )}
    ${link
      ? html`<p><a class="details-link" href=${link} @click=${(e: Event) => ctx.actions.selectSession(e, session)}>${msg('Read the details')}</a></p>`
      : nothing}`;
}

/** A card's main people in role order, derived once per session (sessions belong to one programme). */
const mainPeopleOf = new WeakMap<Session, readonly string[]>();

function mainPeople(programme: Programme, session: Session): readonly string[] {
  let names = mainPeopleOf.get(session) as string[] | undefined;
  if (names) return names;
  names = [];
  for (const role of ROLES) {
    if (role === 'discussant' || role === 'rapporteur') continue;
    for (const p of session.participants) {
      if (p.role !== role) continue;
      const person = programme.people.get(p.person);
      if (person && !names.includes(person.name)) names.push(person.name);
    }
  }
  mainPeopleOf.set(session, names);
  return names;
}

/** Contrast computations for theme badges: a programme has a handful of theme colours. */
const themeColorCache = new Map<string, ReturnType<typeof readableBadgeColors>>();

function themeColors(color: string): ReturnType<typeof readableBadgeColors> {
  let colors = themeColorCache.get(color);
  if (colors === undefined) themeColorCache.set(color, (colors = readableBadgeColors(color)));
  return colors;
}
