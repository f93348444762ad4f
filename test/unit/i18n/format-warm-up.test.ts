// The Intl formatters of a page's first render are built before it, one per task, and the render finds them built:
// the first of a page costs 15-30 ms (ICU loads its data), and inside the render it was a slice React cannot split.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFor, warmFormat } from '../../../src/i18n/format.ts';

/** Counts the Intl formatters built from here on; each is still the real one. */
function countBuilt() {
  const built = { count: 0 };
  const counting: ProxyHandler<object> = {
    construct(target, args, newTarget) {
      built.count += 1;
      return Reflect.construct(target as new (...values: unknown[]) => object, args, newTarget) as object;
    },
  };
  const real = Intl;
  vi.stubGlobal(
    'Intl',
    new Proxy(real, {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? new Proxy(value, counting) : value;
      },
    }),
  );
  return built;
}

afterEach(() => vi.unstubAllGlobals());

describe('formatter warm-up', () => {
  it('builds one formatter per task, and the rendered dates, sizes and countdowns build none of their own', async () => {
    const built = countBuilt();
    const perTask: number[] = [];
    let before = 0;
    await warmFormat('zh-TW', () => {
      perTask.push(built.count - before);
      before = built.count;
      return Promise.resolve();
    });
    perTask.push(built.count - before);
    expect(Math.max(...perTask)).toBeLessThanOrEqual(1);
    expect(built.count).toBeGreaterThanOrEqual(4);

    const warmed = built.count;
    const f = formatFor('zh-TW');
    const now = Date.UTC(2026, 11, 7, 12);
    expect(f.relative(new Date(now - 3 * 3_600_000), now)).toBe('3 小時前');
    expect(f.dateTime(new Date(now))).toContain('2026');
    expect(f.bytes(8 * 1024 ** 3)).toBe('8 GiB');
    expect(f.duration((3 * 24 + 4) * 3_600_000)).toBe('3 天 4 小時');
    expect(built.count).toBe(warmed);
  });
});
