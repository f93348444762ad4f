// Async APIs: 202 {location} -> poll api-jobs/<id> through our own origin until 200 (result) or 503 (ErrorCode).
import type * as v from 'valibot';
import type { ZStackClient, RawReply } from './client.ts';
import { abortError, ZStackError } from './errors.ts';
import { parseOrThrow } from './parse.ts';

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
  /** Lets a caller resume a job it started earlier; a fresh id otherwise. */
  jobUuid?: string;
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

export interface JobTiming {
  firstPollMs: number;
  maxPollMs: number;
  /** Each wait is this much longer than the last: x1.5 finds a 1.2 s job ~120 ms after it ends, with 5 polls. */
  pollGrowth: number;
  /** How many times a submit that got no answer is sent again with the same X-Job-UUID. */
  submitRetries: number;
  /** Give up polling after this long without any answer (the job may still run on ZStack). */
  maxSilenceMs: number;
  /** Used when the 202 has no apiTimeout (ZStack's default is 30 min). */
  defaultApiTimeoutMs: number;
}

export const defaultJobTiming: JobTiming = {
  firstPollMs: 100,
  maxPollMs: 2000,
  pollGrowth: 1.5,
  submitRetries: 4,
  maxSilenceMs: 120_000,
  defaultApiTimeoutMs: 1_800_000,
};

export function newJobUuid(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** The job id is the last segment of `location`; its host is the node's internal address, so we never use it. */
export function jobIdFromLocation(location: unknown): string | undefined {
  if (typeof location !== 'string') return undefined;
  const m = /\/api-jobs\/([^/?#\s]+)/u.exec(location);
  return m?.[1];
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** No usable answer: the request may or may not have reached ZStack. */
function isTransient(reply: RawReply): boolean {
  return reply.status === 502 || reply.status === 504 || (reply.isHtml && reply.status >= 500);
}

function describe(e: unknown): string {
  return e instanceof ZStackError ? (e.errorCode.details ?? e.errorCode.description ?? e.message) : String(e);
}

/** Runs one async API to its end. Sends it at most once, as far as ZStack's X-Job-UUID check allows. */
export async function runAction<TSchema extends v.GenericSchema>(
  client: ZStackClient,
  request: ActionRequest<TSchema>,
  timing: JobTiming = defaultJobTiming,
): Promise<ActionOutcome<v.InferOutput<TSchema>>> {
  const { signal, what, onEvent } = request;
  const jobUuid = request.jobUuid ?? newJobUuid();
  let transientFailures = 0;
  let polls = 0;
  let pollId: string | undefined;
  let apiTimeoutMs = timing.defaultApiTimeoutMs;
  const wrap = (value: v.InferOutput<TSchema>) => ({ value, jobUuid, polls, transientFailures });

  for (let attempt = 0; pollId === undefined; attempt += 1) {
    let reply: RawReply | undefined;
    let failure: ZStackError | undefined;
    try {
      reply = await client.raw(request.method, request.path, {
        ...(request.query === undefined ? {} : { query: request.query }),
        ...(request.body === undefined ? {} : { body: request.body }),
        headers: { 'X-Job-UUID': jobUuid },
        signal,
      });
    } catch (e) {
      if (!(e instanceof ZStackError) || e.kind !== 'network') throw e;
      failure = e;
    }
    if (reply && isTransient(reply)) failure = client.errorFrom(reply, what);
    if (failure) {
      if (attempt >= timing.submitRetries) throw failure.withJob(jobUuid);
      transientFailures += 1;
      onEvent?.({ type: 'retrying', jobUuid, stage: 'submit', reason: describe(failure) });
      await sleep(Math.min(250 * 2 ** attempt, timing.maxPollMs), signal);
      continue;
    }
    if (!reply) continue;
    if (reply.status === 202 && reply.isJson && reply.json && typeof reply.json === 'object') {
      const body = reply.json as Record<string, unknown>;
      pollId = jobIdFromLocation(body.location) ?? jobUuid;
      if (typeof body.apiTimeout === 'number' && body.apiTimeout > 0) apiTimeoutMs = body.apiTimeout;
    } else if (reply.status === 400 && /Duplicate job uuid/iu.test(reply.text)) {
      // Our earlier send arrived even though its answer did not: follow that job instead of acting twice.
      // On the first attempt it means the browser or a proxy repeated the request after a lost answer.
      pollId = jobUuid;
      if (attempt === 0) {
        transientFailures += 1;
        onEvent?.({
          type: 'retrying',
          jobUuid,
          stage: 'submit',
          reason: 'the answer to the first send was lost',
        });
      }
    } else if (reply.status === 200 || reply.status === 204) {
      return wrap(parseOrThrow(request.schema, reply.isJson ? reply.json : {}, what, reply.text));
    } else {
      throw client.errorFrom(reply, what).withJob(jobUuid);
    }
  }
  onEvent?.({ type: 'accepted', jobUuid });
  if (transientFailures > 0) onEvent?.({ type: 'recovered', jobUuid });

  const deadline = Date.now() + apiTimeoutMs;
  let delay = timing.firstPollMs;
  let lastAnswerAt = Date.now();
  let inTrouble = false;
  for (;;) {
    await sleep(delay, signal);
    delay = Math.min(delay * timing.pollGrowth, timing.maxPollMs);
    if (Date.now() > deadline) {
      throw new ZStackError('timeout', {
        jobUuid,
        details: `${what}: no result after ${Math.round(apiTimeoutMs / 1000)} s (the job's apiTimeout). Job ${pollId}.`,
      });
    }
    polls += 1;
    let reply: RawReply | undefined;
    let failure: ZStackError | undefined;
    try {
      reply = await client.raw('GET', `/v1/api-jobs/${encodeURIComponent(pollId)}`, { signal });
    } catch (e) {
      if (!(e instanceof ZStackError) || e.kind !== 'network') throw e;
      failure = e;
    }
    if (reply && isTransient(reply)) failure = client.errorFrom(reply, what);
    if (failure) {
      transientFailures += 1;
      if (Date.now() - lastAnswerAt > timing.maxSilenceMs) {
        throw new ZStackError('network', {
          jobUuid,
          details: `${what}: lost contact with the management node while job ${pollId} was running. It may still finish there; refresh to see the VM's state.`,
        });
      }
      inTrouble = true;
      onEvent?.({ type: 'retrying', jobUuid, stage: 'poll', reason: describe(failure) });
      continue;
    }
    if (!reply) continue;
    lastAnswerAt = Date.now();
    if (inTrouble) {
      inTrouble = false;
      onEvent?.({ type: 'recovered', jobUuid });
    }
    if (reply.status === 202) continue;
    if (reply.status === 200 && reply.isJson) {
      return wrap(parseOrThrow(request.schema, reply.json, what, reply.text));
    }
    if (reply.status === 404) {
      throw new ZStackError('job-expired', {
        status: 404,
        jobUuid,
        rawBody: reply.text,
        details: `${what}: the management node no longer knows job ${pollId} (${reply.text.trim() || 'HTTP 404'}). Refresh to see the VM's current state.`,
      });
    }
    throw client.errorFrom(reply, what).withJob(jobUuid);
  }
}
