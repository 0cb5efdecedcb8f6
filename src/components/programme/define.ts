import { defineElement } from '../../shared/define-element.js';
import { AictProgramme } from './aict-programme.js';

defineElement('aict-programme', AictProgramme);
