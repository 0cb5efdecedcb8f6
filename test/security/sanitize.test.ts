/**
 * The description sanitizer against mutation-XSS, clobbering and URI-obfuscation payloads
 * (DOMPurify's fixture inputs, see mxss-payloads.ts), through both parse paths: the Sanitizer
 * API's `Document.parseHTML` where the browser has it, and `DOMParser` (the Trusted Types
 * policy path). Nothing may run, and only the contract's elements and a checked `href` may
 * come out.
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { MAX_HTML_CHARS, MAX_START_TAGS, beforeParse, neutralizeHandlers, sanitizeHtml, type ParseMode } from '../../src/shared/sanitize.js';
import { MXSS_PAYLOADS } from './mxss-payloads.js';

const ALLOWED = ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'cite'];
const XHTML = 'http://www.w3.org/1999/xhtml';

/** Throws with the payload when the output holds anything the contract does not allow. */
export function expectClean(root: ParentNode, label: string): void {
  for (const el of root.querySelectorAll('*')) {
    expect(ALLOWED, `${label}: <${el.localName}>`).to.include(el.localName);
    expect(el.namespaceURI, label).to.equal(XHTML);
    const names = el.getAttributeNames();
    if (el.localName === 'a') {
      for (const name of names) expect(['href', 'rel'], `${label}: a[${name}]`).to.include(name);
      const href = el.getAttribute('href');
      if (href !== null) expect(['http:', 'https:', 'mailto:'], `${label}: ${href}`).to.include(new URL(href).protocol);
    } else {
      expect(names, `${label}: <${el.localName}> attributes`).to.deep.equal([]);
    }
  }
}

interface Spy {
  calls: number;
  restore(): void;
}

/** Counts calls to `alert` and writes to `window.__aictPwned`, the payloads' ways of showing they ran. */
function spyExecution(): Spy {
  const w = window as unknown as Record<string, unknown>;
  const original = window.alert;
  const spy: Spy = {
    calls: 0,
    restore: () => {
      window.alert = original;
      delete w.__aictPwned;
    },
  };
  window.alert = () => {
    spy.calls++;
  };
  Object.defineProperty(w, '__aictPwned', {
    configurable: true,
    set: () => {
      spy.calls++;
    },
    get: () => undefined,
  });
  return spy;
}

const hasParseHTML = typeof (Document as unknown as { parseHTML?: unknown }).parseHTML === 'function';
const modes: ParseMode[] = ['dom-parser', ...(hasParseHTML ? (['auto'] as const) : [])];

describe('sanitizeHtml against hostile HTML', () => {
  for (const mode of modes) {
    describe(`parse path: ${mode === 'auto' ? 'Document.parseHTML' : 'DOMParser'}`, () => {
      it('keeps only the allowlist and safe links, and runs nothing, for every payload', async () => {
        const spy = spyExecution();
        const host = document.createElement('div');
        document.body.append(host);
        try {
          for (const payload of MXSS_PAYLOADS) {
            const box = document.createElement('div');
            box.append(sanitizeHtml(payload, document, mode));
            host.append(box); // live: an image or frame that slipped through would load now
            expectClean(box, JSON.stringify(payload));
          }
          await new Promise((r) => setTimeout(r, 300));
          expect(spy.calls, 'payload code ran').to.equal(0);
        } finally {
          host.remove();
          spy.restore();
        }
      });

      it('gives output that DOMPurify, configured with the same allowlist, leaves unchanged', () => {
        const config = { ALLOWED_TAGS: ALLOWED, ALLOWED_ATTR: ['href', 'rel'] };
        for (const payload of MXSS_PAYLOADS) {
          const box = document.createElement('div');
          box.append(sanitizeHtml(payload, document, mode));
          const ours = box.innerHTML;
          expect(String(DOMPurify.sanitize(ours, config)), payload).to.equal(ours);
        }
      });
    });
  }

  it('keeps what the contract allows, with rel="noopener" on links to other sites', () => {
    const box = document.createElement('div');
    box.append(
      sanitizeHtml(
        '<p>Un <strong>atelier</strong> <em>ouvert</em><br>à tous</p><ul><li>un</li></ul><ol><li>deux</li></ol>' +
          '<blockquote><p>citation</p><cite>auteur</cite></blockquote>' +
          '<a href="https://example.org/online?x=1">site</a> <a href="mailto:info@example.org">mail</a>',
      ),
    );
    expect(box.querySelector('strong')?.textContent).to.equal('atelier');
    expect(box.querySelectorAll('p, br, em, ul, ol, li, blockquote, cite')).to.have.length(10);
    const [site, mail] = [...box.querySelectorAll('a')];
    expect(site!.getAttribute('href')).to.equal('https://example.org/online?x=1');
    expect(site!.getAttribute('rel')).to.contain('noopener');
    expect(mail!.getAttribute('href')).to.equal('mailto:info@example.org');
    expect(mail!.hasAttribute('rel')).to.equal(false);
  });

  it('drops relative links rather than resolving them against the host page', () => {
    const box = document.createElement('div');
    box.append(sanitizeHtml('<a href="/admin">a</a><a href="//evil.example/">b</a>'));
    for (const a of box.querySelectorAll('a')) expect(a.hasAttribute('href')).to.equal(false);
  });

  it('neutralises handler attributes before parsing, without touching ordinary text and URLs', () => {
    expect(neutralizeHandlers('<img src=x onerror=alert(1)>')).to.equal('<img src=x x-onerror=alert(1)>');
    expect(neutralizeHandlers('<svg/onload=alert(1)>')).to.equal('<svg/x-onload=alert(1)>');
    expect(neutralizeHandlers('<b title="x"ONCLICK = y>')).to.equal('<b title="x"x-ONCLICK = y>');
    const ordinary = 'Click on the link: <a href="https://example.org/online/?on=1">online</a>';
    expect(neutralizeHandlers(ordinary)).to.equal(ordinary);
  });

  it('neutralises value-less handlers, style attributes and <style> elements, not words in text', () => {
    expect(neutralizeHandlers('<img src=x onerror>')).to.equal('<img src=x x-onerror>');
    expect(neutralizeHandlers('<img onload/src=y>')).to.equal('<img x-onload/src=y>');
    expect(neutralizeHandlers('<p style="color:red">a</p><p STYLE=\'x\'>b</p>')).to.equal('<p x-style="color:red">a</p><p x-STYLE=\'x\'>b</p>');
    expect(neutralizeHandlers('a<style>p{}</style>b<STYLE media=all>@import url(x)</STYLE >c')).to.equal('abc');
    expect(neutralizeHandlers('<svg><style>x</style></svg>')).to.equal('<svg></svg>');
    // Text that only looks like attributes is left alone, in the open and inside raw text.
    const text = '<p>on reste en ligne, style libre: onload = 1</p><textarea><b onclick></textarea><title>style=</title>';
    expect(neutralizeHandlers(text)).to.equal(text);
  });

  it('reads <svg> and <math> content as the parser does: no <style> hidden after <svg><textarea> (found by fast-check)', () => {
    // In foreign content <textarea> is not raw text: the <STYLE x> after it is an element.
    for (const html of ['<svg onerror</textarea><textarea><STYLE x>', '<math><title><style>p{}</style>', '<svg><textarea><b x="</textarea>" onclick=1>']) {
      const doc = new DOMParser().parseFromString(beforeParse(html), 'text/html');
      expect(doc.querySelector('style'), html).to.equal(null);
      expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n === 'style' || n.startsWith('on')), html).to.deep.equal([]);
    }
    // Still dropped whole, and the text around them kept.
    const box = document.createElement('div');
    box.append(sanitizeHtml('avant <svg><text>dessin</text></svg> <MATH><mi>x</mi></MATH> après'));
    expect(box.textContent).to.equal('avant   après');
    expect(beforeParse('<p>un <svg> et </SVG > deux</p>')).to.equal('<p>un <aict-svg> et </aict-SVG > deux</p>');
    expect(beforeParse('<p>svgs, mathematics, <svgx></p>')).to.equal('<p>svgs, mathematics, <svgx></p>');
  });

  it('after the pre-pass the inert parse meets no handler, style attribute or <style> (fast-check)', () => {
    const token = fc.oneof(
      fc.constantFrom('<p', '<img', '<svg', '</svg>', '<math', '<mi>', '<foreignObject>', '<title>', '<a href="https://x.org/"', '<b', '<style>', '</style>', '<STYLE x>', '<textarea>', '</textarea>', '<!--', '-->', '<!-->', '--!>'),
      fc.constantFrom(' onerror', ' ONLOAD', '/onclick', ' style', ' StYlE', '=', '="', "='", '"', "'", ' ', '/', '>', 'x', 'on', 'style'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const doc = new DOMParser().parseFromString(beforeParse(tokens.join('')), 'text/html');
        expect(doc.querySelector('style'), tokens.join('')).to.equal(null);
        for (const el of doc.querySelectorAll('*')) {
          for (const { name } of el.attributes) {
            expect(name === 'style' || name.startsWith('on'), `${name} in ${tokens.join('')}`).to.equal(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('survives pathological input: deep nesting, huge text, many nodes', () => {
    // Deeper than the kept depth: the text survives, the nesting is flattened.
    const box = document.createElement('div');
    box.append(sanitizeHtml('<em>'.repeat(300) + 'fond' + '</em>'.repeat(300)));
    expect(box.textContent).to.equal('fond');
    let depth = 0;
    for (let el: Element | null = box.querySelector('em'); el; el = el.firstElementChild) depth++;
    expect(depth).to.be.within(1, 40);
    // Far beyond the node budget: cut, not a hang or a stack overflow.
    expect(() => sanitizeHtml('<em>'.repeat(20000) + 'x' + '</em>'.repeat(20000))).not.to.throw();
    const huge = '<p>' + 'x'.repeat(MAX_HTML_CHARS * 3) + '</p>';
    const big = document.createElement('div');
    big.append(sanitizeHtml(huge));
    expect(big.textContent!.length).to.be.at.most(MAX_HTML_CHARS);
    const many = document.createElement('div');
    many.append(sanitizeHtml('<br>'.repeat(50000)));
    expect(many.querySelectorAll('br').length).to.be.below(50000);
  });

  it('parses at most MAX_START_TAGS start tags: a run of unclosed formatting tags cannot freeze the page', () => {
    // The browser's parser is quadratic on these (`<em>` × 20,000: seconds); cut, they cost nothing.
    const box = document.createElement('div');
    box.append(sanitizeHtml('<em>'.repeat(20000) + 'x'));
    expect(box.querySelectorAll('em').length).to.be.at.most(MAX_START_TAGS);
    const list = document.createElement('div');
    list.append(sanitizeHtml('<p><strong>a</strong></p>'.repeat(MAX_START_TAGS)));
    // Two start tags per paragraph: the first MAX_START_TAGS / 2 paragraphs are kept whole.
    expect(list.querySelectorAll('p').length).to.equal(MAX_START_TAGS / 2);
    expect(list.querySelectorAll('p strong').length).to.equal(MAX_START_TAGS / 2);
  });

  it('returns text for values that are not strings', () => {
    const box = document.createElement('div');
    box.append(sanitizeHtml(42 as unknown as string));
    expect(box.childElementCount).to.equal(0);
  });

  it('is accessible (sanitized output in the page)', async () => {
    const box = document.createElement('div');
    box.append(sanitizeHtml('<p>Texte <a href="https://example.org/">lien</a></p>'));
    document.body.append(box);
    try {
      await expect(box).to.be.accessible();
    } finally {
      box.remove();
    }
  });
});
