/**
 * `<aict-programme>` and the URL hash (see `hash-state.ts` for the forms): a `#aict=` session
 * deep link is always followed; with `sync-hash` the view is followed and written, and opening a session
 * pushes a history entry so that Back closes it.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Programme } from '../../feed/model.js';
import { DIMENSIONS } from './filters.js';
import { formatSessionHash, formatViewHash, HASH_PREFIX, pageHasAnchor, parseHash, type ViewState } from './hash-state.js';

export interface HashSyncOptions {
  readonly programme: () => Programme | undefined;
  /** Whether the element writes (and follows) the view hash (`sync-hash`). */
  readonly syncHash: () => boolean;
  /** The view the element shows. */
  readonly viewState: () => ViewState;
  /** Shows a view read from the hash; `initial` on the first reading for a programme. */
  readonly showView: (state: ViewState, initial: boolean) => void;
  readonly openSession: (id: string) => void;
}

/** The element's properties whose change rewrites the hash. */
const WATCHED = ['day', 'view', 'query', ...DIMENSIONS.map((d) => d.attribute), 'favourites'];

export class HashSyncController implements ReactiveController {
  /** Set while the element follows the URL hash, so that it does not write it back. */
  private following = false;
  /** Writing the hash starts after the first render (the page's own hash is not touched on load). */
  private writable = false;
  private readFor?: Programme;
  /** The view before any hash was followed, where Back to a hash-less URL returns. */
  private initialView?: ViewState;
  private readonly onHashChange = () => this.read(false);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HashSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
  }

  /** Before an update: a new programme reads the hash once. */
  willUpdate(programme: Programme): void {
    if (this.readFor === programme) return;
    this.readFor = programme;
    this.initialView = this.options.viewState();
    this.read(true);
  }

  /** After an update: writes the view, unless the update followed the hash. */
  updated(changed: PropertyValues): void {
    if (this.following || !this.writable) {
      this.following = false;
      this.writable = true;
      return;
    }
    if (!this.options.syncHash() || !WATCHED.some((name) => changed.has(name))) return;
    const hash = formatViewHash(this.options.viewState());
    // An empty view only clears our own form of hash, never the host page's anchor.
    if (hash || location.hash.startsWith(`#${HASH_PREFIX}`)) replaceHash(hash);
  }

  /** A session was opened or closed by the visitor. */
  sessionToggled(id: string, open: boolean): void {
    if (!this.options.syncHash()) return;
    // Opening pushes a history entry (back closes it); closing returns to the view's hash.
    if (open) history.pushState(history.state, '', formatSessionHash(id));
    else if (location.hash === formatSessionHash(id)) replaceHash(formatViewHash(this.options.viewState()));
  }

  /**
   * Follows the URL hash: a `#aict=` session link always; the `#aict:` view and old bare
   * `#id` links only with `sync-hash`; never a fragment that names an element of the page.
   */
  private read(initial: boolean): void {
    const programme = this.options.programme();
    if (!programme) return;
    const parsed = parseHash(location.hash, (id) => programme.sessionsById.has(id), {
      legacy: this.options.syncHash(),
      isPageAnchor: (fragment) => pageHasAnchor(document, fragment),
    });
    this.following = true;
    // Even when nothing changes, the next update must clear `following`.
    this.host.requestUpdate();
    if (parsed.type === 'session') {
      this.options.openSession(parsed.id);
    } else if (this.options.syncHash()) {
      const target = parsed.type === 'view' ? parsed.state : initial ? undefined : this.initialView;
      if (target) this.options.showView(target, initial);
    }
  }
}

function replaceHash(hash: string): void {
  if (hash === location.hash || (!hash && !location.hash)) return;
  history.replaceState(history.state, '', hash || location.pathname + location.search);
}
