import { html, nothing, render, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { calendarFileName } from '../../calendar/file-name.js';
import { lazy } from '../../core/lazy.js';
import { FeedError } from '../../feed/load.js';
import type { Programme, Session } from '../../feed/model.js';
import { formatDateTimeRange, zoneLabel } from '../../i18n/format.js';
import { AictElement } from '../../shared/aict-element.js';
import { heading, subLevel } from '../../shared/heading.js';
import { languageIcon } from '../../shared/icons.js';
import * as parts from '../../shared/session-parts.js';
import { sessionPartsStyles } from '../../shared/session-parts.styles.js';
import { badgeStyles, hostStyles } from '../../shared/styles.js';
import { sessionStyles } from './aict-session.styles.js';
import { inheritedLanguage } from '../../i18n/text.js';
import { JsonLdController, jsonLdCode } from '../../shared/json-ld-script.js';
import { sanitizerCode } from '../../shared/sanitizer-code.js';
import { warmUpLanguageNames } from '../../i18n/warm-up.js';
import { withLanguage, type UiLanguage } from '../../i18n/localization.js';
import { parseFeed } from '../../feed/parse.js';
import { cardWarmUpFeed } from './warm-up-feed.js';
import { warmUpDates } from '../../core/warm-up-dates.js';

// Loaded on first use, each a chunk of its own (see the README, "What loads when").
/** The `.ics` writer: on the first click on "Add to my calendar". */
const calendarWriter = lazy(() => import('../../calendar/ics.js'));
/** The elements a full card embeds, each with the first full card that shows it. */
const roomMap = lazy(() => import('../room-map/define.js'));
const concurrentSessions = lazy(() => import('../concurrent-sessions/define.js'));

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
  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id' },
    variant: {},
    noMap: { type: Boolean, attribute: 'no-map' },
    noConcurrent: { type: Boolean, attribute: 'no-concurrent' },
    noSeo: { type: Boolean, attribute: 'no-seo' },
  };
  static override styles = [hostStyles, badgeStyles, sessionPartsStyles, sessionStyles];

  /** Id of the session in the feed. */
  sessionId: string | null = null;

  /** `card` (compact, default) or `full` (with description, map and concurrent sessions). */
  variant: SessionVariant = 'card';

  /** With `variant="full"`: leave out the room map. */
  noMap = false;

  /** With `variant="full"`: leave out the concurrent sessions. */
  noConcurrent = false;

  /** Leave out the schema.org `Event` (JSON-LD) this element adds to the page's `<head>`. */
  noSeo = false;

  // Runs after each update, inside the element's language (see AictElement.performUpdate).
  protected readonly jsonLd = new JsonLdController(this, (code) => {
    if (this.noSeo || this.feed.status !== 'ready' || this.findProblem(this.feed.programme)) return undefined;
    const programme = this.feed.programme;
    const session = programme.sessionsById.get(this.sessionId!.trim())!;
    // The link the visitor sees (`session-href` wins over the feed's `url`), keyed by feed and id.
    return { feed: this.feed.key, id: session.id, data: code.sessionJsonLd(programme, session, this.contentLang, this.sessionLink(session)) };
  });

  protected override codeForContent(): readonly (Promise<unknown> | undefined)[] {
    const full = this.variant === 'full';
    return [
      this.noSeo ? undefined : jsonLdCode.ready(),
      full ? sanitizerCode.ready() : undefined,
      full && !this.noMap ? roomMap.ready() : undefined,
      full && !this.noConcurrent ? concurrentSessions.ready() : undefined,
    ];
  }

  protected override subjectKey(): string {
    return this.sessionId ?? '';
  }

  protected override beforeFirstFeed(ui: UiLanguage): void {
    // Before the base class starts loading the feed: see warm-up.ts.
    warmUpLanguageNames(ui);
    // While a feed URL is on its way, after the browser's date data: the parser's and the
    // card's code, compiled on first use, are cold on a page that has just loaded them (the
    // single bundle warmed them up with the programme's sample at script load). Not for an
    // inline feed, which has no wait to fill.
    if (!this.src?.trim().startsWith('#')) void warmUpDates().then(() => setTimeout(() => AictSession.warmUp(ui)));
  }

  private static warmed = false;

  /**
   * Parses a one-session sample (`warm-up-feed.ts`) and renders its card off the page, once
   * per page, so that the real feed finds that code compiled: in five alternating bench rounds
   * the card from a feed URL 150 ms away reached `aict-load` sooner in each (by 4–97 ms, on a
   * loaded machine), for 0.4 KB gzip. Anything wrong here is left to the real render.
   */
  static warmUp(ui: UiLanguage): void {
    if (AictSession.warmed) return;
    AictSession.warmed = true;
    try {
      const sample = parseFeed(cardWarmUpFeed(), '');
      if (!sample.ok) return;
      const card = new AictSession();
      card.sessionId = 's1';
      withLanguage(ui, () => render(card.renderReady(sample.programme), document.createDocumentFragment()));
    } catch {
      // A head start only (another copy of the script may own the tag).
    }
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
    const ctx = this.partsContext(programme);
    const zone = this.zone(programme);
    const when = formatDateTimeRange(session.start, session.end, zone.zone, this.ui);
    const note = zone.isEventZone
      ? nothing
      : html` <span class="zone">(${zoneLabel(zone.zone, session.start, this.ui, { isLocal: zone.isLocal })})</span>`;
    const language = this.languageLine(session);
    return html`<article part="card" class="card status-${session.status}" aria-labelledby="title" lang=${this.rootLang ?? nothing}>
      ${parts.chips(ctx, session)} ${heading(level, this.renderText(programme, session.title), 'title', 'title')} ${parts.subtitle(ctx, session)}
      ${parts.metaLine(ctx, session, when, note)} ${parts.summary(ctx, session)} ${full ? parts.description(ctx, session) : nothing}
      ${parts.organizers(ctx, session)} ${parts.people(ctx, session, subLevel(level))}
      ${parts.tags(ctx, session, false, language ? html`<p class="language">${languageIcon}${language}</p>` : nothing)}
      ${this.renderActions(programme, session)} ${full ? this.renderSurroundings(session) : nothing}
    </article>`;
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
        ? html`<a class="details" href=${href} rel=${this.sessionLinkRel()} aria-describedby="title" @click=${(e: Event) => this.selectSession(e, session)}
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
   * The writer is loaded by the first click: that click waits for it, then follows the link.
   */
  private downloadCalendar(event: Event, programme: Programme, session: Session): void {
    const link = event.currentTarget as HTMLAnchorElement;
    const writer = calendarWriter.module;
    if (!writer) {
      event.preventDefault();
      calendarWriter.ready()?.then(
        () => {
          if (link.isConnected) link.click();
        },
        (error: unknown) => console.error('aict-widgets: the calendar file could not be made.', error),
      );
      return;
    }
    try {
      const ics = writer.buildCalendar(programme, [session], { lang: this.ui });
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
   * request per URL per page), speak the same language and paint the same colour scheme (the
   * one this element resolved, so `auto` gives one answer for all three). Their own `aict-load` /
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
            color-scheme=${this.colorSchemes.scheme}
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
            color-scheme=${this.colorSchemes.scheme}
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
