import { defineElement } from '../../shared/define-element.js';
import { warmUpDates } from '../../core/warm-up-dates.js';
import { AictProgramme } from './aict-programme.js';

defineElement('aict-programme', AictProgramme);
// The browser's date data (50–90 ms, one call) loads now, in a task of its own, rather than
// between the feed and the first screenful of a programme added later (or fed inline).
void warmUpDates();
// Then the code and templates of a first screenful, in a task of their own too. A page that
// loads the script without a programme pays both once, in the background (see the README).
setTimeout(() => AictProgramme.warmUp());
