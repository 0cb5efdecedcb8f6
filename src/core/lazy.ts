/**
 * A module loaded on first use (a dynamic `import()`, which the bundler turns into a chunk of
 * its own): `ready()` starts loading it, `module` holds it once loaded. A failed load (the
 * visitor went offline) is forgotten, so that the next use tries again.
 */
export interface Lazy<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** Loads the module; `undefined` when it is already loaded, so callers can stay synchronous. */
  ready(): Promise<M> | undefined;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get module() {
      return module;
    },
    ready() {
      if (module) return undefined;
      return (loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    },
  };
}
