// One request of an async action, sent again while its answer is lost, and the pacing of polls. Used by jobs.ts
// for the submit and for every poll; the caller makes each send identical (same X-Job-UUID), so resending is safe.
import type { RawReply, ZStackClient } from './client.ts';
import { isZStackError, type ZStackError } from './errors.ts';
import type { JobTiming } from './job-timing.ts';

/** What a job tells its caller while it runs (defined here, beside the resend rule, so jobs.ts and this file form no cycle). */
export type JobEvent =
  | { type: 'accepted'; jobUuid: string }
  | { type: 'retrying'; jobUuid: string; stage: 'submit' | 'poll'; reason: string }
  | { type: 'recovered'; jobUuid: string };

/** No usable answer: the request may or may not have reached ZStack. */
function isTransient(reply: RawReply): boolean {
  return reply.status === 502 || reply.status === 504 || (reply.isHtml && reply.status >= 500);
}

function describe(e: ZStackError): string {
  return e.errorCode.details ?? e.errorCode.description ?? e.message;
}

export interface Exchange {
  client: ZStackClient;
  what: string;
  jobUuid: string;
  signal: AbortSignal | undefined;
  onEvent: ((event: JobEvent) => void) | undefined;
  /** Counts resends across the whole action. */
  resends: number;
}

export interface RetryPolicy {
  stage: 'submit' | 'poll';
  /** May attempt `attempt` (0-based) be followed by another, `silentMs` after the first send? */
  again: (attempt: number, silentMs: number) => boolean;
  waitMs: (attempt: number) => number;
}

/**
 * One request, sent again while its answer is lost (no response, a 502/504, an HTML error page). Both the submit
 * and every poll go through here; the caller makes each send identical (same X-Job-UUID), so resending is safe.
 */
export async function sendWithRetry(
  x: Exchange,
  send: () => Promise<RawReply>,
  policy: RetryPolicy,
): Promise<RawReply> {
  const { client } = x;
  const started = client.clock.now();
  for (let attempt = 0; ; attempt += 1) {
    let failure: ZStackError;
    try {
      const reply = await send();
      if (!isTransient(reply)) {
        if (attempt > 0) x.onEvent?.({ type: 'recovered', jobUuid: x.jobUuid });
        return reply;
      }
      failure = client.errorFrom(reply, x.what);
    } catch (e) {
      if (!isZStackError(e) || e.kind !== 'network') throw e;
      failure = e;
    }
    if (!policy.again(attempt, client.clock.now() - started)) throw failure.withJob(x.jobUuid);
    x.resends += 1;
    x.onEvent?.({ type: 'retrying', jobUuid: x.jobUuid, stage: policy.stage, reason: describe(failure) });
    await client.clock.sleep(policy.waitMs(attempt), x.signal);
  }
}

/** The waits between polls: firstPollMs, then (secondPollMs or) growing by pollGrowth up to maxPollMs. */
export function pollDelays(timing: JobTiming): () => number {
  let delay = timing.firstPollMs;
  let first = true;
  return () => {
    const d = delay;
    delay = Math.min(
      first && timing.secondPollMs !== undefined ? timing.secondPollMs : delay * timing.pollGrowth,
      timing.maxPollMs,
    );
    first = false;
    return d;
  };
}
