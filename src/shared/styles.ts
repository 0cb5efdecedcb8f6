/**
 * Styles every element shares: the host reset that keeps a widget readable inside any theme,
 * and the design tokens, each a documented `--aict-*` custom property with a fallback.
 *
 * Sizes are in `em` from `font-size: medium` on the host, so they follow the visitor's default
 * text size and never the host page's root font size (`html { font-size: 62.5% }`).
 *
 * Hostile themes: inherited typography (`body { line-height: 3; text-transform: uppercase }`)
 * is beaten by any declaration on the host, but rules that select the host itself (`* {…}`
 * resets, `aict-session { font-size: 10px !important }`) beat normal `:host` rules. For
 * `!important` declarations the cascade reverses and the shadow tree's own wins, so the
 * typography that keeps the widget readable is `!important` here. Webmasters adjust it with
 * the `--aict-*` properties instead (`--aict-font-family`, `--aict-font-size`). Layout
 * (`display`, `margin`, `width`) stays the page's to decide. No `all: initial`: it would cut
 * the font family's inheritance, the one thing the widget takes from the page.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_scheme: light;
    --_accent: var(--aict-accent, #1f4e9c);
    --_on-accent: var(--aict-on-accent, #ffffff);
    --_surface: var(--aict-surface, #ffffff);
    --_text: var(--aict-text, #1b1f24);
    --_muted: var(--aict-muted, #4a5360);
    --_border: var(--aict-border, #c9ced6);
    --_subtle: var(--aict-subtle, #eef1f5);
    --_radius: var(--aict-radius, 0.5em);
    --_focus: var(--aict-focus, #1f4e9c);
    --_danger: var(--aict-danger, #a4161a);
    display: block;
    box-sizing: border-box !important;
    max-width: 100%;
    min-width: 0;
    font-family: var(--aict-font-family, inherit) !important;
    font-size: var(--aict-font-size, medium) !important;
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    /* Not !important: a visitor's text-spacing style sheet (WCAG 1.4.12, RGAA 10.12) selects the
       host and must win, and these inherit into the shadow tree. A page rule that tightens the
       line height (a reset's "* { line-height: 1 }") is floored inside, see below. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    /* A long URL or word in the feed wraps rather than widening its box. anywhere also lets
       that box shrink; browsers without it (Safari < 15.4) keep break-word, for which the
       elements' flex and grid children are given min-width: 0. */
    overflow-wrap: break-word !important;
    overflow-wrap: anywhere !important;
    color: var(--_text) !important;
  }
  /* The dark scheme (color-scheme="dark", or "auto" on a dark page or OS): see color-scheme.ts.
     Each colour has a -dark twin, so a page can theme both schemes. */
  :host(:state(dark)) {
    --_scheme: dark;
    --_accent: var(--aict-accent-dark, #9cc2ff);
    --_on-accent: var(--aict-on-accent-dark, #0b1320);
    --_surface: var(--aict-surface-dark, #15191f);
    --_text: var(--aict-text-dark, #eef1f5);
    --_muted: var(--aict-muted-dark, #b8c0cc);
    --_border: var(--aict-border-dark, #4a5360);
    --_subtle: var(--aict-subtle-dark, #232a33);
    --_focus: var(--aict-focus-dark, #9cc2ff);
    --_danger: var(--aict-danger-dark, #ffb3b0);
  }
  /* Form controls and scroll bars inside follow the element's scheme; slots (and the box around
     the loading slot) are left out, so the page's own fallback content keeps the page's scheme. */
  *:not(slot):not(.pending) {
    color-scheme: var(--_scheme);
    /* At least 1.5 times the text size, or the host's line height when it is larger (1lh in
       line-height is the parent's): a visitor's spacing reaches in, a page's reset cannot crush it. */
    line-height: 1.5;
    line-height: max(1.5em, 1lh);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Line height and spacing are inherited from the host, where a visitor's spacing style sheet
     can change them. */
  h2, h3, h4, h5, h6 {
    margin: 0;
    color: inherit;
    font-family: inherit;
  }
  ul, ol {
    margin: 0;
    padding: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* While loading, the element keeps the room it will take (--_reserve, set by each element;
     --aict-loading-height overrides it), also around fallback content. */
  .pending {
    min-height: var(--aict-loading-height, var(--_reserve, 8em));
  }
  .loading {
    min-height: 8em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading {
      animation: aict-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes aict-pulse {
    50% { opacity: 0.6; }
  }
  [part~='error'] {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_subtle);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  [part~='error'] small {
    display: block;
    color: var(--_muted);
  }
  button {
    font: inherit;
    min-height: 1.5em;
    min-width: 1.5em;
  }
  /* The one retry button: in a failure message and in the offline notice. */
  .retry {
    padding: 0.3em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  [part~='error'] .retry {
    margin-top: 0.5em;
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0 0 0.5em;
    padding: 0.4em 0.75em;
    border-inline-start: 0.25em solid var(--_muted);
    background: var(--_subtle);
    color: var(--_text);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .loading,
    .stale,
    [part~='error'] {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      color: #000 !important;
      --_text: #000;
      --_surface: transparent;
      --_subtle: transparent;
      --_accent: #000;
      --_muted: #000;
    }
    button,
    .loading {
      display: none !important;
    }
  }
`;

/**
 * Kind, theme and SDG badges, shared by the session card and the programme's cards (each sets
 * its own sizes). Colours come from `cssProps` as `--_theme-bg/-fg` and `--_sdg-bg/-fg`,
 * already checked for AA contrast.
 */
export const badgeStyles = css`
  .theme,
  .sdg {
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .theme.coloured {
    background: var(--_theme-bg);
    color: var(--_theme-fg);
    border-color: transparent;
  }
  .sdg {
    background: var(--_sdg-bg);
    color: var(--_sdg-fg);
    border-color: transparent;
    font-weight: 700;
  }
  .sdg abbr {
    text-decoration: none;
  }
  /* Browsers print no backgrounds by default: badges keep their text readable in outline
     (":host" so that it wins over each element's own badge colours, which come later). */
  @media print {
    :host .chip,
    :host .theme.coloured,
    :host .sdg {
      background: none;
      color: #000;
      border: 1px solid;
    }
  }
`;
