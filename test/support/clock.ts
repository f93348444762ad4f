// A fake Clock for the job runner: sleeps return at once and are recorded, and the simulator's job latency moves
// with them, so backoff and poll timing are checked exactly, without waiting, however busy the machine is.
import type { Clock } from '../../src/zstack/clock.ts';
import { abortError } from '../../src/zstack/errors.ts';
import { simRealTime } from './msw.ts';

export interface FakeClock extends Clock {
  /** Every wait the runner asked for, in order. */
  readonly sleeps: number[];
  /** Fake milliseconds slept since the clock was made. */
  elapsed: () => number;
}

/** Call simRealTime.hold() first when the simulator's jobs must finish on fake time only. */
export function fakeClock(start = Date.now()): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    elapsed: () => now - start,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortError();
      sleeps.push(ms);
      now += ms;
      simRealTime.advance(ms);
      await Promise.resolve();
      if (signal?.aborted) throw abortError();
    },
  };
}
