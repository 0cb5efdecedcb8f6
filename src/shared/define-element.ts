/**
 * Registration that tolerates a second copy of the script on the page (a CMS plugin and a
 * theme both loading it): the first definition wins, and a warning names both versions when
 * they differ.
 */
export const VERSION = '0.1.0';

const VERSIONS_KEY = Symbol.for('aict-widgets.versions');

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const versions = ((globalThis as Record<symbol, unknown>)[VERSIONS_KEY] ??= new Map<string, string>()) as Map<string, string>;
  if (registry.get(tag)) {
    const existing = versions.get(tag);
    if (existing && existing !== VERSION) {
      console.warn(`aict-widgets: <${tag}> is already defined by version ${existing}; this copy (${VERSION}) is not used.`);
    }
    return;
  }
  registry.define(tag, constructor);
  versions.set(tag, VERSION);
}
