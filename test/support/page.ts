/**
 * Page objects: mount elements as a webmaster would (HTML on a page, a feed served over HTTP
 * by the test server) and read them as a visitor would (text, roles, links).
 */
import { fixture, oneEvent } from '@open-wc/testing';
import type { AictErrorEvent, AictLoadEvent } from '../../src/shared/events.js';

export const DEMO_FEED = '/feeds/forum-aict-2022.json';

/** A URL of the demo feed that no other test has requested (for request counting). */
export function uniqueFeedUrl(name = 'forum-aict-2022.json'): { url: string; key: string } {
  const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return { url: `/feeds/${name}?key=${key}`, key };
}

export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/feeds/count?key=${key}`);
  return ((await response.json()) as { count: number }).count;
}

type Outcome = AictLoadEvent | AictErrorEvent;

/**
 * Mounts `markup` (one root element) and resolves when it has rendered the feed or failed.
 * The listener is attached before the element connects, so no event is missed.
 */
export async function mount<T extends HTMLElement>(markup: string): Promise<{ el: T; event: Outcome }> {
  const wrapper = document.createElement('div');
  const outcome = new Promise<Outcome>((resolve) => {
    wrapper.addEventListener('aict-load', (e) => resolve(e as AictLoadEvent), { once: true });
    wrapper.addEventListener('aict-error', (e) => resolve(e as AictErrorEvent), { once: true });
  });
  wrapper.innerHTML = markup;
  const host = await fixture<HTMLDivElement>(wrapper);
  const el = host.firstElementChild as T;
  const event = await outcome;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, event };
}

/** Waits for the next `aict-load` or `aict-error` from `el` after `action`. */
export async function after<T extends HTMLElement>(el: T, action: () => void): Promise<Outcome> {
  const next = Promise.race([oneEvent(el, 'aict-load'), oneEvent(el, 'aict-error')]) as Promise<Outcome>;
  action();
  const event = await next;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return event;
}

/**
 * The element's rendered text with source white space collapsed, as a reader would see it.
 * No-break spaces are kept: French typography depends on them.
 */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function part(el: Element, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/**
 * Puts `feed` on the page as `<script type="application/json" id=…>` (an inline feed, `src="#id"`)
 * and returns the function that removes it.
 */
export function addInlineFeed(id: string, feed: unknown): () => void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify(feed);
  document.body.append(script);
  return () => script.remove();
}

interface AxeForNames {
  setup(context: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/**
 * The accessible name of `node` as assistive technologies get it (`aria-labelledby`,
 * `aria-label`, then content), computed by axe-core's implementation of the W3C algorithm, the
 * one its checks use, on the document's composed tree (shadow roots included). It reads
 * no-break spaces as spaces, as speech does.
 */
export async function accessibleName(node: Element): Promise<string> {
  const global = window as unknown as { axe?: AxeForNames };
  if (!global.axe) await import('axe-core/axe.min.js');
  const axe = global.axe!;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node)).replace(/[ \t\n\r\f]+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/**
 * The demo feed, inline under `id`, with a one-line summary on each session that has nothing to
 * show when opened (the seed page gives most sessions a title only): for tests that open cards.
 * Returns the function that removes it.
 */
export async function addDetailedDemoFeed(id: string): Promise<() => void> {
  const feed = (await (await fetch(DEMO_FEED)).json()) as { sessions: Record<string, unknown>[] };
  for (const session of feed.sessions) {
    if (!session.summary && !session.description) session.summary = `Résumé de ${String(session.id)}.`;
  }
  return addInlineFeed(id, feed);
}
