/**
 * The package's side-effect-free entry: element classes, events and feed types. Importing it
 * registers nothing; import `aict-widgets/define` (or the per-element `define` entries) to
 * register the tags.
 */
export { AictElement } from './shared/aict-element.js';
export { AictSession, type SessionVariant } from './components/session/aict-session.js';
export { AictProgramme, type ProgrammeView } from './components/programme/aict-programme.js';
export { AictConcurrentSessions } from './components/concurrent-sessions/aict-concurrent-sessions.js';
export { AictRoomMap } from './components/room-map/aict-room-map.js';
export {
  AictLoadEvent,
  AictErrorEvent,
  AictSessionSelectEvent,
  AictRoomSelectEvent,
  type AictLoadDetail,
  type AictErrorDetail,
  type AictSessionSelectDetail,
  type AictRoomSelectDetail,
} from './shared/events.js';
export { FeedError, loadFeed, loaderSettings, type FeedErrorCode } from './feed/load.js';
export { parseFeed } from './feed/parse.js';
export type * from './feed/model.js';
export { VERSION } from './shared/define-element.js';
