// Long passes over thousands of rows (an audit chunk of 2,000) run in slices that give the main thread back in
// between, so that a slow PC's input, paint and React work are never blocked for long (Total Blocking Time).

/** Resolves once the browser has run what waited for the main thread. */
export type Pause = () => Promise<void>;

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** A macrotask without setTimeout's 4 ms clamp: one message per pause on one shared channel. */
function message(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** scheduler.yield() where the browser has it (the rest of the pass keeps its priority), else a message. */
export const yieldToMain: Pause = () => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') return message();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

let pause: Pause = yieldToMain;

/** Tests put a pause of their own (a resolved promise keeps them deterministic under fake timers). */
export function setPause(next: Pause): void {
  pause = next;
}

/** How many rows one slice handles: about 2 ms of work on a slow PC for the per-row passes here. */
export const SLICE = 250;

/** `fn` over `items` in order, in slices of `size` with a pause after each but the last. */
export async function mapInSlices<T, U>(
  items: readonly T[],
  fn: (item: T, index: number) => U,
  size = SLICE,
): Promise<U[]> {
  const out: U[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await pause();
    let i = start;
    for (const item of items.slice(start, start + size)) out.push(fn(item, i++));
  }
  return out;
}

/** Gives the main thread back once, between two heavy steps of one pass. */
export const breathe = (): Promise<void> => pause();
