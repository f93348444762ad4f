import { err, type ErrorCode } from '../store/error-codes.ts';
import type { JsonObject } from '../store/gson.ts';
import type { SchemaNode } from '../store/schema.ts';

export type JobOutcome =
  { ok: true; body: JsonObject; schema?: SchemaNode } | { ok: false; error: ErrorCode };

type Job = {
  id: string;
  seq: number;
  dueAtReal: number;
  run: () => JobOutcome;
  outcome?: JobOutcome;
  completedAtSim?: number;
};

/** rest.completedApi.expiredPeriod: finished job records are dropped after 3 h of sim time. */
export const JOB_RETENTION_MS = 10_800_000;

/**
 * The AsyncRestVO table plus the per-resource chain queues. Jobs finish after a real-time latency;
 * their work runs at completion, in due order, so results do not depend on timer jitter.
 */
export class JobTable {
  private readonly jobs = new Map<string, Job>();
  private readonly queueTail = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private seq = 0;

  constructor(
    private readonly realNow: () => number,
    private readonly simNow: () => number,
    private readonly onDue: () => void,
  ) {}

  has(id: string): boolean {
    return this.jobs.has(id);
  }

  /**
   * Queues a job; jobs sharing a serial key (a VM uuid) run one after another, like a ChainTask.
   * Returns when (real ms) the job starts running and when it completes.
   */
  submit(
    id: string,
    latencyMs: number,
    serialKey: string | undefined,
    run: () => JobOutcome,
  ): { startAt: number; dueAt: number } {
    const now = this.realNow();
    const startAt = serialKey === undefined ? now : Math.max(now, this.queueTail.get(serialKey) ?? now);
    const dueAtReal = startAt + latencyMs;
    if (serialKey !== undefined) this.queueTail.set(serialKey, dueAtReal);
    this.jobs.set(id, { id, seq: this.seq++, dueAtReal, run });
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.onDue();
      },
      dueAtReal - now + 1,
    );
    // never keep a process alive just for a pending fake job
    if (typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
    this.timers.add(timer);
    return { startAt, dueAt: dueAtReal };
  }

  /** Completes every job whose time has come, oldest first. */
  processDue(): void {
    const now = this.realNow();
    const due = [...this.jobs.values()]
      .filter((j) => !j.outcome && j.dueAtReal <= now)
      .sort((a, b) => a.dueAtReal - b.dueAtReal || a.seq - b.seq);
    for (const job of due) {
      try {
        job.outcome = job.run();
      } catch (e) {
        // a bug in an operation must finish the job (SYS.1000), not wedge every later request
        job.outcome = { ok: false, error: err('SYS.1000', e instanceof Error ? e.message : String(e)) };
      }
      job.completedAtSim = this.simNow();
    }
    this.expire();
  }

  private expire(): void {
    const now = this.simNow();
    for (const [id, job] of this.jobs) {
      if (job.completedAtSim !== undefined && now - job.completedAtSim >= JOB_RETENTION_MS)
        this.jobs.delete(id);
    }
  }

  /** undefined = unknown or expired; 'processing' = still running. */
  get(id: string): JobOutcome | 'processing' | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return job.outcome ?? 'processing';
  }

  clear(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.jobs.clear();
    this.queueTail.clear();
  }
}
