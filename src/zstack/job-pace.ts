// How long each kind of job usually takes on this node, learned from the jobs the console followed, and the poll
// pacing that follows from it: the first poll just before such a job usually ends, the next soon after. ZStack
// has no push, so every poll is a request to the node; a 1.2 s job is found in 2 polls instead of 5. Single
// actions and bulk runs pace themselves with the same rule (pacedTiming).
import * as v from 'valibot';
import type { JobTiming } from './job-timing.ts';
import type { LedgerStorage } from './ledger.ts';

const STORAGE_KEY = 'zstack-console.job-pace';
/** Durations kept per kind of job: enough for a median that one slow job does not move. */
const KEEP = 9;
/** Kinds of job remembered (one per action the console sends: a handful). */
const KINDS = 32;

const savedSchema = v.record(
  v.string(),
  v.pipe(v.array(v.pipe(v.number(), v.finite(), v.minValue(0))), v.maxLength(KEEP)),
);

const clamp = (n: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, n)));

/**
 * Polls for a job that usually takes `typicalMs` (from acceptance to its result): just before then, then 15% later,
 * then growing as usual. Never sooner than the client's own first poll; the first wait is capped at 10 s so a job
 * that ends early is not left unseen for long.
 */
export function pacedTiming(typicalMs: number, floorMs = 100): Partial<JobTiming> {
  return {
    firstPollMs: clamp(typicalMs * 0.85, floorMs, 10_000),
    secondPollMs: clamp(typicalMs * 0.15, floorMs, 1000),
    pollGrowth: 1.5,
  };
}

/** Per kind of job (the action's name), the last few durations; kept in the tab's storage across reloads. */
export class JobPace {
  readonly #storage: LedgerStorage | undefined;
  readonly #durations = new Map<string, number[]>();

  constructor(storage?: LedgerStorage) {
    this.#storage = storage;
    try {
      const saved = v.safeParse(savedSchema, JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}'));
      if (saved.success)
        for (const [kind, list] of Object.entries(saved.output).slice(-KINDS))
          this.#durations.set(kind, list);
    } catch {
      // A damaged record only costs a few polls until the next jobs are timed.
    }
  }

  /** The median duration of this kind of job, once one was timed. */
  typical(kind: string): number | undefined {
    const list = this.#durations.get(kind);
    if (!list?.length) return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  record(kind: string, ms: number): void {
    const list = [...(this.#durations.get(kind) ?? []), Math.max(0, Math.round(ms))].slice(-KEEP);
    this.#durations.delete(kind);
    this.#durations.set(kind, list);
    while (this.#durations.size > KINDS) this.#durations.delete(this.#durations.keys().next().value ?? '');
    try {
      this.#storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(this.#durations)));
    } catch {
      // Storage full or blocked: the pace is still learned for this page.
    }
  }
}
