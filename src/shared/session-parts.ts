/**
 * One way to draw a session, shared by `<aict-session>`, the programme's cards and
 * `<aict-concurrent-sessions>`: the chips (label and kind, status), the meta line (when, where),
 * the room (« Salle à confirmer » when there is none), the organisers (linked when the feed gives
 * a URL), the people by role, the themes and SDGs, the description. Their one stylesheet is
 * `sessionPartsStyles`. Call during an element's update (they use `msg()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FEED_LINK_REL } from '../core/url.js';
import { msg, str } from '@lit/localize';
import { ROLES, type LanguageCode, type LocalizedText, type Person, type Programme, type Session } from '../feed/model.js';
import type { UiLanguage } from '../i18n/format.js';
import { readableBadgeColors, sdgBadgeColors, sdgName } from '../i18n/sdgs.js';
import type { PickedText } from '../i18n/text.js';
import { cssProps } from './css-props.js';
import { heading, type HeadingLevel } from './heading.js';
import { clockIcon, pinIcon } from './icons.js';
import { groupHeading, kindName, peopleGroups, roleNote, statusName } from './labels.js';
import { sanitizerCode } from './sanitizer-code.js';

/** What the parts read: the programme, the languages, and the element's way with feed text. */
export interface PartsContext {
  readonly programme: Programme;
  readonly ui: UiLanguage;
  /** The language the element's boxes declare: text in another one is marked with its own. */
  readonly contentLang: LanguageCode;
  text(value: LocalizedText | undefined): PickedText | undefined;
  /** Feed text as a node value, marked with its language when it is not the element's. */
  renderText(value: LocalizedText | undefined): TemplateResult | typeof nothing;
}

/** « Salle à confirmer »: the words, for places that are not a session's room line (a filter, a grid column). */
export function roomToBeConfirmed(): string {
  return msg('Room to be confirmed');
}

/** A session's room name, or « Salle à confirmer » (marked as such) when it has none. */
export function roomName(ctx: PartsContext, session: Session): unknown {
  const room = session.room ? ctx.programme.rooms.get(session.room) : undefined;
  const name = room?.name ? ctx.renderText(room.name) : nothing;
  return name !== nothing ? name : html`<span class="tbc">${roomToBeConfirmed()}</span>`;
}

/** The session's label as a chip ("Atelier 1"), with its kind when the label does not say it. */
export function kindChip(ctx: PartsContext, session: Session): TemplateResult {
  const kind = kindName(session.kind);
  const label = ctx.text(session.label);
  if (!label) return html`<span class="chip">${kind}</span>`;
  const saysKind = label.text.toLocaleLowerCase(ctx.ui).includes(kind.toLocaleLowerCase(ctx.ui));
  return html`<span class="chip"
    ><span lang=${label.lang === ctx.contentLang ? nothing : label.lang}>${label.text}</span>${saysKind
      ? nothing
      : html`<span class="kind"> · ${kind}</span>`}</span
  >`;
}

/** The status chip ("Annulée"), nothing for a scheduled session. */
export function statusChip(session: Session): TemplateResult | typeof nothing {
  const status = statusName(session.status);
  return status ? html`<span class="status">${status}</span>` : nothing;
}

/** The chips line: label and kind, status, and `extra` chips (a "now" mark). */
export function chips(ctx: PartsContext, session: Session, extra: unknown = nothing): TemplateResult {
  const status = statusChip(session);
  return html`<p class="chips">${kindChip(ctx, session)}${status === nothing ? nothing : html` ${status}`}${extra}</p>`;
}

/** The meta line: when (`when` formatted by the caller, `note` its zone) and where. */
export function metaLine(ctx: PartsContext, session: Session, when: string, note: unknown = nothing): TemplateResult {
  return html`<p part="meta" class="meta">
    <span class="when"
      >${clockIcon}<span class="visually-hidden">${msg('When:')} </span
      ><time datetime=${new Date(session.start).toISOString()}>${when}</time>${note}</span
    >
    <span class="where">${pinIcon}<span class="visually-hidden">${msg('Room:')} </span>${roomName(ctx, session)}</span>
  </p>`;
}

/** The organisers, each linked to its site when the feed gives one. */
export function organizers(ctx: PartsContext, session: Session): TemplateResult | typeof nothing {
  const { programme } = ctx;
  const list = session.organizers.map((id) => programme.organizations.get(id)).filter((o) => o !== undefined);
  if (list.length === 0) return nothing;
  return html`<p class="organizers">
    <span class="label">${list.length > 1 ? msg('Organisers:') : msg('Organiser:')}</span>
    ${list.map((org, i) => {
      const name = ctx.renderText(org.name);
      const short = org.shortName && !ctx.text(org.name)?.text.includes(org.shortName) ? ` (${org.shortName})` : '';
      return html`${i > 0 ? ', ' : ''}${org.url ? html`<a href=${org.url} rel=${FEED_LINK_REL}>${name}${short}</a>` : html`${name}${short}`}`;
    })}
  </p>`;
}

/**
 * The people grouped by role ("Introduction et animation", "Intervenants"); each group under a
 * heading of `level`, or under a plain label where headings would not fit the outline.
 */
export function people(ctx: PartsContext, session: Session, level: HeadingLevel | undefined, part = 'people'): TemplateResult | typeof nothing {
  const groups = peopleGroups(ctx.programme, session);
  if (groups.length === 0) return nothing;
  // Not a region: two full cards on one page would repeat its name; its headings structure it.
  return html`<div part=${part || nothing} class="people">
    ${groups.map(({ group, roles, members }) => {
      const name = groupHeading(group, roles, members.length);
      return html`<div class="group">
        ${level === undefined ? html`<p class="group-name">${name}</p>` : heading(level, name)}
        <ul>
          ${members.map(
            ({ role, person }) => html`<li>
              <span class="name">${person.url ? html`<a href=${person.url} rel=${FEED_LINK_REL}>${person.name}</a>` : person.name}</span
              >${personDetails(ctx, person)}${roles.size > 1 && role === 'moderator'
                ? html` <span class="role">(${roleNote(role)})</span>`
                : nothing}
            </li>`,
          )}
        </ul>
      </div>`;
    })}
  </div>`;
}

function personDetails(ctx: PartsContext, person: Person): TemplateResult | typeof nothing {
  const title = ctx.renderText(person.title);
  if (title !== nothing) return html`, <span class="person-title">${title}</span>`;
  const org = person.organization ? ctx.programme.organizations.get(person.organization) : undefined;
  if (!org) return nothing;
  return html`, <span class="person-title">${org.shortName ?? ctx.renderText(org.name)}</span>`;
}

/** A compact card's main people in role order (no discussants or rapporteurs), `max` named then "+N". */
export function mainPeople(ctx: PartsContext, session: Session, max: number): TemplateResult | typeof nothing {
  const names = mainPeopleOf(ctx.programme, session);
  if (!names.length) return nothing;
  const more = names.length - max;
  // « et 1 autre », « et 2 autres »: French takes the singular for 0 and 1.
  const one = more > 0 && new Intl.PluralRules(ctx.ui).select(more) === 'one';
  return html`<p class="people main-people" part="people">
    <span class="visually-hidden">${msg('With:')} </span>${names.slice(0, max).join(', ')}${more > 0
      ? html` <span class="more-people">${one ? msg('+1 more') : msg(str`+${more} more`)}</span>`
      : nothing}
  </p>`;
}

/** A card's main people, derived once per session (sessions belong to one programme). */
const mainPeopleCache = new WeakMap<Session, readonly string[]>();

function mainPeopleOf(programme: Programme, session: Session): readonly string[] {
  let names = mainPeopleCache.get(session) as string[] | undefined;
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
  mainPeopleCache.set(session, names);
  return names;
}

/**
 * The themes and SDGs as badges. `compact` (a card) names an SDG by its number, its name in a
 * tooltip; otherwise by number and name. `extra` follows them (the languages line).
 */
export function tags(ctx: PartsContext, session: Session, compact: boolean, extra: unknown = nothing): TemplateResult | typeof nothing {
  const themes = session.themes.map((id) => ctx.programme.themes.get(id)).filter((t) => t !== undefined);
  if (themes.length === 0 && session.sdgs.length === 0 && extra === nothing) return nothing;
  return html`<div class="tags">
    ${themes.length
      ? html`<ul class="themes" role="list" aria-label=${msg('Themes')}>
          ${themes.map((theme) => {
            const colors = theme.color ? themeColors(theme.color) : undefined;
            return html`<li class="theme ${colors ? 'coloured' : ''}" ${cssProps({ '--_theme-bg': colors?.background, '--_theme-fg': colors?.text })}>
              ${ctx.renderText(theme.name)}
            </li>`;
          })}
        </ul>`
      : nothing}
    ${session.sdgs.length
      ? html`<ul class="sdgs" role="list" aria-label=${msg('Sustainable Development Goals')}>
          ${session.sdgs.map((n) => {
            const colors = sdgBadgeColors(n);
            return html`<li class="sdg" ${cssProps({ '--_sdg-bg': colors.background, '--_sdg-fg': colors.text })}>
              ${compact
                ? html`<abbr title=${sdgName(n, ctx.ui) ?? ''}>${msg('SDG')} ${n}</abbr>`
                : html`<abbr title=${msg('Sustainable Development Goal')}>${msg('SDG')}</abbr> ${n}
                    <span class="sdg-name">${sdgName(n, ctx.ui)}</span>`}
            </li>`;
          })}
        </ul>`
      : nothing}
    ${extra}
  </div>`;
}

/** Contrast computations for theme badges: a programme has a handful of theme colours. */
const themeColorCache = new Map<string, ReturnType<typeof readableBadgeColors>>();

function themeColors(color: string): ReturnType<typeof readableBadgeColors> {
  let colors = themeColorCache.get(color);
  if (colors === undefined) themeColorCache.set(color, (colors = readableBadgeColors(color)));
  return colors;
}

/** The subtitle, if any. */
export function subtitle(ctx: PartsContext, session: Session): TemplateResult | typeof nothing {
  return session.subtitle ? html`<p class="subtitle">${ctx.renderText(session.subtitle)}</p>` : nothing;
}

/** The summary line, if any. */
export function summary(ctx: PartsContext, session: Session): TemplateResult | typeof nothing {
  return session.summary ? html`<p class="summary">${ctx.renderText(session.summary)}</p>` : nothing;
}

/**
 * The description (limited HTML, sanitized), marked with its language. The sanitizer loads on
 * first use (`sanitizer-code.ts`): the element waits for it before rendering a description;
 * without it (it could not be loaded) the description is left out, never shown unsanitized.
 */
export function description(ctx: PartsContext, session: Session): TemplateResult | typeof nothing {
  const picked = ctx.text(session.description);
  const sanitize = sanitizerCode.module;
  if (!picked || !sanitize) return nothing;
  return html`<div class="description" lang=${picked.lang === ctx.contentLang ? nothing : picked.lang}>${sanitize.sanitizedHtml(picked.text)}</div>`;
}
