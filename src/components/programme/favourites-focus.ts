/**
 * Favourites and focus for `<aict-programme>`: the page's favourite store for the event, the
 * star toggles, and where the focus goes after a render (an opened card, "now", or the star
 * that takes the place of one that left « my programme »).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Programme, Session } from '../../feed/model.js';
import { favouritesFor, type FavouriteStore } from './favourites.js';

/**
 * A session un-starred with « my programme » on, which left the list: the status line says so
 * until the favourites or the view change.
 */
export interface Removal {
  removed: Session;
  /** The session whose star took the focus, if the focus was in the card that left. */
  now?: Session;
}

/**
 * Where the focus goes after the next render: a session's card (opened, or "now"), or with
 * `star` its star button (no `id`: the "no session matches" line).
 */
export interface FocusTarget {
  readonly id: string;
  readonly scroll: boolean;
  readonly star?: boolean;
}

export interface FavouritesOptions {
  readonly programme: () => Programme | undefined;
  /** Whether « my programme » is on (only favourites shown). */
  readonly onlyFavourites: () => boolean;
}

export class FavouritesController implements ReactiveController {
  /** Grows whenever the favourites change (a guard key). */
  version = 0;
  removal?: Removal;
  focusTarget?: FocusTarget;
  private store?: FavouriteStore;
  private unsubscribe?: () => void;
  /** The session whose star the visitor just turned off. */
  private unstarred?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FavouritesOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  /** Before an update: the store of the programme's event. */
  willUpdate(programme: Programme): void {
    if (this.store?.eventId === programme.event.id) return;
    this.unsubscribe?.();
    this.store = favouritesFor(programme.event.id);
    this.unsubscribe = this.store.subscribe(() => this.changed());
  }

  has(id: string): boolean {
    return this.store?.has(id) ?? false;
  }

  get size(): number {
    return this.store?.size ?? 0;
  }

  toggle(session: Session): void {
    if (!this.store) return;
    this.unstarred = this.store.has(session.id) ? session.id : undefined;
    this.store.toggle(session.id);
  }

  /** After an update: moves the focus where it was asked to go, once its target is rendered. */
  applyFocus(): void {
    const target = this.focusTarget;
    if (!target) return;
    const session = this.options.programme()?.sessionsById.get(target.id);
    const selector = session ? `#s-${session.index}` : target.star && '#empty-message';
    const card = selector && this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (!card) return;
    this.focusTarget = undefined;
    if (target.star) return (card.querySelector<HTMLElement>('[part~="favourite"]') ?? card).focus();
    card.focus({ preventScroll: true });
    if (target.scroll) card.scrollIntoView({ block: 'start' });
  }

  /**
   * With « my programme » on, a star turned off takes its card out of the list. Cards are
   * rendered by position, so the focused star would silently become the next session's (and
   * Space would take that one out too): the focus goes to the star of the card that takes the
   * place, else of the card before, else to the "no session matches" line; and the status line
   * says what left and where the visitor now is. Runs as the favourites change (here, in
   * another programme or another tab), before the list is rendered again.
   */
  private changed(): void {
    this.version++;
    this.host.requestUpdate();
    const unstarred = this.unstarred;
    this.unstarred = this.removal = undefined;
    const programme = this.options.programme();
    if (!this.options.onlyFavourites() || !programme) return;
    // Cards are `#s-<feed index>`.
    const sessionOf = (card?: Element | null) => {
      const index = card ? Number(card.id.slice(2)) : -1;
      return programme.sessions.find((s) => s.index === index);
    };
    const left = (s?: Session): s is Session => !!s && !this.has(s.id);
    // The DOM still shows the card that leaves.
    const root = this.host.renderRoot as ShadowRoot;
    const card = root.activeElement?.closest('[part~="card"]');
    const focused = sessionOf(card);
    const removed = [programme.sessionsById.get(unstarred ?? ''), focused].find(left);
    if (!removed || !left(focused)) {
      this.removal = removed && { removed };
      return;
    }
    // The card after it moves up into its place; the last card's place goes to the one before.
    const cards = [...root.querySelectorAll('[part~="card"]')];
    const i = cards.indexOf(card!);
    const now = sessionOf(cards[i + 1] ?? cards[i - 1]);
    this.focusTarget = { id: now?.id ?? '', scroll: false, star: true };
    this.removal = { removed, now };
  }
}
