import { css } from 'lit';

/*
 * Three sizes (0.875em, 1em, 1.25em) and two weights (normal, 700): a browser resolves each
 * size and weight of a font once per page, out of process, at up to a millisecond each on a
 * slow machine, and all of it falls in the frame that draws the first screenful.
 */
export const programmeStyles = css`
  :host {
    /* The room kept while the feed loads (styles.ts, .pending). */
    --_reserve: 40em;
  }
  .programme {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    /* The filters fold into one button when the element (not the window) is narrow. */
    container-type: inline-size;
    /* Its own surface: no text on the page's unknown background (cards carry their own
       padding; the sides stay free for the grid's width). */
    padding: 0.5em 0;
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  button {
    cursor: pointer;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    min-height: 1.75em;
  }
  button[aria-pressed='true'],
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.35em;
  }
  .badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.875em;
    text-align: center;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    /* An open filter list lies over the programme: it never pushes it down. */
    position: relative;
    z-index: 4;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .search label {
    font-weight: 700;
  }
  .search input {
    flex: 1 1 14em;
    min-width: 0;
    font: inherit;
    padding: 0.35em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .facets,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
  }
  .facets {
    position: relative;
  }
  .facet {
    max-width: 100%;
    min-width: 0;
  }
  .facet summary {
    cursor: pointer;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 1.75em;
    /* No native disclosure triangle (each engine draws its own): a chevron of our own. */
    list-style: none;
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .facet summary::-webkit-details-marker {
    display: none;
  }
  .facet summary::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: 0.2em;
    border: solid currentColor;
    border-width: 0 0.12em 0.12em 0;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .facet[open] summary::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .facet[open] summary {
    border-color: var(--_accent);
  }
  /* The open list lies over the programme, the width of the filters, in columns if it can. */
  .facet fieldset {
    position: absolute;
    inset-inline: 0;
    top: 100%;
    margin: 0.25em 0 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.18);
    max-height: min(20em, 60vh);
    overflow-y: auto;
    min-width: 0;
    columns: 16em;
    column-gap: 1.5em;
  }
  .facet fieldset .option {
    break-inside: avoid;
  }
  .filter-toggle {
    display: none;
  }
  /* Narrow: one « Filtres (n) » button beside « Mon programme »; its panel lies over the
     programme, each filter's list inside it. The layout switch goes: the grid needs 44em. */
  @container (max-width: 44em) {
    .filters {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    .search {
      flex: 1 1 100%;
      min-width: 0;
    }
    .actions {
      display: contents;
    }
    .filters .views {
      display: none;
    }
    .filter-toggle {
      display: inline-flex;
      align-items: center;
    }
    .filter-toggle[aria-expanded='true'] {
      border-color: var(--_accent);
    }
    .facets {
      display: none;
      position: absolute;
      inset-inline: 0;
      top: 100%;
      margin-top: 0.25em;
      padding: 0.5em;
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: stretch;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.18);
      max-height: 70vh;
      overflow-y: auto;
    }
    .facets.open {
      display: flex;
    }
    .facet fieldset {
      position: static;
      box-shadow: none;
      columns: auto;
      max-height: none;
      border: none;
    }
  }
  .option {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding: 0.15em 0;
    min-height: 1.5em;
  }
  .option > span {
    min-width: 0;
  }
  .option.none {
    color: var(--_muted);
  }
  .n {
    flex: none;
    color: var(--_muted);
    white-space: nowrap;
  }
  .views {
    display: inline-flex;
  }
  .views button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .views button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-inline-start: none;
  }

  /* Days */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 2px solid var(--_accent);
  }
  [role='tab'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    font-weight: 700;
  }
  .today {
    font-weight: normal;
    font-size: 0.875em;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .panel:focus-visible {
    outline-offset: 0.25em;
  }
  [part~='day'] {
    font-size: 1.25em;
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* List */
  .list {
    display: flex;
    flex-direction: column;
    gap: 1.25em;
  }
  .block {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  [part~='block'] {
    font-size: 1.25em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  .range {
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.8em; /* 1em: in a 1.25em heading */
    white-space: nowrap;
  }
  .slot {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    /* Off-screen slots skip layout and paint until scrolled to (a day rendered all at once
       would cost seconds of layout with 600 cards). */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  /* Laid out for good once the page is idle (slices.ts, settle): a full-page capture or a PDF
     tool then finds every slot drawn. */
  .slot[data-laid] {
    content-visibility: visible;
  }
  [part~='time'] {
    font-size: 1em;
    color: var(--_accent);
  }
  .slot.now [part~='time']::after {
    content: ' \\25CF';
  }
  .items {
    list-style: none;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  /* Flex and grid children shrink below their longest word (a URL in a title, a room or a
     theme name), which then wraps: overflow-wrap: anywhere on the host does this by itself,
     its break-word fallback needs them to. */
  .item,
  .card-head > .chips {
    min-width: 0;
  }

  /* Cards */
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    height: 100%;
    padding: 0.75em 1em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    scroll-margin-top: 1em;
  }
  .card.now {
    border-color: var(--_accent);
    box-shadow: inset 0.25em 0 0 var(--_accent);
  }
  /* The whole card follows its link or opens its details (see card.ts). */
  .card.target {
    cursor: pointer;
  }
  .card.target .details {
    cursor: auto;
  }
  /* Opened details take the list's full width, not a column of a few words a line. */
  .list .item.open {
    grid-column: 1 / -1;
  }
  .list .item.open .details {
    max-width: 46em;
  }
  .other-dates {
    margin: 0 0 0.75em;
    padding: 0.4em 0.75em;
    border-inline-start: 0.25em solid var(--_muted);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .card.kind-break {
    background: var(--_subtle);
  }
  .card-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5em;
  }
  .fav {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2em;
    height: 2em;
    padding: 0;
    border-radius: 50%;
  }
  .fav .icon {
    margin: 0;
    width: 1.2em;
    height: 1.2em;
  }
  .fav[aria-pressed='true'] .icon path {
    fill: currentColor;
  }
  .title {
    font-size: 1em;
    font-weight: 700;
  }
  .status-cancelled .title {
    text-decoration: line-through;
  }
  .tags {
    gap: 0.3em;
  }
  .card-actions {
    margin-top: auto;
  }
  .more {
    font-size: 0.875em;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .details[hidden] {
    display: none;
  }
  .empty {
    padding: 1.5em 1em;
    text-align: center;
    background: var(--_subtle);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: center;
  }

  /* Grid: rooms as columns, a proportional time axis as rows (the element shows the list
     below 44em, see grid-fit.ts). It scrolls inside its own box, both ways, so that the room
     headers and the time column can stay in view; the host page never scrolls sideways. */
  .panel {
    min-width: 0;
  }
  .grid-scroll {
    /* The containing block of everything positioned inside (visually hidden text too). */
    position: relative;
    overflow: auto;
    overscroll-behavior-x: contain;
    max-height: max(24em, 85vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .grid {
    display: grid;
    grid-template-columns: 4em repeat(var(--_cols), minmax(11.5em, 1fr));
    /* Rows of five minutes: a session's height is its duration (rows grow, together, only
       when a short session's card needs more). */
    grid-template-rows: auto repeat(var(--_rows), minmax(var(--_tick, 0.6em), auto));
    column-gap: 0.3em;
    min-width: min-content;
    padding-inline-end: 0.3em;
  }
  .grid > .items {
    display: contents;
  }
  .grid .item {
    grid-row: var(--_row);
    grid-column: var(--_col);
    min-width: 0;
    padding-block: 0.15em;
  }
  .grid .card {
    padding: 0.4em 0.5em;
    gap: 0.25em;
    font-size: 0.875em;
    line-height: 1.3;
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  /* Compact: the kind, the title, when and where, who; themes are in the list and the details. */
  .grid .card .tags {
    display: none;
  }
  .grid .card .people {
    color: var(--_muted);
  }
  .room-head,
  .time-head,
  .corner {
    background: var(--_surface);
  }
  .room-head {
    grid-row: 1;
    grid-column: var(--_col);
    position: sticky;
    top: 0;
    z-index: 2;
    padding: 0.4em 0.5em;
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1.25;
    hyphens: auto;
    overflow-wrap: anywhere;
    border-bottom: 2px solid var(--_border);
  }
  .time-head {
    grid-column: 1;
    grid-row: var(--_row);
    position: sticky;
    left: 0;
    z-index: 1;
    padding: 0.1em 0.4em 0;
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    border-inline-end: 1px solid var(--_border);
  }
  .time-head.hour {
    color: var(--_muted);
    font-weight: normal;
  }
  .rule {
    grid-column: 1 / -1;
    grid-row: var(--_row);
    border-top: 1px solid var(--_border);
  }
  .rule.hour {
    border-top-style: dashed;
  }
  .corner {
    grid-row: 1;
    grid-column: 1;
    position: sticky;
    top: 0;
    left: 0;
    z-index: 3;
    border-bottom: 2px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
  }
  .zone-line,
  .grid-note {
    margin: 0 0 0.5em;
    font-size: 0.875em;
  }
  .grid-note {
    padding: 0.4em 0.75em;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }

  /* A grid card's details: a modal dialog (grid.ts), at most 46em of text wide, scrolling
     inside itself, never wider than the window. */
  .session-dialog {
    box-sizing: border-box;
    width: min(46em, 100% - 2em);
    max-height: min(40em, 100% - 2em);
    overflow: auto;
    padding: 1em 1.25em 1.25em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .session-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .session-dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.75em;
  }
  .dialog-head .close {
    flex: none;
    margin-inline-start: auto;
  }
  .dialog-title > * {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    /* The selected day and the pressed toggles in the system's selection colours, and not by
       colour alone: a thicker outline too. */
    button[aria-pressed='true'],
    [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 2px solid HighlightText;
      outline: 2px solid Highlight;
    }
    button[aria-pressed='true'] .badge,
    [role='tab'][aria-selected='true'] .badge {
      border-color: HighlightText;
    }
  }
  @media print {
    /* Buttons are hidden by the host styles; the grid prints as the list (see print.ts). */
    .filters,
    .tabs,
    .count,
    .card-actions {
      display: none;
    }
    [part~='day'] {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
      font-size: 1.4em;
      margin: 0.75em 0 0.5em;
    }
    .slot {
      content-visibility: visible;
    }
    .items {
      display: block;
    }
    .item {
      margin-bottom: 0.5em;
      break-inside: avoid;
    }
    .card {
      break-inside: avoid;
      border-color: #999;
      padding: 0.4em 0.6em;
      box-shadow: none;
    }
    [part~='day'],
    [part~='block'],
    [part~='time'] {
      break-after: avoid;
    }
  }
`;
