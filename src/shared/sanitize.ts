/**
 * The one reviewed module where feed HTML (a session `description`) becomes DOM.
 *
 * The text is parsed by `DOMParser` into an inert document (no script runs, no resource
 * loads), then FRESH nodes are built in the page's document for allowed elements and
 * attributes only. Nothing is re-serialised and re-parsed, so mutation-XSS tricks that rely
 * on a second parse have nothing to act on. Disallowed elements are unwrapped (their text is
 * kept) unless they are containers of code or embedded content, which are dropped whole.
 *
 * Under Trusted Types, `DOMParser.parseFromString` needs a TrustedHTML: the `aict-widgets`
 * policy passes the string through for that inert parse only (document it in CSP lists).
 * Where the policy cannot be created, the description degrades to its plain text.
 */
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { noChange } from 'lit';
import { safeUrl } from './url.js';

/** Elements kept, per the feed contract. */
const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'cite']);
/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'option', 'video',
  'audio', 'source', 'track', 'img', 'picture', 'canvas', 'link', 'meta', 'base', 'head',
  'title', 'xmp', 'plaintext', 'noembed', 'noframes', 'dialog', 'slot', 'portal',
]);
/** Deeper nesting than this is flattened to text: a defence against pathological input. */
const MAX_DEPTH = 32;

export const TRUSTED_TYPES_POLICY = 'aict-widgets';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): unknown };
}

let policy: { createHTML(input: string): unknown } | null | undefined;

function toParserInput(html: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return html;
  if (policy === undefined) {
    try {
      // The output only ever reaches an inert DOMParser document; see the module comment.
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => input });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

function parse(html: string): Document | undefined {
  try {
    return new DOMParser().parseFromString(toParserInput(html) as string, 'text/html');
  } catch {
    return undefined; // Trusted Types enforced without our policy: fall back to plain text.
  }
}

/** Builds a sanitized fragment for `html` in `doc` (the page's document). */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const out = doc.createDocumentFragment();
  const parsed = parse(html);
  if (!parsed) {
    out.append(doc.createTextNode(stripTags(html)));
    return out;
  }
  copyChildren(parsed.body, out, doc, 0);
  return out;
}

function copyChildren(from: Node, to: Node, doc: Document, depth: number): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const element = child as Element;
    // Only HTML-namespace elements count: an `<a>` inside foreign content is not an HTML link.
    const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : '';
    if (DROPPED.has(name) || (!name && DROPPED.has(element.localName))) continue;
    if (!ALLOWED.has(name) || depth >= MAX_DEPTH) {
      copyChildren(element, to, doc, depth + 1);
      continue;
    }
    const copy = doc.createElement(name);
    if (name === 'a') {
      const href = safeUrl(element.getAttribute('href'));
      if (href) {
        copy.setAttribute('href', href);
        if (!href.startsWith('mailto:')) copy.setAttribute('rel', 'noopener noreferrer');
      }
    }
    copyChildren(element, copy, doc, depth + 1);
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
