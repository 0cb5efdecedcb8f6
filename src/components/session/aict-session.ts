import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { buildCalendar, calendarFileName } from '../../calendar/ics.js';
import { FeedError } from '../../feed/load.js';
import type { Person, Programme, Session } from '../../feed/model.js';
import { formatDateTimeRange, zoneLabel } from '../../i18n/format.js';
import { readableBadgeColors, sdgBadgeColors, sdgName } from '../../i18n/sdgs.js';
import { AictElement } from '../../shared/aict-element.js';
import { cssProps } from '../../shared/css-props.js';
import { heading, subLevel } from '../../shared/heading.js';
import { clockIcon, languageIcon, pinIcon } from '../../shared/icons.js';
import { groupHeading, peopleGroups, roleNote, statusName } from '../../shared/labels.js';
import { sanitizedHtml } from '../../shared/sanitize.js';
import { badgeStyles, hostStyles } from '../../shared/styles.js';
import { sessionStyles } from './aict-session.styles.js';
import { inheritedLanguage } from '../../i18n/text.js';
import { sessionJsonLd } from '../../shared/json-ld.js';
import { JsonLdController } from '../../shared/json-ld-script.js';
import { warmUpLanguageNames } from '../../i18n/warm-up.js';

export type SessionVariant = 'card' | 'full';

/**
 * One session of the programme: label and kind, title and subtitle, date and time, room,
 * organisers, people by role, themes and SDGs, the languages spoken (all of `languages`, e.g.
 * "In German and English"), status and the link to its detail page;
 * `variant="full"` adds the description, the room map and the sessions running beside it.
 *
 * @tag aict-session
 * @slot - Fallback content, shown until the feed is loaded and whenever it cannot be.
 * @fires aict-load - The feed is loaded and the session rendered; `detail.warnings` lists feed problems.
 * @fires aict-error - Loading failed or the session is not in the feed (`detail.code`).
 * @fires aict-session-select - The detail link was activated (cancelable).
 * @csspart card - The session's outer box.
 * @csspart title - The session title.
 * @csspart meta - The date, time and room line.
 * @csspart people - The people grouped by role.
 * @csspart calendar - The "Add to my calendar" link (an `.ics` download).
 * @csspart error - The failure message.
 * @cssprop --aict-accent - Accent colour (links, chips).
 * @cssprop --aict-font-family - Font family (inherits the page's by default).
 * @cssprop --aict-radius - Corner radius.
 * @cssprop --aict-surface - Card background.
 * @cssprop --aict-text - Text colour.
 */
export class AictSession extends AictElement {
  static override styles = [hostStyles, badgeStyles, sessionStyles];

  /** Id of the session in the feed. */
  @property({ attribute: 'session-id' }) sessionId: string | null = null;

  /** `card` (compact, default) or `full` (with description, map and concurrent sessions). */
  @property() variant: SessionVariant = 'card';

  /** With `variant="full"`: leave out the room map. */
  @property({ type: Boolean, attribute: 'no-map' }) noMap = false;

  /** With `variant="full"`: leave out the concurrent sessions. */
  @property({ type: Boolean, attribute: 'no-concurrent' }) noConcurrent = false;

  /** Leave out the schema.org `Event` (JSON-LD) this element adds to the page's `<head>`. */
  @property({ type: Boolean, attribute: 'no-seo' }) noSeo = false;

  // Runs after each update, inside the element's language (see AictElement.performUpdate).
  protected readonly jsonLd = new JsonLdController(this, () => {
    if (this.noSeo || this.feed.status !== 'ready' || this.findProblem(this.feed.programme)) return undefined;
    const programme = this.feed.programme;
    const session = programme.sessionsById.get(this.sessionId!.trim())!;
    return { id: session.id, data: sessionJsonLd(programme, session, this.contentLang) };
  });

  protected override subjectKey(): string {
    return this.sessionId ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base class starts loading the feed: see warm-up.ts.
    if (this.feed.status === 'idle') warmUpLanguageNames(this.ui);
    super.willUpdate(changed);
  }

  protected override findProblem(programme: Programme): FeedError | undefined {
    const id = this.sessionId?.trim();
    if (!id) return new FeedError('not-found', 'No `session-id` given', 'session');
    if (!programme.sessionsById.has(id)) {
      return new FeedError('not-found', `No session "${id}" in the feed`, 'session');
    }
    return undefined;
  }

  protected override renderReady(programme: Programme): TemplateResult {
    const session = programme.sessionsById.get(this.sessionId!.trim())!;
    const full = this.variant === 'full';
    const level = this.level;
    const status = statusName(session.status);
    return html`<article
      part="card"
      class="card status-${session.status}"
      aria-labelledby="title"
    >
      <p class="chips">${this.renderKindChip(programme, session)}${status
        ? html` <span class="status">${status}</span>`
        : nothing}</p>
      ${heading(level, this.renderText(programme, session.title), 'title', 'title')}
      ${session.subtitle ? html`<p class="subtitle">${this.renderText(programme, session.subtitle)}</p>` : nothing}
      ${this.renderMeta(programme, session)}
      ${session.summary ? html`<p class="summary">${this.renderText(programme, session.summary)}</p>` : nothing}
      ${full ? this.renderDescription(programme, session) : nothing}
      ${this.renderOrganizers(programme, session)} ${this.renderPeople(programme, session)}
      ${this.renderTags(programme, session)} ${this.renderActions(programme, session)}
      ${full ? this.renderSurroundings(session) : nothing}
    </article>`;
  }

  private renderMeta(programme: Programme, session: Session): TemplateResult {
    const zone = this.zone(programme);
    const when = formatDateTimeRange(session.start, session.end, zone.zone, this.ui);
    const room = session.room ? programme.rooms.get(session.room) : undefined;
    const roomName = room && this.renderText(programme, room.name);
    return html`<p part="meta" class="meta">
      <span class="when"
        >${clockIcon}<span class="visually-hidden">${msg('When:')} </span
        ><time datetime=${new Date(session.start).toISOString()}>${when}</time>${zone.isEventZone
          ? nothing
          : html` <span class="zone">(${zoneLabel(zone.zone, session.start, this.ui, { isLocal: zone.isLocal })})</span>`}</span
      >
      <span class="where"
        >${pinIcon}<span class="visually-hidden">${msg('Room:')} </span>${roomName && roomName !== nothing
          ? roomName
          : html`<span class="tbc">${msg('Room to be confirmed')}</span>`}</span
      >
    </p>`;
  }

  private renderDescription(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const picked = this.text(programme, session.description);
    if (!picked) return nothing;
    return html`<div class="description" lang=${picked.lang === this.contentLang ? nothing : picked.lang}>
      ${sanitizedHtml(picked.text)}
    </div>`;
  }

  private renderOrganizers(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const organizations = session.organizers.map((id) => programme.organizations.get(id)).filter((o) => o !== undefined);
    if (organizations.length === 0) return nothing;
    return html`<p class="organizers">
      <span class="label">${organizations.length > 1 ? msg('Organisers:') : msg('Organiser:')}</span>
      ${organizations.map((org, i) => {
        const name = this.renderText(programme, org.name);
        const short = org.shortName && !this.text(programme, org.name)?.text.includes(org.shortName) ? ` (${org.shortName})` : '';
        return html`${i > 0 ? ', ' : ''}${org.url
          ? html`<a href=${org.url} rel="noopener">${name}${short}</a>`
          : html`${name}${short}`}`;
      })}
    </p>`;
  }

  private renderPeople(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const groups = peopleGroups(programme, session);
    if (groups.length === 0) return nothing;
    const level = subLevel(this.level);
    return html`<section part="people" class="people" aria-label=${msg('Speakers and moderators')}>
      ${groups.map(
        ({ group, roles, members }) => html`<div class="group">
          ${heading(level, groupHeading(group, roles, members.length))}
          <ul>
            ${members.map(
              ({ role, person }) => html`<li>
                <span class="name"
                  >${person.url ? html`<a href=${person.url} rel="noopener">${person.name}</a>` : person.name}</span
                >${this.personDetails(programme, person)}${roles.size > 1 && role === 'moderator'
                  ? html` <span class="role">(${roleNote(role)})</span>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  private personDetails(programme: Programme, person: Person): TemplateResult | typeof nothing {
    const title = this.renderText(programme, person.title);
    if (title !== nothing) return html`, <span class="person-title">${title}</span>`;
    const org = person.organization ? programme.organizations.get(person.organization) : undefined;
    if (!org) return nothing;
    return html`, <span class="person-title">${org.shortName ?? this.renderText(programme, org.name)}</span>`;
  }

  private renderTags(programme: Programme, session: Session): TemplateResult | typeof nothing {
    const themes = session.themes.map((id) => programme.themes.get(id)).filter((t) => t !== undefined);
    const language = this.languageLine(session);
    if (themes.length === 0 && session.sdgs.length === 0 && !language) return nothing;
    return html`<div class="tags">
      ${themes.length
        ? html`<ul class="themes" aria-label=${msg('Themes')}>
            ${themes.map((theme) => {
              const colors = theme.color ? readableBadgeColors(theme.color) : undefined;
              return html`<li
                class="theme ${colors ? 'coloured' : ''}"
                ${cssProps({ '--_theme-bg': colors?.background, '--_theme-fg': colors?.text })}
              >
                ${this.renderText(programme, theme.name)}
              </li>`;
            })}
          </ul>`
        : nothing}
      ${session.sdgs.length
        ? html`<ul class="sdgs" aria-label=${msg('Sustainable Development Goals')}>
            ${session.sdgs.map((n) => {
              const colors = sdgBadgeColors(n);
              return html`<li class="sdg" ${cssProps({ '--_sdg-bg': colors.background, '--_sdg-fg': colors.text })}>
                <abbr title=${msg('Sustainable Development Goal')}>${msg('SDG')}</abbr> ${n}
                <span class="sdg-name">${sdgName(n, this.ui)}</span>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${language ? html`<p class="language">${languageIcon}${language}</p>` : nothing}
    </div>`;
  }

  private languageLine(session: Session): string | undefined {
    const names = languageNames(this.ui);
    // "In German and English" for a session held in both (`languages`).
    const spoken = session.languages.length
      ? new Intl.ListFormat(this.ui, { type: 'conjunction' }).format(session.languages.map(names))
      : undefined;
    const interpreted = session.interpretation.map(names).join(', ');
    if (spoken && interpreted) return msg(str`In ${spoken}, interpretation into ${interpreted}`);
    if (spoken) return msg(str`In ${spoken}`);
    if (interpreted) return msg(str`Interpretation into ${interpreted}`);
    return undefined;
  }

  private renderActions(programme: Programme, session: Session): TemplateResult {
    const href = this.sessionLink(session);
    return html`<p class="actions">
      ${href
        ? html`<a class="details" href=${href} aria-describedby="title" @click=${(e: Event) => this.selectSession(e, session)}
            >${msg('Read the details')}</a
          >`
        : nothing}
      <a
        part="calendar"
        class="calendar"
        href="#"
        download=${calendarFileName(session.id)}
        aria-describedby="title"
        @click=${(e: Event) => this.downloadCalendar(e, programme, session)}
        >${msg('Add to my calendar')}</a
      >
    </p>`;
  }

  /**
   * The `.ics` file is made only when asked for, as a blob URL put on the link just before the
   * browser follows it (a `data:` URL would be blocked by strict CSP pages), and revoked after.
   */
  private downloadCalendar(event: Event, programme: Programme, session: Session): void {
    const link = event.currentTarget as HTMLAnchorElement;
    try {
      const ics = buildCalendar(programme, [session], { lang: this.ui });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      link.href = url;
      // Long enough for the download to start in every browser.
      setTimeout(() => {
        URL.revokeObjectURL(url);
        if (link.href === url) link.setAttribute('href', '#');
      }, 60_000);
    } catch {
      event.preventDefault();
    }
  }

  /**
   * The map and the concurrent sessions of the full card: the room-map and concurrent-sessions
   * elements, given this element's settings so that they read the same loaded feed (one
   * request per URL per page) and speak the same language. Their own `aict-load` /
   * `aict-error` stay inside: the page hears about this session once.
   */
  protected renderSurroundings(session: Session): TemplateResult | typeof nothing {
    if (this.noMap && this.noConcurrent) return nothing;
    const level = subLevel(this.level);
    const lang = this.getAttribute('lang') || inheritedLanguage(this);
    const keep = (event: Event) => event.stopPropagation();
    return html`<div class="surroundings" @aict-load=${keep} @aict-error=${keep}>
      ${this.noMap
        ? nothing
        : html`<aict-room-map
            class="surrounding"
            src=${this.src ?? nothing}
            lang=${lang || nothing}
            time-zone=${this.timeZone ?? nothing}
            heading-level=${level}
            session-id=${session.id}
          ></aict-room-map>`}
      ${this.noConcurrent
        ? nothing
        : html`<aict-concurrent-sessions
            class="surrounding"
            src=${this.src ?? nothing}
            lang=${lang || nothing}
            time-zone=${this.timeZone ?? nothing}
            session-href=${this.sessionHref ?? nothing}
            heading-level=${level}
            session-id=${session.id}
          ></aict-concurrent-sessions>`}
    </div>`;
  }
}

function languageNames(ui: string): (code: string) => string {
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([ui], { type: 'language' });
  } catch {
    display = undefined;
  }
  return (code) => {
    try {
      return display?.of(code) ?? code;
    } catch {
      return code; // `of()` throws a RangeError on a malformed code from the feed
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'aict-session': AictSession;
  }
}
