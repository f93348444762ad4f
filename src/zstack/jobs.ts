// Async APIs: 202 {location} -> poll api-jobs/<id> through our own origin until 200 (result) or 503 (ErrorCode).
// docs/zstack-protocol.md#async-jobs. Exactly-once is kept here, for every action, whoever retries it:
// a lost answer is resent with the same X-Job-UUID, and the ledger hands that id to any later run of the action.
import * as v from 'valibot';
import type { RawReply, ZStackClient } from './client.ts';
import { isZStackError, ZStackError } from './errors.ts';
import { type Exchange, type JobEvent, pollDelays, sendWithRetry } from './exchange.ts';
import { pacedTiming } from './job-pace.ts';
import type { JobTiming } from './job-timing.ts';
import { parseOrThrow } from './parse.ts';

export type { JobEvent } from './exchange.ts';

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

/** A failure after which nobody knows whether ZStack ran the action: its job id must be reused. */
export function outcomeUnknown(error: unknown): boolean {
  return (
    isZStackError(error) &&
    (error.kind === 'network' ||
      error.kind === 'proxy' ||
      error.kind === 'foreign' ||
      error.kind === 'timeout' ||
      error.kind === 'aborted')
  );
}

/** Identifies "the same action": same account, same call. */
function actionKey(client: ZStackClient, r: ActionRequest<v.GenericSchema>): string {
  return `${client.account()}\n${r.method} ${r.path}${r.query ? `?${r.query}` : ''}\n${JSON.stringify(r.body ?? null)}`;
}

/**
 * What a reply that is not a result means for an action. ZStack's own refusals are definite: an ErrorCode with 503,
 * or, for a submit, the REST layer's plain-text 400/404/405/500. Any other answer (a gateway's 401/403/407, an
 * HTML page, a text 5xx, an unexpected status) did not come from ZStack: whether the job ran is unknown, so the
 * error keeps its job id and the ledger keeps it for the next try (docs/architecture.md#unknown-is-not-failed).
 */
function failureOf(x: Exchange, reply: RawReply, stage: 'submit' | 'poll', pollId: string): ZStackError {
  const error = x.client.errorFrom(reply, x.what);
  const own = error.kind === 'api' ? reply.status === 503 : error.kind === 'http' && stage === 'submit';
  if (own || outcomeUnknown(error)) return error.withJob(x.jobUuid);
  return new ZStackError('foreign', {
    status: reply.status,
    rawBody: reply.text,
    jobUuid: x.jobUuid,
    details: `${x.what}: HTTP ${reply.status} is not an answer of ZStack (${error.message}). Whether job ${pollId} ran is unknown; it is followed again after signing in.`,
  });
}

interface Accepted {
  pollId: string;
  apiTimeoutMs: number | undefined;
  /** The job began before this submit (a resend found it, or a resume): its duration is not timed from here. */
  earlier?: boolean;
}

/** Sends the action (again, with the same X-Job-UUID, while its answer is lost); a 200/204 is a result at once. */
async function submit(
  x: Exchange,
  request: ActionRequest<v.GenericSchema>,
  timing: JobTiming,
): Promise<Accepted | { reply: RawReply }> {
  const { client } = x;
  const submitted = await sendWithRetry(
    x,
    () =>
      client.raw(request.method, request.path, {
        ...(request.query === undefined ? {} : { query: request.query }),
        ...(request.body === undefined ? {} : { body: request.body }),
        headers: { 'X-Job-UUID': x.jobUuid },
        signal: x.signal,
      }),
    {
      stage: 'submit',
      again: (attempt) => attempt < timing.submitRetries,
      waitMs: (attempt) => Math.min(timing.submitBackoffMs * 2 ** attempt, timing.maxPollMs),
    },
  );
  const accepted = submitted.status === 202 ? v.safeParse(acceptedSchema, submitted.json) : undefined;
  if (accepted?.success) {
    const timeout = accepted.output.apiTimeout;
    return {
      pollId: jobIdFromLocation(accepted.output.location) ?? x.jobUuid,
      apiTimeoutMs: timeout !== undefined && timeout > 0 ? timeout : undefined,
    };
  }
  // An earlier send with this id arrived although its answer did not: follow that job instead of acting twice.
  if (submitted.status === 400 && /Duplicate job uuid/iu.test(submitted.text))
    return { pollId: x.jobUuid, apiTimeoutMs: undefined, earlier: true };
  if ((submitted.status === 200 || submitted.status === 204) && !submitted.isHtml)
    return { reply: submitted };
  throw failureOf(x, submitted, 'submit', x.jobUuid);
}

/**
 * Polls the job until ZStack says how it ended. Waits at most the job's apiTimeout and the client's own cap
 * (maxWaitMs): after that the outcome is unknown and the id is kept, so a later try follows the same job.
 */
async function follow(
  x: Exchange,
  pollId: string,
  limitMs: number,
  timing: JobTiming,
): Promise<{ reply: RawReply; afterMs: number }> {
  const { client, what, jobUuid, signal } = x;
  const started = client.clock.now();
  const deadline = started + limitMs;
  const nextDelay = pollDelays(timing);
  for (;;) {
    await client.clock.sleep(nextDelay(), signal);
    const sentAt = client.clock.now();
    if (sentAt > deadline) {
      throw new ZStackError('timeout', {
        jobUuid,
        details: `${what}: no result after ${Math.round(limitMs / 1000)} s. Job ${pollId} may still be running; the console stopped waiting and keeps its id, so trying again follows the same job.`,
      });
    }
    const reply = await sendWithRetry(
      x,
      () => client.raw('GET', `/v1/api-jobs/${encodeURIComponent(pollId)}`, { signal }),
      { stage: 'poll', again: (_, silentMs) => silentMs <= timing.maxSilenceMs, waitMs: nextDelay },
    ).catch((e: unknown) => {
      if (!isZStackError(e) || e.kind !== 'network') throw e;
      throw new ZStackError('network', {
        jobUuid,
        details: `${what}: lost contact with the management node while job ${pollId} was running. It may still finish there; refresh to see its state.`,
      });
    });
    if (reply.status === 202 && !reply.isHtml) continue;
    // When the poll that saw the result was sent: the job ended by then (the pace learns from it).
    if (reply.status === 200 && reply.isJson) return { reply, afterMs: sentAt - started };
    if (reply.status === 404 && !reply.isHtml && !reply.isJson) {
      throw new ZStackError('job-expired', {
        status: 404,
        jobUuid,
        rawBody: reply.text,
        details: `${what}: the management node no longer knows job ${pollId} (${reply.text.trim() || 'HTTP 404'}). Refresh to see the current state.`,
      });
    }
    throw failureOf(x, reply, 'poll', pollId);
  }
}

async function execute<TSchema extends v.GenericSchema>(
  client: ZStackClient,
  request: ActionRequest<TSchema>,
  jobUuid: string,
): Promise<ActionOutcome<v.InferOutput<TSchema>>> {
  const { what } = request;
  // Paced by how long this kind of job usually takes here, unless the caller paces it (a bulk run).
  const typical = client.pace.typical(what);
  const timing: JobTiming = {
    ...client.timing,
    ...(typical === undefined ? {} : pacedTiming(typical, client.timing.firstPollMs)),
    ...request.timing,
  };
  const x: Exchange = { client, what, jobUuid, signal: request.signal, onEvent: request.onEvent, resends: 0 };
  const parse = (reply: RawReply) => ({
    value: parseOrThrow(request.schema, reply.isJson ? reply.json : {}, what, reply.text),
    jobUuid,
    transientFailures: x.resends,
  });
  const accepted: Accepted | { reply: RawReply } = request.followOnly
    ? { pollId: jobUuid, apiTimeoutMs: undefined, earlier: true }
    : await submit(x, request, timing);
  if ('reply' in accepted) return parse(accepted.reply);
  request.onEvent?.({ type: 'accepted', jobUuid });
  const limitMs = Math.min(accepted.apiTimeoutMs ?? timing.defaultApiTimeoutMs, timing.maxWaitMs);
  const { reply, afterMs } = await follow(x, accepted.pollId, limitMs, timing);
  if (!accepted.earlier) client.pace.record(what, afterMs);
  return parse(reply);
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
