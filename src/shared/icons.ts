/** Decorative inline icons: hidden from assistive technology, coloured by `currentColor`. */
import { svg, type TemplateResult } from 'lit';

const icon = (body: TemplateResult) =>
  svg`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const clockIcon = icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`);
export const pinIcon = icon(svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`);
export const languageIcon = icon(svg`<path d="M4 5h9M8.5 3v2M6 5c1 4 4 7 7 8M11 5c-1 4-4 7-7 8M13 21l4-9 4 9M14.5 18h5"/>`);
export const calendarIcon = icon(svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`);
export const arrowIcon = icon(svg`<path d="M5 12h14M13 6l6 6-6 6"/>`);
