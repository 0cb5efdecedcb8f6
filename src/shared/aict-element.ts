/**
 * What the four elements share: the common attributes (`src`, `lang`, `time-zone`,
 * `session-href`, `heading-level`), loading the feed, rendering every state (loading, loaded,
 * error) with the light-DOM children as fallback, the `aict-load` / `aict-error` events, and
 * the per-element UI language.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedError, feedKeyOf, feedSourceOf, forgetFeed, loadFeedResult, type FeedResult } from '../feed/load.js';
import type { LanguageCode, LocalizedText, Programme, Session } from '../feed/model.js';
import { languageReady, uiLanguageOf, withLanguage, type CataloguePart, type UiLanguage } from '../i18n/localization.js';
import { inheritedLanguage, keepTogether, pickText, primaryLanguage, type PickedText } from '../i18n/text.js';
import { formatAge, resolveTimeZone, type ResolvedTimeZone } from '../i18n/format.js';
import { AictErrorEvent, AictLoadEvent, AictSessionSelectEvent } from './events.js';
import { headingLevelOf, type HeadingLevel } from './heading.js';
import type { PartsContext } from './session-parts.js';
import { watchLanguage } from './language-watch.js';
import { FEED_LINK_REL, templatedHref } from '../core/url.js';
import { ColorSchemeController } from './color-scheme.js';

type FeedState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly key: string }
  | { readonly status: 'ready'; readonly key: string; readonly programme: Programme; readonly stale?: FeedResult['stale'] }
  | { readonly status: 'error'; readonly key: string; readonly error: FeedError };

export abstract class AictElement extends LitElement {
  // Lit's reactive properties, declared without decorators (the decorators' code is ~0.4 KB
  // gzip on every page); their documentation is on the fields below.
  static override properties: PropertyDeclarations = {
    src: {},
    timeZone: { attribute: 'time-zone' },
    sessionHref: { attribute: 'session-href' },
    headingLevel: { attribute: 'heading-level' },
    colorScheme: { attribute: 'color-scheme' },
    feed: { state: true, attribute: false },
  };

  /** URL of the programme feed, or `#id` of an inline `<script type="application/json">`. */
  src: string | null = null;

  /** `event` (default), `local`, or an IANA time zone name. */
  timeZone: string | null = null;

  /** URL template for session links; `{id}` is replaced by the session id. */
  sessionHref: string | null = null;

  /** Level (2–6) of the element's top heading; inner headings follow it. */
  headingLevel: string | null = null;

  /**
   * `light` (default), `dark`, or `auto`: the host page's computed `color-scheme`, then the
   * visitor's setting. The element paints its own surface in that scheme.
   */
  colorScheme: string | null = null;

  protected feed: FeedState = { status: 'idle' };

  /** UI language of the current update (`fr` or `en`). */
  protected ui: UiLanguage = 'en';
  /** Content language of the current update (any primary subtag). */
  protected contentLang: LanguageCode = 'en';
  /**
   * The `lang` the shadow tree declares on its outer boxes when the UI language is not the
   * page's (an English fallback on a German page), else `undefined` (the tree inherits).
   */
  protected rootLang: UiLanguage | undefined;
  /** The language text inside the outer boxes is in unless marked otherwise. */
  protected treeLang: LanguageCode = 'en';

  protected readonly internals: ElementInternals | undefined = this.attachInternalsSafely();
  protected readonly colorSchemes = new ColorSchemeController(this, this.internals);

  /** Set by `reload()` until the new outcome is rendered: focus then stays with the visitor's place. */
  private retrying?: { readonly previous: FeedState; readonly hadFocus: boolean };

  private announced = '';
  /** Set when the last render threw: the element shows a failure and must announce one. */
  private renderError?: FeedError;
  private stopWatchingLanguage?: () => void;

  /** The part of the French catalogue with this element's own strings (beside `common`). */
  protected static catalogue: CataloguePart = 'common';

  // `lang` is the global HTML attribute: observe it without shadowing the native property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  private attachInternalsSafely(): ElementInternals | undefined {
    try {
      return this.attachInternals();
    } catch {
      return undefined; // already attached by a subclass or a polyfill: the element stays light
    }
  }

  /**
   * Loads the feed again, skipping the page's shared copy (the "retry" action). While it loads,
   * what was shown stays (its "Try again" button waits), so keyboard focus is not dropped.
   */
  reload(): void {
    const source = feedSourceOf(this.src, this.ownerDocument);
    if (source) forgetFeed(source, this.ownerDocument);
    const previous = this.feed;
    // The page hears the outcome of the new attempt, even when it is the same failure.
    this.announced = '';
    this.retrying =
      previous.status === 'error' || previous.status === 'ready' ? { previous, hadFocus: this.matches(':focus-within') } : undefined;
    this.feed = { status: 'idle' };
    this.requestUpdate();
  }

  /**
   * Before each update: the feed request starts (or follows a new `src`) at once, then the
   * update waits for the code it needs that is loaded on first use — the French interface for
   * a French element, and whatever `codeForRender` names — so that no render shows English
   * text in a French element or a part without its code. Usually nothing is missing and the
   * update is scheduled as Lit does it, without an extra wait.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ui = uiLanguageOf(this.languageTag());
    this.followFeed(ui);
    const missing = this.missingCode(ui);
    if (!missing) return super.scheduleUpdate();
    return missing.then(() => {
      // The feed may have arrived while the language loaded: then its content's code too.
      const more = this.missingCode(ui);
      return more ? more.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    });
  }

  /** What the next render must wait for, if anything (never rejects: see `codeForContent`). */
  private missingCode(ui: UiLanguage): Promise<unknown> | undefined {
    const pending: Promise<unknown>[] = [];
    const language = languageReady(ui, (this.constructor as typeof AictElement).catalogue);
    if (language) pending.push(language);
    for (const code of this.codeForContent()) {
      if (!code) continue;
      // Loading starts now, alongside the feed; a failed load leaves its part out (see the
      // subclasses' renders), it never stops the element.
      const settled = code.catch(() => undefined);
      if (this.feed.status === 'ready') pending.push(settled);
    }
    return pending.length ? Promise.all(pending) : undefined;
  }

  /**
   * Modules loaded on first use (`core/lazy.ts`) that rendering the feed's content needs, given
   * the element's attributes: their `ready()` promises (`undefined` once loaded). Asked before
   * every update, so they load while the feed does; only a render of the loaded feed waits
   * for them (the loading and error states do not). None by default.
   */
  protected codeForContent(): readonly (Promise<unknown> | undefined)[] {
    return [];
  }

  private languageTag(): string | undefined {
    return this.getAttribute('lang') || inheritedLanguage(this);
  }

  protected override performUpdate(): void {
    const tag = this.languageTag();
    this.ui = uiLanguageOf(tag);
    this.contentLang = primaryLanguage(tag) ?? this.ui;
    this.rootLang = primaryLanguage(tag) === this.ui ? undefined : this.ui;
    this.treeLang = this.rootLang ?? this.contentLang;
    withLanguage(this.ui, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followFeed(this.ui);
  }

  /** Starts loading the feed the attributes name, unless it is the one loading or loaded. */
  private followFeed(ui: UiLanguage): void {
    const source = feedSourceOf(this.src, this.ownerDocument);
    const key = source ? feedKeyOf(source, this.ownerDocument) : '';
    const current = this.feed.status === 'idle' ? undefined : this.feed.key;
    if (key === current) return;
    if (this.feed.status === 'idle') this.beforeFirstFeed(ui);
    this.startLoading(source, key);
  }

  /** Called just before the element asks for a feed while it has none (warm-ups go here). */
  protected beforeFirstFeed(_ui: UiLanguage): void {}

  private startLoading(source: string | undefined, key: string): void {
    if (!source) {
      this.feed = {
        status: 'error',
        key,
        error: new FeedError('not-found', 'No feed: set `src` or add <meta name="aict-feed" content="…">'),
      };
      return;
    }
    this.feed = { status: 'loading', key };
    const root = this.getRootNode() as Document | ShadowRoot;
    loadFeedResult(source, root instanceof ShadowRoot || root instanceof Document ? root : this.ownerDocument).then(
      ({ programme, stale }) => {
        if (this.feed.status !== 'idle' && this.feed.key === key) this.feed = { status: 'ready', key, programme, stale };
      },
      (error: unknown) => {
        if (this.feed.status !== 'idle' && this.feed.key === key) {
          this.feed = { status: 'error', key, error: toFeedError(error) };
        }
      },
    );
  }

  protected override render(): TemplateResult {
    const retrying = this.retrying;
    const feed = retrying && this.feed.status === 'loading' ? retrying.previous : this.feed;
    this.renderError = undefined;
    if (feed.status === 'ready') {
      try {
        const problem = this.findProblem(feed.programme);
        if (problem) return this.renderFailure(problem);
        return feed.stale ? html`${this.renderStaleNotice(feed.stale.fetchedAt)}${this.renderReady(feed.programme)}` : this.renderReady(feed.programme);
      } catch (error) {
        // A bug or an unforeseen shape must not blank the widget or reach the host page.
        console.error('aict-widgets: rendering failed', error);
        this.renderError = new FeedError('invalid-feed', `Rendering failed: ${String(error)}`);
        return this.renderFailure(this.renderError);
      }
    }
    if (feed.status === 'error') return this.renderFailure(feed.error);
    // The box keeps the room the element will take (each element's `--_reserve`), also around
    // fallback content, so that the page does not jump when the feed arrives.
    return html`<div class="pending"
      ><slot
        ><div class="loading" part="loading" role="status" lang=${this.rootLang ?? nothing}
          ><span class="visually-hidden">${msg('Loading the programme…')}</span></div
        ></slot
      ></div
    >`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.retrying && this.feed.status !== 'loading' && this.feed.status !== 'idle') this.afterRetry();
    this.announce();
  }

  /**
   * The retry's outcome is on screen. If the visitor's focus was on a "Try again" button that is
   * gone, it goes to the one now shown (still failing), else to the element's top heading.
   */
  private afterRetry(): void {
    const { hadFocus } = this.retrying!;
    this.retrying = undefined;
    if (!hadFocus || this.matches(':focus-within')) return;
    const root = this.renderRoot as ShadowRoot;
    const target =
      root.querySelector<HTMLElement>('.retry') ?? root.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
    if (!target) return;
    if (!target.matches('button')) target.tabIndex = -1;
    target.focus();
  }

  /** Fires `aict-load` or `aict-error` once for each new thing the element shows. */
  private announce(): void {
    const feed = this.feed;
    if (feed.status !== 'ready' && feed.status !== 'error') return;
    const problem = feed.status === 'ready' ? (this.renderError ?? this.findProblem(feed.programme)) : feed.error;
    const key = `${feed.status}|${feed.key}|${this.subjectKey()}|${problem?.code ?? ''}`;
    if (key === this.announced) return;
    this.announced = key;
    const feedUrl = feed.key || undefined;
    if (problem) {
      this.dispatchEvent(new AictErrorEvent({ code: problem.code, message: problem.message, feedUrl }));
    } else if (feed.status === 'ready') {
      const warnings = feed.programme.warnings.map(({ path, message }) => ({ path, message }));
      this.dispatchEvent(new AictLoadEvent({ feedUrl: feed.key, warnings }));
    }
  }

  /** What the element shows from the feed (its `session-id`, `room-id`…), to announce changes. */
  protected subjectKey(): string {
    return '';
  }

  /** A problem with what the element was asked to show (an unknown `session-id`), if any. */
  protected findProblem(_programme: Programme): FeedError | undefined {
    return undefined;
  }

  protected abstract renderReady(programme: Programme): TemplateResult;

  protected renderFailure(error: FeedError): TemplateResult {
    return html`<slot></slot>
      <div part="error" role="alert" lang=${this.rootLang ?? nothing}>
        <p>${errorMessage(error)}</p>
        ${error.code === 'http' ? html`<p><small>${msg(str`Details: server error ${String(error.detail ?? '')}`)}</small></p>` : nothing}
        ${error.code === 'network' || error.code === 'http' ? this.renderRetry() : nothing}
      </div>`;
  }

  /** The one retry button (failure and offline notice alike): while the new attempt runs it
   * stays in place, marked busy, and keeps focus. */
  protected renderRetry(): TemplateResult {
    const busy = this.retrying !== undefined && (this.feed.status === 'loading' || this.feed.status === 'idle');
    return html`<button
      type="button"
      class="retry"
      part="retry"
      aria-disabled=${busy ? 'true' : nothing}
      @click=${() => {
        if (!busy) this.reload();
      }}
    >
      ${msg('Try again')}
    </button>`;
  }

  /** The network failed and the last good copy kept on the device is shown: say so, and how old. */
  protected renderStaleNotice(fetchedAt: number): TemplateResult {
    return html`<p part="stale" class="stale" role="status" lang=${this.rootLang ?? nothing}>
      ${msg(str`Offline copy, saved ${formatAge(fetchedAt, this.ui)}.`)} ${this.renderRetry()}
    </p>`;
  }

  // ---- helpers for subclasses, valid during an update -------------------------------------

  protected get level(): HeadingLevel {
    return headingLevelOf(this.headingLevel);
  }

  protected text(programme: Programme, value: LocalizedText | undefined): PickedText | undefined {
    return pickText(value, this.contentLang, programme.event.defaultLanguage);
  }

  /** Feed text as a node value, marked with its language when it is not the element's. */
  protected renderText(programme: Programme, value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = this.text(programme, value);
    if (!picked) return nothing;
    return picked.lang === this.treeLang ? html`${picked.text}` : html`<span lang=${picked.lang}>${picked.text}</span>`;
  }

  /** Like `renderText`, for short names that must not break inside ("Niveau 0", "75019 Paris"). */
  protected renderName(programme: Programme, value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = this.text(programme, value);
    if (!picked) return nothing;
    const text = keepTogether(picked.text);
    return picked.lang === this.treeLang ? html`${text}` : html`<span lang=${picked.lang}>${text}</span>`;
  }

  /** A `lang` attribute value for text in `lang`: nothing when the tree is already in it. */
  protected langAttr(lang: LanguageCode): LanguageCode | typeof nothing {
    return lang === this.treeLang ? nothing : lang;
  }

  /** What the session parts (`session-parts.ts`) read, for this update. */
  protected partsContext(programme: Programme): PartsContext {
    return {
      programme,
      ui: this.ui,
      // The parts mark text whose language is not the one their boxes declare.
      contentLang: this.treeLang,
      text: (value) => this.text(programme, value),
      renderText: (value) => this.renderText(programme, value),
    };
  }

  protected zone(programme: Programme): ResolvedTimeZone {
    return resolveTimeZone(this.timeZone, programme.event.timeZone);
  }

  /** Where a session link goes: the `session-href` template, else the session's `url`. */
  protected sessionLink(session: Session): string | undefined {
    if (!this.sessionHref) return session.url;
    // An id such as `..` that would lead out of the template's path gets no link at all.
    return templatedHref(this.sessionHref, session.id, this.ownerDocument.baseURI);
  }

  /** `rel` of a session link: none for the host's own `session-href`, the feed-link one otherwise. */
  protected sessionLinkRel(): string | typeof nothing {
    return this.sessionHref ? nothing : FEED_LINK_REL;
  }

  /**
   * Click handler for session links: fires the cancelable `aict-session-select`; a cancelled
   * event (or a link without a target) keeps the visitor on the page.
   */
  protected selectSession(event: Event, session: Session): void {
    if (!this.sessionSelected(session)) event.preventDefault();
  }

  /** Fires the cancelable `aict-session-select` for `session`; false when the page cancelled it. */
  protected sessionSelected(session: Session): boolean {
    return this.dispatchEvent(new AictSessionSelectEvent({ sessionId: session.id }));
  }
}

function toFeedError(error: unknown): FeedError {
  return error instanceof FeedError ? error : new FeedError('network', String(error));
}

/** The visitor-facing explanation of a failure: short, localized, no stack trace. */
export function errorMessage(error: FeedError): string {
  switch (error.code) {
    case 'network':
      return msg('The programme could not be loaded: the server did not answer. Check your connection and try again.');
    case 'http': {
      // Words for people; the status code is in the details line and in `aict-error`.
      const status = Number(error.detail);
      if (status === 404 || status === 410) return msg('The programme could not be found at its address: it may have moved.');
      if (status >= 500) return msg('The programme’s server is not available at the moment. Try again in a few minutes.');
      return msg('The programme’s server refused to send it.');
    }
    case 'parse':
      return msg('The programme could not be read: the feed is not valid JSON.');
    case 'invalid-feed':
      if (error.detail === 'too-large') return msg('The programme could not be shown: the feed is too large.');
      return msg('The programme could not be shown: the feed is not in the expected format.');
    case 'not-found':
      if (error.detail === 'session') return msg('This session is not in the programme.');
      if (error.detail === 'room') return msg('This room is not in the programme.');
      return msg('The programme feed was not found.');
  }
}
