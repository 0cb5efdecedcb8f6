/**
 * Tasks of our own, so that the page can paint and take input between the pieces of a long
 * job (decoding a feed, parsing it, rendering a programme in slices).
 *
 * Not `setTimeout(fn, 0)`: a timer set from a timer's callback, five levels deep, waits at
 * least 4 ms (the HTML standard's clamping), and a job cut in pieces nests them. A
 * 2,000-session feed from a URL, cut in ~25 pieces, spent ~20 ms of its ~270 ms waiting for
 * those clamps. `scheduler.postTask` where the browser has it, else a message to ourselves
 * (Safari), which is a task too, without the clamp.
 */

interface TaskScheduler {
  postTask(fn: () => void, options: { priority: string; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `fn` in a task of its own, soon: before idle time (the job is what the visitor waits
 * for), after pending input. Returns a function that cancels it.
 */
export function inNextTask(fn: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler.postTask(fn, { priority: 'user-visible', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  }
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}

/** Resolves in a task of its own (see `inNextTask`). */
export const nextTask = (): Promise<void> => new Promise((resolve) => inNextTask(resolve));
