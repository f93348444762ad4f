// Async APIs: 202 {location} -> poll api-jobs/<id> through our own origin until 200 (result) or 503 (ErrorCode).
// docs/zstack-protocol.md#async-jobs. Exactly-once is kept here, for every action, whoever retries it:
// a lost answer is resent with the same X-Job-UUID, and the ledger hands that id to any later run of the action.
import * as v from 'valibot';
import type { RawReply, ZStackClient } from './client.ts';
import { isZStackError, ZStackError } from './errors.ts';
import { parseOrThrow } from './parse.ts';

import type { JobTiming } from './job-timing.ts';

export { defaultJobTiming, type JobTiming } from './job-timing.ts';
export { newJobUuid } from './crypto.ts';

export type JobEvent =
  | { type: 'accepted'; jobUuid: string }
  | { type: 'retrying'; jobUuid: string; stage: 'submit' | 'poll'; reason: string }
  | { type: 'recovered'; jobUuid: string };

export interface ActionRequest<TSchema extends v.GenericSchema> {
  method: 'PUT' | 'POST' | 'DELETE';
  path: string;
  query?: string;
  body?: unknown;
  /** Schema of the 200 result of the job. */
  schema: TSchema;
  /** Names the action in error messages. */
  what: string;
  signal?: AbortSignal | undefined;
  /** Pacing for this action only, over the client's (a bulk run that knows how long its jobs take). */
  timing?: Partial<JobTiming> | undefined;
  /** Resume a job started earlier (e.g. before a reload); otherwise the ledger chooses. */
  jobUuid?: string | undefined;
  /** With jobUuid: do not send the action again, only poll its job (its id may be too old to be refused). */
  followOnly?: boolean | undefined;
  onEvent?: ((event: JobEvent) => void) | undefined;
}

export interface ActionOutcome<T> {
  value: T;
  jobUuid: string;
  /** Poll requests sent. */
  polls: number;
  /** Requests that got no usable answer and were sent again. */
  transientFailures: number;
}

/** The job id is the last segment of `location`; its host is the node's internal address, so we never use it. */
export function jobIdFromLocation(location: unknown): string | undefined {
  if (typeof location !== 'string') return undefined;
  const m = /\/api-jobs\/([^/?#\s]+)/u.exec(location);
  return m?.[1];
}

/** The 202 of an async call: where to poll, and for how long (both may be missing on a compatible server). */
const acceptedSchema = v.object({ location: v.optional(v.unknown()), apiTimeout: v.optional(v.number()) });

/** No usable answer: the request may or may not have reached ZStack. */
function isTransient(reply: RawReply): boolean {
  return reply.status === 502 || reply.status === 504 || (reply.isHtml && reply.status >= 500);
}

/** A failure after which nobody knows whether ZStack ran the action: its job id must be reused. */
export function outcomeUnknown(error: unknown): boolean {
  return (
    isZStackError(error) &&
    (error.kind === 'network' ||
      error.kind === 'proxy' ||
      error.kind === 'timeout' ||
      error.kind === 'aborted')
  );
}

function describe(e: ZStackError): string {
  return e.errorCode.details ?? e.errorCode.description ?? e.message;
}

/** Identifies "the same action": same account, same call. */
function actionKey(client: ZStackClient, r: ActionRequest<v.GenericSchema>): string {
  return `${client.scope()}\n${r.method} ${r.path}${r.query ? `?${r.query}` : ''}\n${JSON.stringify(r.body ?? null)}`;
}

interface Exchange {
  client: ZStackClient;
  what: string;
  jobUuid: string;
  signal: AbortSignal | undefined;
  onEvent: ((event: JobEvent) => void) | undefined;
  /** Counts resends across the whole action. */
  resends: number;
}

interface RetryPolicy {
  stage: 'submit' | 'poll';
  /** May attempt `attempt` (0-based) be followed by another, `silentMs` after the first send? */
  again: (attempt: number, silentMs: number) => boolean;
  waitMs: (attempt: number) => number;
}

/**
 * One request, sent again while its answer is lost (no response, a 502/504, an HTML error page). Both the submit
 * and every poll go through here; the caller makes each send identical (same X-Job-UUID), so resending is safe.
 */
async function sendWithRetry(
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

async function execute<TSchema extends v.GenericSchema>(
  client: ZStackClient,
  request: ActionRequest<TSchema>,
  jobUuid: string,
): Promise<ActionOutcome<v.InferOutput<TSchema>>> {
  const { signal, what } = request;
  const timing: JobTiming = { ...client.timing, ...request.timing };
  const x: Exchange = { client, what, jobUuid, signal, onEvent: request.onEvent, resends: 0 };
  let polls = 0;
  const done = (value: v.InferOutput<TSchema>) => ({ value, jobUuid, polls, transientFailures: x.resends });

  let pollId: string = jobUuid;
  let apiTimeoutMs = timing.defaultApiTimeoutMs;
  if (!request.followOnly) {
    const submitted = await sendWithRetry(
      x,
      () =>
        client.raw(request.method, request.path, {
          ...(request.query === undefined ? {} : { query: request.query }),
          ...(request.body === undefined ? {} : { body: request.body }),
          headers: { 'X-Job-UUID': jobUuid },
          signal,
        }),
      {
        stage: 'submit',
        again: (attempt) => attempt < timing.submitRetries,
        waitMs: (attempt) => Math.min(timing.submitBackoffMs * 2 ** attempt, timing.maxPollMs),
      },
    );
    const accepted = submitted.status === 202 ? v.safeParse(acceptedSchema, submitted.json) : undefined;
    if (accepted?.success) {
      pollId = jobIdFromLocation(accepted.output.location) ?? jobUuid;
      if (accepted.output.apiTimeout !== undefined && accepted.output.apiTimeout > 0)
        apiTimeoutMs = accepted.output.apiTimeout;
    } else if (submitted.status === 400 && /Duplicate job uuid/iu.test(submitted.text)) {
      // An earlier send with this id arrived although its answer did not: follow that job instead of acting twice.
      pollId = jobUuid;
    } else if (submitted.status === 200 || submitted.status === 204) {
      return done(parseOrThrow(request.schema, submitted.isJson ? submitted.json : {}, what, submitted.text));
    } else {
      throw client.errorFrom(submitted, what).withJob(jobUuid);
    }
  }
  request.onEvent?.({ type: 'accepted', jobUuid });

  const deadline = client.clock.now() + apiTimeoutMs;
  let delay = timing.firstPollMs;
  let first = true;
  const nextDelay = () => {
    const d = delay;
    delay = Math.min(
      first && timing.secondPollMs !== undefined ? timing.secondPollMs : delay * timing.pollGrowth,
      timing.maxPollMs,
    );
    first = false;
    return d;
  };
  for (;;) {
    await client.clock.sleep(nextDelay(), signal);
    if (client.clock.now() > deadline) {
      throw new ZStackError('timeout', {
        jobUuid,
        details: `${what}: no result after ${Math.round(apiTimeoutMs / 1000)} s (the job's apiTimeout). Job ${pollId}.`,
      });
    }
    const reply = await sendWithRetry(
      x,
      () => {
        polls += 1;
        return client.raw('GET', `/v1/api-jobs/${encodeURIComponent(pollId)}`, { signal });
      },
      { stage: 'poll', again: (_, silentMs) => silentMs <= timing.maxSilenceMs, waitMs: nextDelay },
    ).catch((e: unknown) => {
      if (!isZStackError(e) || (e.kind !== 'network' && e.kind !== 'proxy')) throw e;
      throw new ZStackError('network', {
        jobUuid,
        details: `${what}: lost contact with the management node while job ${pollId} was running. It may still finish there; refresh to see its state.`,
      });
    });
    if (reply.status === 202) continue;
    if (reply.status === 200 && reply.isJson)
      return done(parseOrThrow(request.schema, reply.json, what, reply.text));
    if (reply.status === 404) {
      throw new ZStackError('job-expired', {
        status: 404,
        jobUuid,
        rawBody: reply.text,
        details: `${what}: the management node no longer knows job ${pollId} (${reply.text.trim() || 'HTTP 404'}). Refresh to see the current state.`,
      });
    }
    throw client.errorFrom(reply, what).withJob(jobUuid);
  }
}

/**
 * Runs one async API to its end, exactly once as far as ZStack's X-Job-UUID check allows: a run after one whose
 * answer was lost reuses that run's job id, and identical runs started meanwhile share one request.
 */
export function runAction<TSchema extends v.GenericSchema>(
  client: ZStackClient,
  request: ActionRequest<TSchema>,
): Promise<ActionOutcome<v.InferOutput<TSchema>>> {
  const key = actionKey(client, request);
  return client.ledger.share(key, async () => {
    const jobUuid = request.jobUuid ?? client.ledger.jobFor(key);
    try {
      const outcome = await execute(client, request, jobUuid);
      client.ledger.settle(key);
      return outcome;
    } catch (e) {
      if (!outcomeUnknown(e)) client.ledger.settle(key);
      throw e;
    }
  });
}
