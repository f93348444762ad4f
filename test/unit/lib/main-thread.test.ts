import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapInSlices, setPause, yieldToMain } from '../../../src/lib/main-thread.ts';

// The test setup puts an immediate pause; these tests count pauses or use the browser's own ways.
afterEach(() => setPause(() => Promise.resolve()));

describe('mapInSlices', () => {
  it('maps every item in order, pausing between slices and never after the last', async () => {
    const pause = vi.fn(() => Promise.resolve());
    setPause(pause);
    const items = Array.from({ length: 600 }, (_, i) => i);
    const seen: number[] = [];
    const out = await mapInSlices(items, (x, i) => {
      seen.push(i);
      return x * 2;
    });
    expect(out).toEqual(items.map((x) => x * 2));
    expect(seen).toEqual(items);
    expect(pause).toHaveBeenCalledTimes(2);
    expect(await mapInSlices([], (x: number) => x)).toEqual([]);
    expect(pause).toHaveBeenCalledTimes(2);
  });

  it('gives the main thread back between slices: promise callbacks alone do not end the pass', async () => {
    setPause(yieldToMain);
    const order: number[] = [];
    const pass = mapInSlices([1, 2, 3], (x) => order.push(x), 1);
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    expect(order).toEqual([1]);
    await pass;
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('yieldToMain', () => {
  it("uses the browser's scheduler.yield() where it exists", async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('else resolves on a message, or on a timer where there is no MessageChannel', async () => {
    vi.stubGlobal('scheduler', undefined);
    await expect(yieldToMain()).resolves.toBeUndefined();
    vi.stubGlobal('MessageChannel', undefined);
    vi.useFakeTimers();
    let done = false;
    const waiting = yieldToMain().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(done).toBe(true);
  });
});
