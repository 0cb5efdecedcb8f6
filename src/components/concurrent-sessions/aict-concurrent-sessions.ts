import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedError } from '../../feed/load.js';
import type { Programme, Session } from '../../feed/model.js';
import { concurrentSessions, groupByStart, sessionsAt, type ConcurrentScope, type StartGroup } from '../../feed/query.js';
import {
  eventLocalToInstant,
  formatDate,
  formatTime,
  formatTimeRange,
  toEventLocalDate,
  zoneLabel,
  type ResolvedTimeZone,
} from '../../i18n/format.js';
import { AictElement } from '../../shared/aict-element.js';
import { heading, subLevel } from '../../shared/heading.js';
import { pinIcon } from '../../shared/icons.js';
import * as parts from '../../shared/session-parts.js';
import { sessionPartsStyles } from '../../shared/session-parts.styles.js';
import { badgeStyles, hostStyles } from '../../shared/styles.js';
import { concurrentStyles } from './aict-concurrent-sessions.styles.js';

/** What the list is about: the sessions beside one session, or everything at one moment. */
type Subject =
  | { readonly kind: 'session'; readonly session: Session }
  | { readonly kind: 'at'; readonly instant: number };

/** Sessions listed at first; "show more" adds four pages at a time. */
const LIST_PAGE = 25;

/**
 * The other sessions of a session's programme block (or those running at the same time, or
 * at a given moment), grouped by start time, each with its time, label, title, room and link.
 *
 * @tag aict-concurrent-sessions
 * @slot - Fallback content, shown until the feed is loaded and whenever it cannot be.
 * @fires aict-load - The feed is loaded and the list rendered.
 * @fires aict-error - Loading failed, the session is not in the feed, or `at` is not a time (`detail.code`).
 * @fires aict-session-select - A session of the list was activated (cancelable: `preventDefault()` keeps the visitor on the page).
 * @csspart list - The list of sessions (all groups).
 * @csspart item - One session of the list.
 * @csspart error - The failure message.
 * @cssprop --aict-accent - Accent colour (links).
 * @cssprop --aict-font-family - Font family (inherits the page's by default).
 * @cssprop --aict-radius - Corner radius.
 * @cssprop --aict-surface - Background.
 * @cssprop --aict-text - Text colour.
 */
export class AictConcurrentSessions extends AictElement {
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    scope: {},
    at: {},
    shown: { state: true, attribute: false },
  };
  static override styles = [hostStyles, badgeStyles, sessionPartsStyles, concurrentStyles];
  protected static override catalogue = 'concurrent-sessions' as const;

  /** The session whose neighbours are listed (wins over `at`). */
  sessionId: string | null = null;

  /** `block` (default: the same programme block) or `overlap` (any session whose time intersects). */
  scope: ConcurrentScope = 'block';

  /** `YYYY-MM-DDTHH:MM` in the event's time zone: list everything running then (without `session-id`). */
  at: string | null = null;

  /**
   * How many sessions are listed: a block of a real forum has a handful, but a feed may put
   * thousands in one block, and rendering them all at once would freeze the page.
   */
  private shown = LIST_PAGE;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessionId') || changed.has('at') || changed.has('scope') || changed.has('src')) this.shown = LIST_PAGE;
  }

  protected override subjectKey(): string {
    return `${this.sessionId ?? ''}|${this.scope}|${this.at ?? ''}`;
  }

  private subjectOf(programme: Programme): Subject | FeedError {
    const id = this.sessionId?.trim();
    if (id) {
      const session = programme.sessionsById.get(id);
      return session ? { kind: 'session', session } : new FeedError('not-found', `No session "${id}" in the feed`, 'session');
    }
    const at = this.at?.trim();
    if (at) {
      const instant = eventLocalToInstant(at, programme.event.timeZone);
      return instant === undefined
        ? new FeedError('not-found', `\`at\` must be a local date and time like 2022-06-20T16:00, not "${at}"`, 'time')
        : { kind: 'at', instant };
    }
    return new FeedError('not-found', 'No `session-id` or `at` given', 'session');
  }

  protected override findProblem(programme: Programme): FeedError | undefined {
    const subject = this.subjectOf(programme);
    return subject instanceof FeedError ? subject : undefined;
  }

  protected override renderFailure(error: FeedError): TemplateResult {
    if (error.code !== 'not-found' || error.detail !== 'time') return super.renderFailure(error);
    return html`<slot></slot>
      <div part="error" role="alert"><p>${msg('The requested time is not a valid date and time.')}</p></div>`;
  }

  protected override renderReady(programme: Programme): TemplateResult {
    const subject = this.subjectOf(programme) as Subject;
    const zone = this.zone(programme);
    const result =
      subject.kind === 'at'
        ? { scope: 'at' as const, sessions: sessionsAt(programme, subject.instant) }
        : concurrentSessions(programme, subject.session, this.scopeValue());
    const { scope, sessions } = result;
    const reference = subject.kind === 'at' ? subject.instant : subject.session.start;
    const groups = groupByStart(sessions.length > this.shown ? sessions.slice(0, this.shown) : sessions);
    const hidden = sessions.length - Math.min(sessions.length, this.shown);
    const days = new Set(groups.map((g) => toEventLocalDate(g.start, zone.zone)));
    const referenceDay = toEventLocalDate(reference, zone.zone);
    const oneDay = days.size === 1 ? groups[0]!.start : undefined;
    const blockTitle =
      scope === 'block' && subject.kind === 'session' && subject.session.block
        ? programme.blocks.get(subject.session.block)?.title
        : undefined;
    // Two lists on a page (two full session cards) are two regions: the subject tells them apart.
    return html`<section
      class="concurrent"
      aria-labelledby=${subject.kind === 'session' ? 'heading subject' : 'heading'}
      lang=${this.rootLang ?? nothing}
    >
      ${heading(this.level, this.headingText(scope, reference, zone), 'heading')}
      ${subject.kind === 'session'
        ? html`<span id="subject" class="visually-hidden">${this.renderText(programme, subject.session.title)}</span>`
        : nothing}
      ${blockTitle ? html`<p class="block">${this.renderText(programme, blockTitle)}</p>` : nothing}
      ${oneDay !== undefined && toEventLocalDate(oneDay, zone.zone) !== referenceDay
        ? html`<p class="day">${formatDate(oneDay, zone.zone, this.ui)}</p>`
        : nothing}
      ${zone.isEventZone ? nothing : html`<p class="zone">${this.zoneLine(zone, groups[0]?.start ?? reference)}</p>`}
      ${groups.length === 0
        ? html`<p class="empty" part="list">
            ${subject.kind === 'at' ? msg('No session at that time.') : msg('No other session at the same time.')}
          </p>`
        : html`<div part="list" class="groups">
            ${groups.map((group) => this.renderGroup(programme, group, zone, days.size > 1))}
          </div>`}
      ${hidden > 0
        ? html`<p class="more">
            <button type="button" @click=${() => (this.shown += LIST_PAGE * 4)}>
              ${msg(str`Show more sessions (${Math.min(hidden, LIST_PAGE * 4)} of ${hidden} not shown)`)}
            </button>
          </p>`
        : nothing}
    </section>`;
  }

  private zoneLine(zone: ResolvedTimeZone, instant: number): string {
    const label = zoneLabel(zone.zone, instant, this.ui, { isLocal: zone.isLocal });
    return msg(str`Times: ${label}`);
  }

  private scopeValue(): ConcurrentScope {
    return this.scope === 'overlap' ? 'overlap' : 'block';
  }

  private headingText(scope: ConcurrentScope | 'at', reference: number, zone: ResolvedTimeZone): string {
    switch (scope) {
      case 'block':
        return msg('Other sessions in this time slot');
      case 'overlap':
        return msg('Other sessions at the same time');
      case 'at': {
        const date = formatDate(reference, zone.zone, this.ui);
        const time = formatTime(reference, zone.zone, this.ui);
        return msg(str`What’s on ${date} at ${time}`);
      }
    }
  }

  private renderGroup(programme: Programme, group: StartGroup, zone: ResolvedTimeZone, withDay: boolean): TemplateResult {
    const from = formatTime(group.start, zone.zone, this.ui);
    const sameDay = group.end !== undefined && toEventLocalDate(group.start, zone.zone) === toEventLocalDate(group.end, zone.zone);
    const to = sameDay ? formatTime(group.end!, zone.zone, this.ui) : '';
    const title = sameDay ? msg(str`From ${from} to ${to}`) : msg(str`From ${from}`);
    return html`<div class="group">
      ${heading(
        subLevel(this.level),
        html`${withDay ? html`<span class="group-day">${formatDate(group.start, zone.zone, this.ui)}</span> ` : nothing}${title}`,
      )}
      <ul>
        ${group.sessions.map((session) => this.renderItem(programme, session, zone))}
      </ul>
    </div>`;
  }

  private renderItem(programme: Programme, session: Session, zone: ResolvedTimeZone): TemplateResult {
    const ctx = this.partsContext(programme);
    const href = this.sessionLink(session);
    const title = this.renderText(programme, session.title);
    const select = (event: Event) => this.selectSession(event, session);
    return html`<li part="item" class="item status-${session.status}">
      <p class="when">
        <time datetime=${new Date(session.start).toISOString()}>${formatTimeRange(session.start, session.end, zone.zone, this.ui)}</time>
      </p>
      ${parts.chips(ctx, session)}
      <p class="title">
        ${href
          ? html`<a href=${href} rel=${this.sessionLinkRel()} @click=${select}>${title}</a>`
          : html`<span class="name">${title}</span>`}
      </p>
      <p class="where">${pinIcon}<span class="visually-hidden">${msg('Room:')} </span>${parts.roomName(ctx, session)}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aict-concurrent-sessions': AictConcurrentSessions;
  }
}
