/** Helpers for tests that load built files or demo pages in an iframe of the test page. */

export interface Frame {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** Uncaught errors (and rejections) seen in the frame. */
  readonly errors: string[];
  /** `postMessage`s the frame sent to this page. */
  readonly messages: unknown[];
}

const open: HTMLIFrameElement[] = [];

/** Loads `src` (a URL) or `srcdoc` markup in an iframe and resolves once it has loaded. */
export async function loadFrame(options: { src?: string; srcdoc?: string; width?: number }): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.title = 'test frame';
  frame.style.width = `${options.width ?? 480}px`;
  frame.style.height = '200px';
  frame.style.border = '0';
  const errors: string[] = [];
  const messages: unknown[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) frame.srcdoc = options.srcdoc;
  else frame.src = options.src!;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return { frame, win, doc: frame.contentDocument!, errors, messages };
}

export function closeFrames(): void {
  for (const frame of open.splice(0)) frame.remove();
}

/** Polls `check` until it returns a truthy value (or fails after `timeout` ms). */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The title an element renders, once it has rendered one. */
export function renderedTitle(el: Element | null | undefined): string | undefined {
  const title = el?.shadowRoot?.querySelector('[part~="title"]');
  // ASCII white space only: the no-break spaces of French typography are part of the text.
  return title?.textContent?.replace(/[ \t\n\r\f]+/g, ' ').trim() || undefined;
}
