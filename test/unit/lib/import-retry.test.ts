// One retry for every chunk we load on demand (lazy pages and dialogs, the bulk-run machinery).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importWithRetry } from '../../../src/lib/import-retry.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('importWithRetry', () => {
  it('tries again after each delay and gives what the first good try loads', async () => {
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module');
    const loaded = importWithRetry(importer, [300, 1200]);
    await vi.advanceTimersByTimeAsync(299);
    expect(importer).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(importer).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1200);
    await expect(loaded).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(3);
  });

  it('rejects with the last failure once the delays are used up, and tries no more', async () => {
    const importer = vi.fn<() => Promise<string>>().mockRejectedValue(new TypeError('offline'));
    const loaded = importWithRetry(importer, [300, 1200]);
    const settled = expect(loaded).rejects.toThrow('offline');
    await vi.advanceTimersByTimeAsync(1500);
    await settled;
    expect(importer).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(importer).toHaveBeenCalledTimes(3);
  });
});
