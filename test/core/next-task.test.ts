/** The tasks that long jobs (decoding, parsing, rendering in slices) yield to the page with. */
import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedInSlices } from '../../src/feed/parse.js';
import { inNextTask, nextTask } from '../../src/core/next-task.js';

/** Counts the hops of a chain of `setTimeout(0)` set from each other's callbacks until `stop()`. */
function timerChain(): { hops: () => number; stop: () => void } {
  let hops = 0;
  let stopped = false;
  const hop = () => {
    if (stopped) return;
    hops++;
    setTimeout(hop, 0);
  };
  setTimeout(hop, 0);
  return { hops: () => hops, stop: () => (stopped = true) };
}

/**
 * From the fifth nested level on, a timer waits at least 4 ms: a job cut in 30 pieces that
 * yielded with timers would advance in step with a chain of them (30 hops each). Without the
 * clamp, the job's pieces run back to back while the chain waits: a busy machine stalls both
 * alike, and a stall lets the chain catch up by one hop only.
 */
async function timerHopsDuring30Yields(): Promise<number> {
  const chain = timerChain();
  for (let i = 0; i < 30; i++) await nextTask();
  chain.stop();
  return chain.hops();
}

/** Hides `scheduler` (Safari has none) while `run` runs. */
async function withoutScheduler(run: () => Promise<void>): Promise<void> {
  // On the global object, `scheduler` is an own property: it is put back as it was.
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
  try {
    await run();
  } finally {
    delete (globalThis as { scheduler?: unknown }).scheduler;
    if (own) Object.defineProperty(globalThis, 'scheduler', own);
  }
}

/** Two real tasks later: anything queued for the next task has run by then. */
const twoTasksLater = () => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0));

describe('nextTask', () => {
  it('is not held back by the 4 ms clamp of nested timers', async () => {
    expect(typeof (globalThis as { scheduler?: { postTask?: unknown } }).scheduler?.postTask).to.equal('function');
    expect(await timerHopsDuring30Yields()).to.be.below(20);
  });

  it('is not held back by the clamp where the browser has no scheduler.postTask either', async () => {
    await withoutScheduler(async () => {
      expect(await timerHopsDuring30Yields()).to.be.below(20);
    });
  });

  it('yields: a job in slices lets a task queued meanwhile run before it ends', async () => {
    const json = {
      format: 'aict-programme/1',
      event: { timeZone: 'Europe/Paris' },
      sessions: Array.from({ length: 300 }, (_, i) => ({
        id: `s${i}`,
        title: `Session ${i}`,
        start: '2026-06-20T09:00',
        end: '2026-06-20T10:00',
      })),
    };
    let ranBeforeEnd = false;
    let ended = false;
    const sliced = parseFeedInSlices(json, '', 0).then((result) => {
      ended = true;
      return result;
    });
    setTimeout(() => (ranBeforeEnd = !ended), 0);
    const result = await sliced;
    expect(ranBeforeEnd).to.equal(true);
    // Same result as in one go.
    const whole = parseFeed(json, '');
    expect(result.ok && whole.ok).to.equal(true);
    if (result.ok && whole.ok)
      expect([...result.programme.sessionsById.keys()]).to.deep.equal([...whole.programme.sessionsById.keys()]);
  });

  it('can be cancelled', async () => {
    expect(typeof (globalThis as { scheduler?: { postTask?: unknown } }).scheduler?.postTask).to.equal('function');
    let ran = false;
    const cancel = inNextTask(() => (ran = true));
    cancel();
    await twoTasksLater();
    expect(ran).to.equal(false);
  });

  it('can be cancelled where the browser has no scheduler.postTask', async () => {
    await withoutScheduler(async () => {
      let ran = 0;
      inNextTask(() => ran++);
      const cancel = inNextTask(() => ran++);
      cancel();
      await nextTask();
      await twoTasksLater();
      expect(ran).to.equal(1);
    });
  });
});
