/** Registers every element: the entry of the one-file bundle a CMS loads with a script tag. */
import './components/session/define.js';
import './components/programme/define.js';
import './components/concurrent-sessions/define.js';
import './components/room-map/define.js';
export * from './index.js';
