import { defineElement } from '../../shared/define-element.js';
import { AictSession } from './aict-session.js';

defineElement('aict-session', AictSession);
