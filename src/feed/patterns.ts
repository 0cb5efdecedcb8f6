/**
 * Constants of the feed format shared by the schema (build time, CLI) and the parser (the
 * widgets). Kept apart from `schema.ts` so that the widgets never import valibot: a bundler
 * cannot drop the schema's top-level calls as dead code.
 */
export const FEED_FORMAT = 'aict-programme/1';

/**
 * `YYYY-MM-DDTHH:mm[:ss[.fff]]` with an optional `Z` or `±HH[:mm]` offset. Without flags so
 * that it converts to a JSON Schema `pattern`; calendar validity is checked by the parser.
 */
export const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** `event.dayChange`: event-local `HH:MM` when a programme day ends (00:00–23:59). */
export const DAY_CHANGE_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
