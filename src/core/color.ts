/** Colours from the feed end up in styles, so only plain hex notations are let through. */

/** Without flags so that it converts to a JSON Schema `pattern` unchanged. */
export const HEX_COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Returns the colour lower-cased when it is `#rgb` or `#rrggbb`, else `undefined`. */
export function safeColor(value: unknown): string | undefined {
  return typeof value === 'string' && HEX_COLOR_PATTERN.test(value) ? value.toLowerCase() : undefined;
}
