/**
 * One observer per page for `lang` changes on any ancestor (a bilingual site switching
 * `<html lang>`): every connected element re-renders in its newly inherited language.
 */
import type { ReactiveElement } from 'lit';

const watched = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function watchLanguage(element: ReactiveElement): () => void {
  watched.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const el of watched) el.requestUpdate();
    });
    observer.observe(element.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    watched.delete(element);
  };
}
