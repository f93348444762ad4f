// A RunQueue driven by hand, shared by the tests of a run's steps: every executor call waits until the test settles
// it, job ids come from a counter and the clock is a plain number, so nothing waits on the wall clock.
import {
  type Executor,
  type Run,
  type RunItem,
  RunQueue,
  type StepResult,
} from '../../src/api/operations/queue.ts';
import { expect } from 'vitest';
import { ZStackError } from '../../src/zstack/errors.ts';

/** One executor call the test settles by hand. */
export interface Call {
  name: string;
  stage: RunItem['stage'];
  jobUuid: string;
  /** True when the queue only asks how an old job went and must not send it again. */
  followOnly: boolean;
  resolve: (result: StepResult) => void;
  reject: (error: Error) => void;
}

/** Lets every pending promise chain run (the queue hops through several awaits after a job settles). */
export async function flush() {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

/** An answer lost on the way back: ZStack may have acted on it. */
const lost = () => new ZStackError('network', { details: 'connection reset' });

/** A queue over `run`; job ids count on from `firstId`, and `clock.now` is what the queue reads as the time. */
export function stepHarness(run: Run, { firstId = 0, clock = { now: 10_000 } } = {}) {
  const calls: Call[] = [];
  let ids = firstId;
  const execute: Executor = (item, stage, jobUuid, _signal, _typical, followOnly) =>
    new Promise<StepResult>((resolve, reject) => {
      calls.push({ name: item.name, stage, jobUuid, followOnly, resolve, reject });
    });
  const queue = new RunQueue(run, {
    execute,
    newJobUuid: () => `job-${(ids += 1)}`,
    now: () => clock.now,
    onChange: () => undefined,
  });
  const item = (name: string) => queue.run.items.find((i) => i.name === name);
  /** The latest call of `name` at `stage`. */
  const call = (name: string, stage: RunItem['stage']) => {
    const found = calls.filter((c) => c.name === name && c.stage === stage).at(-1);
    if (!found) throw new Error(`no ${stage} call for ${name}`);
    return found;
  };
  const sent = () => calls.map((c) => `${c.name}:${c.stage}`);
  /** Starts the run and answers these first steps together, then lets the queue move on. */
  const startAnswering = async (answers: readonly [string, RunItem['stage'], StepResult][]) => {
    queue.start();
    await flush();
    for (const [name, stage, result] of answers) call(name, stage).resolve(result);
    await flush();
  };
  /** Loses the answer to the latest call of `name` at `stage`: its outcome is unknown and its job id kept. */
  const loseAnswer = async (name: string, stage: RunItem['stage']) => {
    const lostCall = call(name, stage);
    lostCall.reject(lost());
    await flush();
    expect(item(name)).toMatchObject({ status: 'unknown', stage, jobUuid: lostCall.jobUuid });
    return lostCall;
  };
  return { queue, calls, item, call, sent, startAnswering, loseAnswer };
}

/** A run that recovers VMs (with what is restored along with them) and starts them after, as a restore sends it. */
export const recoverRun = (items: RunItem[], fields: Partial<Run> = {}): Run => ({
  id: 'run-1',
  action: 'recover',
  resource: 'vm',
  account: 'account-1',
  startAfter: true,
  concurrency: 4,
  cancelled: false,
  startedAt: 1000,
  items,
  ...fields,
});
