/**
 * Styles every element shares: the host reset that keeps a widget readable inside any theme,
 * and the design tokens, each a documented `--aict-*` custom property with a fallback.
 *
 * Sizes are in `em` from `font-size: medium` on the host, so they follow the visitor's default
 * text size and never the host page's root font size (`html { font-size: 62.5% }`).
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
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
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    font-family: var(--aict-font-family, inherit);
    font-size: medium;
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    color: var(--_text);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--aict-accent, #9cc2ff);
      --_on-accent: var(--aict-on-accent, #0b1320);
      --_surface: var(--aict-surface, #15191f);
      --_text: var(--aict-text, #eef1f5);
      --_muted: var(--aict-muted, #b8c0cc);
      --_border: var(--aict-border, #4a5360);
      --_subtle: var(--aict-subtle, #232a33);
      --_focus: var(--aict-focus, #9cc2ff);
      --_danger: var(--aict-danger, #ffb3b0);
    }
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
  h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    color: inherit;
    font-family: inherit;
    letter-spacing: normal;
    text-transform: none;
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
  @media (forced-colors: active) {
    .loading {
      border: 1px solid CanvasText;
    }
  }
`;
