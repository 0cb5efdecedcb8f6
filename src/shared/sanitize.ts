/**
 * The one reviewed module where feed HTML (a session `description`) becomes DOM.
 *
 * The text is parsed by `DOMParser` into an inert document (no script runs, no resource
 * loads), then FRESH nodes are built in the page's document for allowed elements and
 * attributes only. Nothing is re-serialised and re-parsed, so mutation-XSS tricks that rely
 * on a second parse have nothing to act on. Disallowed elements are unwrapped (their text is
 * kept) unless they are containers of code or embedded content, which are dropped whole.
 *
 * The inert parse: where the browser has the Sanitizer API's `Document.parseHTML` (Chromium
 * 2025+, Firefox 148+), that — it is not a Trusted Types sink, and its safe default already
 * drops scripts and handlers, so our allowlist runs on pre-cleaned input. Elsewhere
 * `DOMParser.parseFromString`, which under Trusted Types needs a TrustedHTML: the
 * `aict-widgets` policy passes the string through for that inert parse only (document it in
 * CSP lists). Where the policy cannot be created, the description degrades to plain text.
 * `setHTML`/`parseHTML` alone are NOT enough: their default keeps `class`, `id`, `<img>`,
 * `<table>`… which the contract does not allow, and engines differ on details; the allowlist
 * copy below gives the same result everywhere.
 *
 * DOMPurify (~12 KB gzip with a tight config) would cost 40 % of the 30 KB bundle budget
 * for a job this narrow allowlist does with fresh nodes; see test/security/ for the mXSS
 * fixtures it is checked against.
 */
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { noChange } from 'lit';
import { FEED_LINK_REL, safeUrl } from '../core/url.js';
import { ourPolicy } from './trusted-types.js';
import { readTag, skipComment, skipToEndTag, startsTag } from '../core/html-scan.js';

/** Elements kept, per the feed contract. */
const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'cite']);
/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'option', 'video',
  'audio', 'source', 'track', 'img', 'picture', 'canvas', 'link', 'meta', 'base', 'head',
  'title', 'xmp', 'plaintext', 'noembed', 'noframes', 'dialog', 'slot', 'portal',
  // `<svg>` and `<math>` as renamed by `withoutForeignContent` before the parse.
  'aict-svg', 'aict-math',
]);
/** Deeper nesting than this is flattened to text: a defence against pathological input. */
const MAX_DEPTH = 32;
/** A description longer than this is cut (a programme blurb, not a book: keeps the page responsive). */
export const MAX_HTML_CHARS = 100_000;
/** Nodes built per description at most; the rest is dropped. */
const MAX_NODES = 5_000;
/** Start tags parsed per description at most (see `neutralizeHandlers`). */
export const MAX_START_TAGS = 1_000;

// The `aict-widgets` Trusted Types policy is shared with the JSON-LD writer, which loads
// without this module: see trusted-types.ts.
export { TRUSTED_TYPES_POLICY, trustedJsonText } from './trusted-types.js';

function toParserInput(html: string): unknown {
  const p = ourPolicy();
  return p ? p.createHTML(html) : html;
}

type ParseHTML = (html: string) => Document;

/** How the inert document is made; `dom-parser` forces the fallback (tests cover both paths). */
export type ParseMode = 'auto' | 'dom-parser';

/**
 * Chromium reports a CSP violation as soon as its parser meets, even in an inert document
 * where nothing can ever run or apply: an `on*` attribute (`script-src-attr`, with or without
 * a value: `<img onerror>`), a `style` attribute (`style-src-attr`) or a `<style>` element
 * (`style-src-elem`). A strict partner page should not receive a report per view for a feed
 * that merely contains them, so before the parse such attribute names get an `x-` prefix
 * (`x-onerror`, `x-style`) and `<style>` elements are removed with their content.
 *
 * This is noise control, not the defence: the allowlist copy below keeps no attribute but a
 * checked `href` whatever this pass misses. It reads tags the way the HTML tokenizer does
 * (`html-scan.ts`, one linear pass), so text such as "on reste" or "style libre" is left
 * alone, and the raw text of `<script>`, `<textarea>`… is not mistaken for tags.
 */
export function neutralizeHandlers(html: string): string {
  if (!html.includes('<')) return html;
  const out: string[] = [];
  const length = html.length;
  let copied = 0;
  let i = 0;
  let tags = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      i = skipComment(html, lt);
      continue;
    }
    if (!startsTag(html, lt)) {
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    i = tag.end;
    if (tag.closing) continue;
    // A programme blurb has tens of tags; the browser's parser is quadratic on long runs of
    // unclosed formatting tags (`<em>` × 20,000 took seconds, × 5,000 still 400 ms): after
    // MAX_START_TAGS the rest of the markup is not parsed at all.
    if (++tags > MAX_START_TAGS) {
      out.push(html.slice(copied, lt));
      return out.join('');
    }
    if (tag.name === 'style') {
      out.push(html.slice(copied, lt));
      copied = i = skipToEndTag(html, 'style', i);
      continue;
    }
    for (const attribute of tag.attributes) {
      if (attribute.name === 'style' || attribute.name.startsWith('on')) {
        out.push(html.slice(copied, attribute.nameStart), 'x-');
        copied = attribute.nameStart;
      }
    }
    if (tag.name === 'plaintext') break;
    if (RAW_TEXT.has(tag.name)) i = skipToEndTag(html, tag.name, i);
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}

const FOREIGN_TAG = /<(\/?)(svg|math)(?=[\s/>]|$)/gi;

/**
 * `<svg>` and `<math>` start foreign content, where the parser reads `<textarea>`, `<title>`,
 * `<style>`… as plain elements and not as raw text, and leaves it again on `<p>`, `<b>`… (a
 * page of rules): `neutralizeHandlers` reads tags as in HTML content and would miss a
 * `<style>` hidden after `<svg><textarea>`. Both elements are dropped whole by the allowlist
 * copy, so they are renamed into unknown HTML elements (`<aict-svg>`, dropped too): the parse
 * then never enters foreign content and the pre-pass reads the markup as the parser does.
 */
export function withoutForeignContent(html: string): string {
  return html.replace(FOREIGN_TAG, '<$1aict-$2');
}

/** The whole pass before the inert parse. */
export function beforeParse(html: string): string {
  return neutralizeHandlers(withoutForeignContent(html));
}

/** Elements whose content the parser reads as text, not tags (`plaintext` runs to the end). */
const RAW_TEXT = new Set(['script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

function parse(html: string, mode: ParseMode): Document | undefined {
  const parseHTML = (Document as unknown as { parseHTML?: ParseHTML }).parseHTML;
  if (mode === 'auto' && typeof parseHTML === 'function') {
    try {
      return parseHTML.call(Document, html);
    } catch {
      // A draft implementation with another signature: use the fallback.
    }
  }
  try {
    return new DOMParser().parseFromString(toParserInput(html) as string, 'text/html');
  } catch {
    return undefined; // Trusted Types enforced without our policy: fall back to plain text.
  }
}

/** Builds a sanitized fragment for `html` in `doc` (the page's document). */
export function sanitizeHtml(html: string, doc: Document = document, mode: ParseMode = 'auto'): DocumentFragment {
  const out = doc.createDocumentFragment();
  const input = typeof html === 'string' ? html.slice(0, MAX_HTML_CHARS) : '';
  const parsed = parse(beforeParse(input), mode);
  const body = parsed && bodyOf(parsed);
  if (!body) {
    out.append(doc.createTextNode(stripTags(input)));
    return out;
  }
  copyChildren(body, out, doc, 0, { left: MAX_NODES });
  return out;
}

/**
 * DOM clobbering: in the parsed document, `<img name="body">` shadows `document.body` and
 * `<form><input name="localName">` shadows `form.localName`. Reading through the prototypes'
 * getters sees the real values whatever the markup names things.
 */
function getter<T>(proto: object, name: string): (node: unknown) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`No ${name} getter`);
  return (node) => get.call(node) as T;
}
const bodyOf = getter<HTMLElement | null>(Document.prototype, 'body');
const childNodesOf = getter<NodeListOf<ChildNode>>(Node.prototype, 'childNodes');
const nodeTypeOf = getter<number>(Node.prototype, 'nodeType');
const nodeValueOf = getter<string | null>(Node.prototype, 'nodeValue');
const localNameOf = getter<string>(Element.prototype, 'localName');
const namespaceOf = getter<string | null>(Element.prototype, 'namespaceURI');
const getAttribute = Element.prototype.getAttribute;

function copyChildren(from: Node, to: Node, doc: Document, depth: number, budget: { left: number }): void {
  for (const child of Array.from(childNodesOf(from))) {
    if (--budget.left < 0) return;
    const type = nodeTypeOf(child);
    if (type === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(nodeValueOf(child) ?? ''));
      continue;
    }
    if (type !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const element = child as Element;
    const localName = localNameOf(element);
    // Only HTML-namespace elements count: an `<a>` inside foreign content is not an HTML link.
    const name = namespaceOf(element) === 'http://www.w3.org/1999/xhtml' ? localName : '';
    if (DROPPED.has(name) || (!name && DROPPED.has(localName))) continue;
    if (!ALLOWED.has(name) || depth >= MAX_DEPTH) {
      copyChildren(element, to, doc, depth + 1, budget);
      continue;
    }
    const copy = doc.createElement(name);
    if (name === 'a') {
      const href = safeUrl(getAttribute.call(element, 'href'));
      if (href) {
        copy.setAttribute('href', href);
        if (!href.startsWith('mailto:')) copy.setAttribute('rel', `${FEED_LINK_REL} noreferrer`);
      }
    }
    copyChildren(element, copy, doc, depth + 1, budget);
    to.appendChild(copy);
  }
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

class SanitizedHtmlDirective extends Directive {
  private last?: string;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('sanitizedHtml() only works in child position');
  }

  render(html: string): unknown {
    return sanitizeHtml(html);
  }

  override update(_part: unknown, [html]: [string]): unknown {
    if (html === this.last) return noChange;
    this.last = html;
    return this.render(html);
  }
}

/** Renders feed HTML through the sanitizer: `${sanitizedHtml(description)}`. */
export const sanitizedHtml = directive(SanitizedHtmlDirective);
