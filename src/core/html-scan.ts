/**
 * A small, linear scanner for the start and end tags of an HTML string, following the HTML
 * tokenizer's rules for tag names and attributes (quoted values may hold `>`). It never
 * builds DOM and never decides what is safe: the sanitizer's allowlist copy does that. It is
 * used where a pass over raw markup must not cost more than one look at each character
 * (the CSP noise filter before the inert parse, the plain-text export), because backtracking
 * regular expressions over a megabyte of hostile markup froze pages for minutes.
 */

export interface Attribute {
  /** Lower-cased name. */
  readonly name: string;
  /** Offsets of the name in the scanned text. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Raw value (entities not decoded); undefined when the attribute has none (`<img onerror>`). */
  readonly value?: string;
}

export interface Tag {
  /** Lower-cased tag name. */
  readonly name: string;
  readonly closing: boolean;
  readonly attributes: readonly Attribute[];
  /** Offset just after the tag's `>` (or the text's length when it never ends). */
  readonly end: number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a tag starts at `at` (`<` followed by a letter, or `</` and a letter). */
export function startsTag(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 60) return false;
  const c = text.charCodeAt(at + 1);
  return isAsciiLetter(c) || (c === 47 && isAsciiLetter(text.charCodeAt(at + 2)));
}

/**
 * Reads the tag that starts at `at` (where `startsTag` is true). A tag that never ends runs
 * to the end of the text, as in the browser (which drops it): the caller moves on to `end`,
 * so every character is read once.
 */
export function readTag(text: string, at: number): Tag {
  const length = text.length;
  let i = at + 1;
  const closing = text.charCodeAt(i) === 47;
  if (closing) i++;
  const nameStart = i;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = text.slice(nameStart, i).toLowerCase();
  const attributes: Attribute[] = [];
  while (i < length) {
    let c = text.charCodeAt(i);
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    if (c === 62) return { name, closing, attributes, end: i + 1 };
    // An attribute name: up to white space, `/`, `>` or `=` (a leading `=` belongs to it).
    const start = i;
    i++;
    while (i < length) {
      c = text.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      i++;
    }
    const nameEnd = i;
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    let value: string | undefined;
    if (text.charCodeAt(i) === 61) {
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote === 34 || quote === 39) {
        const close = text.indexOf(quote === 34 ? '"' : "'", i + 1);
        const stop = close < 0 ? length : close;
        value = text.slice(i + 1, stop);
        i = close < 0 ? length : close + 1;
      } else {
        const valueStart = i;
        while (i < length) {
          c = text.charCodeAt(i);
          if (isSpace(c) || c === 62) break;
          i++;
        }
        value = text.slice(valueStart, i);
      }
    }
    attributes.push({ name: text.slice(start, nameEnd).toLowerCase(), nameStart: start, nameEnd, ...(value !== undefined && { value }) });
  }
  return { name, closing, attributes, end: length };
}

const closers = new Map<string, RegExp>();

/**
 * Offset just after the end tag `</name>` at or after `from` (case-insensitive), or the
 * text's length when there is none: where the raw text of a `<script>`, `<style>`… ends.
 */
export function skipToEndTag(text: string, name: string, from: number): number {
  let closer = closers.get(name);
  if (!closer) closers.set(name, (closer = new RegExp(`</${name}[\\s/>]`, 'gi')));
  closer.lastIndex = from;
  const match = closer.exec(text);
  if (!match) return text.length;
  const gt = text.indexOf('>', match.index);
  return gt < 0 ? text.length : gt + 1;
}

const COMMENT_END = /--!?>/g;

/**
 * Offset just after the comment that starts at `at` (`<!--`), as the HTML tokenizer ends it:
 * `<!-->` and `<!--->` are empty comments, `-->` or `--!>` close one, and an unclosed comment
 * runs to the end of the text.
 */
export function skipComment(text: string, at: number): number {
  if (text.startsWith('>', at + 4)) return at + 5;
  if (text.startsWith('->', at + 4)) return at + 6;
  COMMENT_END.lastIndex = at + 4;
  const match = COMMENT_END.exec(text);
  return match ? match.index + match[0].length : text.length;
}
