/**
 * The one stylesheet of the session parts (`session-parts.ts`): chips, meta line, organisers,
 * people, themes and SDGs, description. Each element sets only its sizes around them (a card
 * is more compact than `<aict-session>`), through the `--_parts-*` properties.
 */
import { css } from 'lit';

export const sessionPartsStyles = css`
  /* A title that selects its session without a link to follow: a button that reads as a link. */
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    /* A button sizes to its longest word: let a long title wrap inside the card. */
    max-width: 100%;
    word-break: break-word;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    margin: 0;
    font-size: 0.875em;
  }
  .chip,
  .status,
  .live {
    display: inline-block;
    padding: 0.05em 0.55em;
    border-radius: 1em;
    font-weight: 700;
    line-height: 1.4;
  }
  .chip {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .status {
    border: 1px solid var(--_danger);
    color: var(--_danger);
  }
  .live {
    border: 1px solid var(--_accent);
    color: var(--_accent);
  }
  .status-cancelled [part~='title'] {
    text-decoration: line-through;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
    margin: 0;
    color: var(--_muted);
  }
  .meta .icon,
  .where .icon,
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
    margin: 0;
  }
  .description > :first-child {
    margin-top: 0;
  }
  .description > :last-child {
    margin-bottom: 0;
  }
  .description p,
  .description ul,
  .description ol {
    margin: 0 0 0.75em;
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
  .label,
  .group-name {
    font-weight: 700;
  }
  .organizers {
    margin: 0;
  }
  .people {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .people h2,
  .people h3,
  .people h4,
  .people h5,
  .people h6,
  .group-name {
    font-size: 1em;
    margin: 0 0 0.25em;
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
  .role,
  .more-people {
    color: var(--_muted);
  }
  .main-people {
    display: block;
    margin: 0;
  }
  .more-people {
    white-space: nowrap;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .themes,
  .sdgs {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    font-size: 0.875em;
  }
  .theme,
  .sdg {
    padding: 0.05em 0.5em;
  }
  .sdg-name {
    font-weight: normal;
  }
  /* Flex children shrink below their longest word (a URL in a label, a room or a theme name),
     which then wraps: overflow-wrap: anywhere on the host does this by itself, its
     break-word fallback needs them to. */
  .chips > *,
  .meta > *,
  .tags > *,
  .themes > *,
  .sdgs > * {
    min-width: 0;
  }
  @media (forced-colors: active) {
    .chip,
    .theme,
    .sdg,
    .status,
    .live {
      border: 1px solid CanvasText;
    }
  }
`;
