/**
 * The contract's events: small `Event` subclasses that bubble and cross shadow roots.
 * `detail` mirrors CustomEvent so `event.detail.sessionId` works for every listener.
 */
import type { FeedWarning } from '../feed/model.js';
import type { FeedErrorCode } from '../feed/load.js';

export interface AictLoadDetail {
  readonly feedUrl: string;
  readonly warnings: readonly Pick<FeedWarning, 'path' | 'message'>[];
}
export interface AictErrorDetail {
  readonly code: FeedErrorCode;
  readonly message: string;
  readonly feedUrl: string | undefined;
}
export interface AictSessionSelectDetail {
  readonly sessionId: string;
}
export interface AictRoomSelectDetail {
  readonly roomId: string;
}

class AictEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

/** The feed is loaded and the element rendered. */
export class AictLoadEvent extends AictEvent<AictLoadDetail> {
  static readonly eventName = 'aict-load';
  constructor(detail: AictLoadDetail) {
    super(AictLoadEvent.eventName, detail);
  }
}

/** Loading or rendering failed; the element shows a message and its fallback content. */
export class AictErrorEvent extends AictEvent<AictErrorDetail> {
  static readonly eventName = 'aict-error';
  constructor(detail: AictErrorDetail) {
    super(AictErrorEvent.eventName, detail);
  }
}

/** A session link was activated; `preventDefault()` keeps the visitor on the page. */
export class AictSessionSelectEvent extends AictEvent<AictSessionSelectDetail> {
  static readonly eventName = 'aict-session-select';
  constructor(detail: AictSessionSelectDetail) {
    super(AictSessionSelectEvent.eventName, detail, true);
  }
}

/** A room on the map was activated. */
export class AictRoomSelectEvent extends AictEvent<AictRoomSelectDetail> {
  static readonly eventName = 'aict-room-select';
  constructor(detail: AictRoomSelectDetail) {
    super(AictRoomSelectEvent.eventName, detail);
  }
}

/** The events every element fires, by name (they bubble up to the document). */
export interface AictEventMap {
  'aict-load': AictLoadEvent;
  'aict-error': AictErrorEvent;
  'aict-session-select': AictSessionSelectEvent;
  'aict-room-select': AictRoomSelectEvent;
}

declare global {
  interface HTMLElementEventMap extends AictEventMap {}
  interface DocumentEventMap extends AictEventMap {}
}
