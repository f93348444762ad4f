// How the job runner paces itself. Injected through the client, so tests can use short or fake timings.

export interface JobTiming {
  firstPollMs: number;
  /** The wait after the first poll, when it should differ from firstPollMs x pollGrowth (see bulk runs). */
  secondPollMs?: number;
  maxPollMs: number;
  /** Each wait is this much longer than the last: x1.5 finds a 1.2 s job ~120 ms after it ends, with 5 polls. */
  pollGrowth: number;
  /** How many times a submit that got no answer is sent again with the same X-Job-UUID. */
  submitRetries: number;
  /** First wait before resending a submit; doubles each time, capped at maxPollMs. */
  submitBackoffMs: number;
  /** Give up polling after this long without any answer (the job may still run on ZStack). */
  maxSilenceMs: number;
  /** Used when the 202 has no apiTimeout (ZStack's default is 30 min). */
  defaultApiTimeoutMs: number;
  /**
   * The console's own cap on following one job, below a long apiTimeout (ExpungeVmInstance: 3 h): after it the
   * outcome is shown as unknown, the id is kept, and trying again follows the same job.
   */
  maxWaitMs: number;
}

export const defaultJobTiming: JobTiming = {
  firstPollMs: 100,
  maxPollMs: 2000,
  pollGrowth: 1.5,
  submitRetries: 4,
  submitBackoffMs: 250,
  maxSilenceMs: 120_000,
  defaultApiTimeoutMs: 1_800_000,
  maxWaitMs: 600_000,
};
