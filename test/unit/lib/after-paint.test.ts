// What the first screen does not need waits for the first paint and an idle moment; once the app has settled,
// later mounts do not wait again.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from '../../../src/lib/after-paint.ts';

describe('useAfterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is false on the first render and in the same frame, true after a frame and an idle moment, then at once', () => {
    const idle = vi.fn((run: () => void) => {
      setTimeout(run, 40);
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(15);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(idle).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(40);
    });
    expect(result.current).toBe(true);
    // Settled: a part mounted later (another page's app bar) shows at once.
    const later = renderHook(() => useAfterFirstPaint()).result;
    expect(later.current).toBe(true);
    vi.unstubAllGlobals();
  });
});
