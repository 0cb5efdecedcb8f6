import { css } from 'lit';

export const roomMapStyles = css`
  .map {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    /* Its own surface: no text on the page's unknown background (nested in a card: none). */
    padding: var(--_inset, 0.5em);
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .map > * {
    margin: 0;
  }
  .room-line .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.35em;
    color: var(--_accent);
  }
  .floor-name,
  .facts {
    color: var(--_muted);
  }
  .notice {
    padding: 0.5em 0.75em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .plan {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .outline {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .labels {
    pointer-events: none;
  }
  .room {
    outline: none;
  }
  .room.selectable {
    cursor: pointer;
  }
  .room .shape {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .room.selectable:hover .shape {
    stroke: var(--_accent);
    stroke-width: 3px;
  }
  .label {
    fill: var(--_text);
    text-anchor: middle;
    font-family: inherit;
    pointer-events: none;
  }
  .room.current .shape {
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  .label.current {
    fill: var(--_on-accent);
    font-weight: 700;
  }
  .pin path {
    fill: var(--_on-accent);
  }
  .pin circle {
    fill: var(--_accent);
  }
  /* SVG shapes draw no outline in every engine: the focus ring is a thick stroke. */
  .room:focus-visible .shape {
    stroke: var(--_focus);
    stroke-width: 5px;
    stroke-dasharray: none;
  }
  .room.current:focus-visible .shape {
    stroke: var(--_text);
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_muted);
    background: var(--_surface);
    border-radius: 0.15em;
  }
  .swatch.current {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .room-list h3,
  .room-list h4,
  .room-list h5,
  .room-list h6 {
    font-size: 1em;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  .room-list {
    position: relative;
  }
  .room-list ul,
  .room-list ol {
    padding-inline-start: 1.25em;
  }
  /* The key of a numbered plan: short names, in columns when there is room. */
  .room-list.key ol {
    padding-inline-start: 2em;
    columns: 14em;
    column-gap: 1.5em;
  }
  .room-list.key li {
    break-inside: avoid;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .room-list.key li::marker {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .key-note {
    margin: 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .room-list li[aria-current] {
    font-weight: 600;
  }
  .on,
  .current-note {
    font-weight: normal;
  }
  .venue {
    display: flex;
    flex-direction: column;
  }
  .directions {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    min-height: 1.5em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .room .shape,
    .outline {
      stroke: CanvasText;
      fill: Canvas;
    }
    .room.current .shape {
      fill: Highlight;
    }
    .label {
      fill: CanvasText;
    }
    .label.current {
      fill: HighlightText;
    }
    .room:focus-visible .shape {
      stroke: Highlight;
    }
    .swatch {
      border-color: CanvasText;
    }
    .swatch.current {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
  @media print {
    .directions {
      display: none;
    }
  }
`;
