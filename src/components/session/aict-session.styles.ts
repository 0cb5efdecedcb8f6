import { css } from 'lit';

/** `<aict-session>`'s own layout around the session parts (their styles: session-parts.styles.ts). */
export const sessionStyles = css`
  :host {
    /* The room kept while the feed loads (styles.ts, .pending). */
    --_reserve: 12em;
  }
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
    gap: 0.5em;
  }
  [part~='title'] {
    font-size: 1.375em;
    font-weight: 700;
  }
  .subtitle {
    font-size: 1.125em;
  }
  .meta {
    gap: 0.25em 1.25em;
  }
  .tags {
    flex-direction: column;
    flex-wrap: nowrap;
    gap: 0.5em;
  }
  .theme,
  .sdg {
    padding: 0.15em 0.6em;
  }
  .language {
    margin: 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .actions > * {
    min-width: 0;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5em;
    font-weight: 600;
  }
  /* The nested elements take this card's spacing (a visitor's text-spacing style sheet reaches
     the card's host, not theirs) and sit on its surface. */
  .surrounding {
    --_inset: 0;
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  .surroundings {
    display: flex;
    flex-direction: column;
    gap: 1.5em;
    margin-top: 0.5em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
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
