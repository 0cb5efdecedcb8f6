/**
 * Keeps one `<script type="application/ld+json" data-aict-session="id" data-aict-feed="url">`
 * in the host document's `<head>` for each session shown on the page. Search engines do not
 * read shadow DOM, so the data must live in the light document.
 *
 * Sessions are keyed by feed and id: two feeds may both have a session `atelier-1`.
 * Two elements showing the same session share one script (reference-counted): it goes away
 * when the last of them does. The registry hangs off the document under a global symbol, so
 * two copies of the script on one page still agree.
 *
 * Trusted Types: the script is created with `createElement`, its `type` set to the JSON-LD
 * type first, and its text added as a Text node; a data block is never run, but should a
 * browser still treat this as a script sink under `require-trusted-types-for 'script'`, the
 * error is caught and the page simply gets no structured data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazy } from '../core/lazy.js';
import type { JsonLd } from './json-ld.js';

/**
 * The JSON-LD writer (`json-ld.ts`), loaded on first use: an element that may publish asks for
 * it before rendering its content (`AictElement.codeForContent`); with `no-seo`, never.
 */
export const jsonLdCode = lazy(() => import('./json-ld.js'));
export type JsonLdCode = NonNullable<typeof jsonLdCode.module>;

export const JSON_LD_ATTRIBUTE = 'data-aict-session';
export const JSON_LD_FEED_ATTRIBUTE = 'data-aict-feed';

interface Entry {
  readonly script: HTMLScriptElement;
  readonly owners: Set<object>;
}

const REGISTRY = Symbol.for('aict-widgets.json-ld');

function registryOf(doc: Document): Map<string, Entry> {
  const holder = doc as unknown as Record<symbol, Map<string, Entry> | undefined>;
  return (holder[REGISTRY] ??= new Map());
}

/** What the host wants published now: a session (its feed and id) and its data, or nothing. */
export type JsonLdSource = (code: JsonLdCode) => { readonly feed: string; readonly id: string; readonly data: JsonLd } | undefined;

export class JsonLdController implements ReactiveController {
  private current?: { doc: Document; key: string };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: JsonLdSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    let wanted: ReturnType<JsonLdSource>;
    // Without the writer (not loaded: `no-seo`, or it failed to load) there is nothing to publish.
    const code = jsonLdCode.module;
    try {
      wanted = code && this.host.isConnected ? this.source(code) : undefined;
    } catch {
      wanted = undefined; // structured data is a bonus: never let it break the element
    }
    if (!wanted || !code) {
      this.release();
      return;
    }
    const doc = this.host.ownerDocument;
    const key = `${wanted.feed}\n${wanted.id}`;
    if (this.current && (this.current.key !== key || this.current.doc !== doc)) this.release();
    this.publish(doc, key, wanted, code.jsonLdText(wanted.data), code.trustedJsonText);
  }

  hostDisconnected(): void {
    this.release();
  }

  private publish(
    doc: Document,
    key: string,
    wanted: { feed: string; id: string },
    text: string,
    trustedJsonText: (json: string) => string,
  ): void {
    const registry = registryOf(doc);
    let entry = registry.get(key);
    if (!entry || !entry.script.isConnected) {
      const script = doc.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(JSON_LD_ATTRIBUTE, wanted.id);
      script.setAttribute(JSON_LD_FEED_ATTRIBUTE, wanted.feed);
      try {
        script.text = trustedJsonText(text);
        (doc.head ?? doc.documentElement).append(script);
      } catch {
        return; // blocked (Trusted Types or an exotic document): skip structured data silently
      }
      entry = { script, owners: entry?.owners ?? new Set() };
      registry.set(key, entry);
    } else if (entry.script.textContent !== text) {
      try {
        entry.script.text = trustedJsonText(text);
      } catch {
        // keep the previous data
      }
    }
    entry.owners.add(this);
    this.current = { doc, key };
  }

  private release(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    const registry = registryOf(current.doc);
    const entry = registry.get(current.key);
    if (!entry) return;
    entry.owners.delete(this);
    if (entry.owners.size === 0) {
      entry.script.remove();
      registry.delete(current.key);
    }
  }
}
