import { defineElement } from '../../shared/define-element.js';
import { AictConcurrentSessions } from './aict-concurrent-sessions.js';

defineElement('aict-concurrent-sessions', AictConcurrentSessions);
