/**
 * Limited feed HTML → plain text, for places where nothing is rendered (an iCalendar
 * DESCRIPTION, a CLI message). No DOM: this runs in Node as well as in the browser, and the
 * result is only ever used as text, so a small tag stripper is enough and safe.
 */

import { readTag, skipComment, skipToEndTag, startsTag } from '../core/html-scan.js';

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
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,12});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // Own properties only: `&constructor;` is no entity.
    const key = name.toLowerCase();
    return Object.prototype.hasOwnProperty.call(ENTITIES, key) ? ENTITIES[key]! : whole;
  });
}

/**
 * Longest fragment converted: the same cut as the widget's sanitizer (`MAX_HTML_CHARS`), so a
 * calendar entry holds what the page shows and a megabyte of markup costs nothing.
 */
export const MAX_PLAIN_TEXT_INPUT = 100_000;

const BLOCK_TAGS = new Set(['p', 'div', 'blockquote', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'tr']);
/** Elements whose content is never text. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'math', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'iframe']);

/**
 * The text of a limited-HTML fragment: paragraphs separated by a blank line, `<br>` as a line
 * break, list items as "• …", a link's address after its text when it says something else.
 *
 * One pass over the (capped) input with the linear tag scanner of `html-scan.ts`: no
 * backtracking regular expression ever sees the whole fragment.
 */
export function htmlToPlainText(fragment: string): string {
  const html = fragment.length > MAX_PLAIN_TEXT_INPUT ? fragment.slice(0, MAX_PLAIN_TEXT_INPUT) : fragment;
  const out: string[] = [];
  /** The open link: its address and where its label starts in `out`. */
  let link: { url: string; from: number } | undefined;
  const closeLink = () => {
    if (!link) return;
    const labelText = out.slice(link.from).join('').trim();
    const { url } = link;
    link = undefined;
    if (/^(https?|mailto):/i.test(url) && labelText !== url && `mailto:${labelText}` !== url) out.push(` (${url})`);
  };
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    // Source white space is not significant in HTML.
    if (textEnd > i) out.push(decodeEntities(html.slice(i, textEnd).replace(/\s+/g, ' ')));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      i = skipComment(html, lt);
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // `<!doctype>`, `<?xml …>`: bogus comments, up to the next `>`.
      const end = html.indexOf('>', lt);
      i = end < 0 ? length : end + 1;
      continue;
    }
    if (!startsTag(html, lt)) {
      // A stray `<` that opens no tag stays as typed.
      out.push('<');
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    i = tag.end;
    const { name } = tag;
    if (!tag.closing && SKIPPED.has(name)) {
      i = skipToEndTag(html, name, i);
      continue;
    }
    if (name === 'a') {
      closeLink();
      if (!tag.closing) {
        const href = tag.attributes.find((a) => a.name === 'href')?.value ?? '';
        link = { url: decodeEntities(href).trim(), from: out.length };
      }
    } else if (name === 'br') out.push('\n');
    else if (name === 'li') {
      if (!tag.closing) out.push('\n• ');
    } else if (BLOCK_TAGS.has(name)) out.push('\n\n');
  }
  closeLink();
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
