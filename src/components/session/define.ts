import { defineElement } from '../../shared/define-element.js';
import { AictSession } from './aict-session.js';
// The full card embeds these two.
import '../concurrent-sessions/define.js';
import '../room-map/define.js';

defineElement('aict-session', AictSession);
