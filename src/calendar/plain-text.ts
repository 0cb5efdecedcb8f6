/**
 * Limited feed HTML → plain text, for places where nothing is rendered (an iCalendar
 * DESCRIPTION, a CLI message). No DOM: this runs in Node as well as in the browser, and the
 * result is only ever used as text, so a small tag stripper is enough and safe.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\u2019',
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = /^(p|div|blockquote|ul|ol|h[1-6]|section|article|table|tr)$/;

/**
 * The text of a limited-HTML fragment: paragraphs separated by a blank line, `<br>` as a line
 * break, list items as "• …", a link's address after its text when it says something else.
 */
export function htmlToPlainText(fragment: string): string {
  let text = fragment
    // Content that is never text.
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  // Source white space is not significant in HTML.
  text = text.replace(/\s+/g, ' ');
  text = text.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_whole, attributes: string, inner: string) => {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const url = decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim();
    const label = inner;
    const labelText = decodeEntities(label.replace(/<[^>]*>/g, '')).trim();
    return /^(https?|mailto):/i.test(url) && labelText !== url && `mailto:${labelText}` !== url
      ? `${label} (${url})`
      : label;
  });
  text = text.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) => {
    const lower = name.toLowerCase();
    const closing = tag[1] === '/';
    if (lower === 'br') return '\n';
    if (lower === 'li') return closing ? '' : '\n• ';
    if (BLOCK_TAGS.test(lower)) return '\n\n';
    return '';
  });
  // A stray `<` that opened no tag stays as typed; anything tag-like left is dropped.
  text = text.replace(/<[^>]*>/g, '');
  text = decodeEntities(text);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
