import { css } from 'lit';

export const sessionStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1em 1.25em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card > * {
    margin: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.875em;
  }
  .chip,
  .status {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    font-weight: 600;
  }
  .chip {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .status {
    border: 1px solid var(--_danger);
    color: var(--_danger);
  }
  .status-cancelled [part~='title'] {
    text-decoration: line-through;
  }
  [part~='title'] {
    font-size: 1.375em;
    font-weight: 700;
  }
  .subtitle {
    font-size: 1.125em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_muted);
  }
  .meta .icon,
  .language .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.35em;
  }
  .zone {
    white-space: nowrap;
  }
  .tbc {
    font-style: italic;
  }
  .summary {
    font-weight: 600;
  }
  .description > :first-child {
    margin-top: 0;
  }
  .description > :last-child {
    margin-bottom: 0;
  }
  .description blockquote {
    margin: 0.75em 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_border);
  }
  .description ul,
  .description ol {
    padding-inline-start: 1.5em;
  }
  .label {
    font-weight: 600;
  }
  .people {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .people h3,
  .people h4,
  .people h5,
  .people h6 {
    font-size: 1em;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .people ul {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  .name {
    font-weight: 600;
  }
  .person-title,
  .role {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .themes,
  .sdgs {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    font-size: 0.875em;
  }
  .theme,
  .sdg {
    padding: 0.15em 0.6em;
  }
  /* Flex children shrink below their longest word (a URL in a label, a room or a theme name),
     which then wraps: overflow-wrap: anywhere on the host does this by itself, its
     break-word fallback needs them to. */
  .chips > *,
  .meta > *,
  .themes > *,
  .sdgs > *,
  .actions > * {
    min-width: 0;
  }
  .sdg-name {
    font-weight: normal;
  }
  .language {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5em;
    font-weight: 600;
  }
  .surroundings {
    display: flex;
    flex-direction: column;
    gap: 1.5em;
    margin-top: 0.5em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }
  @media (forced-colors: active) {
    .chip,
    .theme,
    .sdg,
    .status {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      border: none;
      padding: 0;
    }
    .actions {
      display: none;
    }
  }
`;
