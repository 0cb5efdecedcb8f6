import { defineElement } from '../../shared/define-element.js';
import { AictSession } from './aict-session.js';

// The full card's room map and concurrent sessions are defined by the card when it shows them.
defineElement('aict-session', AictSession);
