// Where bulk runs survive a reload: sessionStorage (this tab only), one list of runs per account. Parsed on the
// way back in, like any other untrusted input.
import * as v from 'valibot';
import { errorCodeSchema } from '../../zstack/client.ts';
import type { Run } from './run.ts';

const RUNS_KEY = 'zstack-console.operations';
const CONCURRENCY_KEY = 'zstack-console.bulk-concurrency';
export const CONCURRENCY = { min: 1, max: 16, default: 4 } as const;

// Runs saved before the field was named `account` called it `scope`: a tab open across an update keeps them.
const renamedScope = (run: unknown) =>
  typeof run === 'object' && run !== null && 'scope' in run && !('account' in run)
    ? { ...run, account: run.scope }
    : run;

const runFields = v.object({
  id: v.string(),
  action: v.picklist(['recover', 'expunge']),
  // Runs saved before volumes and images could be run in bulk were all VM runs.
  resource: v.optional(v.picklist(['vm', 'volume', 'image']), 'vm'),
  account: v.string(),
  startAfter: v.boolean(),
  concurrency: v.number(),
  cancelled: v.boolean(),
  startedAt: v.number(),
  finishedAt: v.optional(v.number()),
  event: v.optional(v.string()),
  items: v.array(
    v.object({
      uuid: v.string(),
      name: v.string(),
      status: v.picklist([
        'waiting',
        'running',
        'paused',
        'done',
        'failed',
        'unknown',
        'cancelled',
        'skipped',
      ]),
      stage: v.picklist(['main', 'ip', 'attach', 'start']),
      resource: v.optional(v.picklist(['vm', 'volume', 'image'])),
      attachTo: v.optional(v.string()),
      ip: v.optional(v.object({ l3NetworkUuid: v.string(), ip: v.string() })),
      jobUuid: v.optional(v.string()),
      jobSavedAt: v.optional(v.number()),
      state: v.optional(v.string()),
      startFailed: v.optional(v.boolean()),
      jobs: v.optional(
        v.object({
          main: v.optional(v.string()),
          ip: v.optional(v.string()),
          attach: v.optional(v.string()),
          start: v.optional(v.string()),
        }),
      ),
      error: v.optional(
        v.object({
          kind: v.picklist([
            'api',
            'http',
            'proxy',
            'foreign',
            'network',
            'malformed',
            'timeout',
            'job-expired',
            'aborted',
          ]),
          status: v.optional(v.number()),
          jobUuid: v.optional(v.string()),
          errorCode: errorCodeSchema,
        }),
      ),
    }),
  ),
});
const runSchema = v.pipe(v.unknown(), v.transform(renamedScope), runFields);
const storedSchema = v.record(v.string(), v.array(runSchema));

function readAll(storage: Storage | undefined): Record<string, Run[]> {
  try {
    const parsed = v.safeParse(storedSchema, JSON.parse(storage?.getItem(RUNS_KEY) ?? '{}'));
    return parsed.success ? parsed.output : {};
  } catch {
    return {};
  }
}

export function loadRuns(storage: Storage | undefined, account: string): Run[] {
  return readAll(storage)[account] ?? [];
}

/** Saves `runs` as the runs of `account`; with none, forgets every account's runs. */
export function saveRuns(
  storage: Storage | undefined,
  account: string | undefined,
  runs: readonly Run[],
): void {
  try {
    if (account === undefined) {
      storage?.removeItem(RUNS_KEY);
      return;
    }
    const all = readAll(storage);
    all[account] = [...runs];
    storage?.setItem(RUNS_KEY, JSON.stringify(all));
  } catch {
    // Full or blocked storage: the run goes on, it just would not survive a reload.
  }
}

export function readConcurrency(): number {
  try {
    const n = Number(localStorage.getItem(CONCURRENCY_KEY));
    return Number.isInteger(n) && n >= CONCURRENCY.min && n <= CONCURRENCY.max ? n : CONCURRENCY.default;
  } catch {
    return CONCURRENCY.default;
  }
}

export function writeConcurrency(n: number): void {
  try {
    localStorage.setItem(
      CONCURRENCY_KEY,
      String(Math.min(CONCURRENCY.max, Math.max(CONCURRENCY.min, Math.round(n)))),
    );
  } catch {
    // The default applies.
  }
}
