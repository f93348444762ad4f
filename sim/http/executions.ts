/** One action on one resource: how many jobs the node ran for it. */
export type ExecutionCount = { action: string; resourceUuid: string; count: number };

export type ExecutionReport = { executions: ExecutionCount[]; maxConcurrent: Record<string, number> };

/**
 * Test-only bookkeeping of the async jobs the node accepted (each one runs to an outcome), so tests can
 * prove a retry ran once and a bulk operation stayed within its concurrency limit.
 */
export class Executions {
  private readonly counts = new Map<string, ExecutionCount>();
  private readonly peaks = new Map<string, number>();
  /** Per action, the [start, end) real-time spans of jobs that may still overlap a later one. */
  private readonly spans = new Map<string, [number, number][]>();

  /** A job of `action` on `resourceUuid` runs from `startAt` to `endAt` (real ms); `now` is when it was accepted. */
  record(action: string, resourceUuid: string, startAt: number, endAt: number, now: number): void {
    const key = `${action}\u0000${resourceUuid}`;
    const entry = this.counts.get(key) ?? { action, resourceUuid, count: 0 };
    entry.count++;
    this.counts.set(key, entry);
    // a zero-latency job still occupies the node for an instant
    const span: [number, number] = [startAt, Math.max(endAt, startAt + 1)];
    // every later job starts at or after `now`, so spans that ended by then can never overlap one again
    const live = (this.spans.get(action) ?? []).filter(([, end]) => end > now);
    live.push(span);
    this.spans.set(action, live);
    this.peaks.set(action, Math.max(this.peaks.get(action) ?? 0, peakOverlap(live)));
  }

  report(): ExecutionReport {
    return {
      executions: [...this.counts.values()].map((e) => ({ ...e })),
      maxConcurrent: Object.fromEntries(this.peaks),
    };
  }

  clear(): void {
    this.counts.clear();
    this.peaks.clear();
    this.spans.clear();
  }
}

/** Largest number of half-open spans covering one instant (a job ending as another starts does not overlap it). */
function peakOverlap(spans: readonly [number, number][]): number {
  const events = spans.flatMap(([start, end]): [number, number][] => [
    [start, 1],
    [end, -1],
  ]);
  // ends sort before starts at the same instant
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let peak = 0;
  for (const [, delta] of events) {
    running += delta;
    peak = Math.max(peak, running);
  }
  return peak;
}
