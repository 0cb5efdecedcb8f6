import { css } from 'lit';

export const concurrentStyles = css`
  .concurrent {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    /* Its own surface: no text on the page's unknown background (nested in a card: none). */
    padding: var(--_inset, 0.5em);
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .concurrent > * {
    margin: 0;
  }
  .block,
  .day,
  .zone {
    color: var(--_muted);
  }
  .day::first-letter {
    text-transform: uppercase;
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .group h3,
  .group h4,
  .group h5,
  .group h6 {
    font-size: 1em;
    font-weight: 700;
    margin-bottom: 0.35em;
  }
  .group-day {
    font-weight: normal;
  }
  .group ul {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_subtle);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .item p {
    margin: 0;
  }
  .when,
  .where {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .title {
    font-weight: 600;
  }
  .title a {
    display: inline;
    min-height: 1.5em;
    line-height: 1.6;
  }
  .item .chips {
    font-size: 0.8125em;
  }
  .status-cancelled {
    border-inline-start-color: var(--_border);
  }
  .status-cancelled .title a {
    text-decoration-line: underline line-through;
  }
  .empty {
    padding: 0.5em 0.75em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .item {
      border: 1px solid CanvasText;
    }
  }
`;
