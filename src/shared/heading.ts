/**
 * Headings whose level follows the element's `heading-level` so the widget fits the host
 * page's outline (RGAA 9.1). Lit cannot bind a tag name, so each level is its own template.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A valid level from an attribute value: 2–6, default 3. */
export function headingLevelOf(value: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** The level below `level`, never past 6. */
export function subLevel(level: HeadingLevel, depth = 1): HeadingLevel {
  return Math.min(6, level + depth) as HeadingLevel;
}

export function heading(level: HeadingLevel, content: unknown, id = '', part = '', className = ''): TemplateResult {
  const c = className || nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${id || nothing} part=${part || nothing} class=${c}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id || nothing} part=${part || nothing} class=${c}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id || nothing} part=${part || nothing} class=${c}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id || nothing} part=${part || nothing} class=${c}>${content}</h6>`;
    default:
      return html`<h3 id=${id || nothing} part=${part || nothing} class=${c}>${content}</h3>`;
  }
}
