// One error type for everything that can go wrong talking to ZStack, so the UI renders all failures the same way.

export interface ErrorCode {
  code: string;
  description?: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ErrorCode;
  causes?: ErrorCode[];
  opaque?: Record<string, unknown>;
  /** Set by the console, not ZStack: how many levels of causes below this one were cut (error-chain.ts). */
  hiddenLevels?: number;
}

/**
 * - api: ZStack answered with an ErrorCode (503 `{"error": ...}`)
 * - http: the REST layer refused the request (400/404/405/500 with a text body)
 * - proxy: something between us and ZStack answered (HTML page, 502, 504)
 * - foreign: an answer that is not ZStack's own (401/403/407 from a sign-in gateway, an unexpected status); on an
 *   action it leaves the outcome unknown
 * - network: no answer at all (connection refused or dropped)
 * - malformed: an answer we could not read (bad JSON, missing fields)
 * - timeout: a job ran past its apiTimeout
 * - job-expired: the job record is gone (404 on api-jobs)
 * - aborted: the caller cancelled
 */
export type ZStackErrorKind =
  'api' | 'http' | 'proxy' | 'foreign' | 'network' | 'malformed' | 'timeout' | 'job-expired' | 'aborted';

/** Codes the console invents for failures that are not ZStack ErrorCodes; shown through the same view. */
const consoleCodes: Record<Exclude<ZStackErrorKind, 'api'>, { code: string; description: string }> = {
  http: { code: 'HTTP', description: 'The management node refused the request' },
  proxy: { code: 'PROXY', description: 'A proxy between the console and ZStack answered instead of ZStack' },
  foreign: { code: 'NOT_ZSTACK', description: 'Something in front of ZStack answered instead of ZStack' },
  network: { code: 'NETWORK', description: 'The management node could not be reached' },
  malformed: { code: 'MALFORMED', description: 'ZStack sent an answer the console could not read' },
  timeout: { code: 'TIMEOUT', description: 'The operation did not finish in time' },
  'job-expired': { code: 'JOB_EXPIRED', description: 'The job record has expired on the management node' },
  aborted: { code: 'ABORTED', description: 'The request was cancelled' },
};

export interface ZStackErrorInit {
  status?: number;
  details?: string;
  errorCode?: ErrorCode;
  jobUuid?: string;
  rawBody?: string;
}

export class ZStackError extends Error {
  override readonly name = 'ZStackError';
  readonly kind: ZStackErrorKind;
  readonly status: number | undefined;
  readonly errorCode: ErrorCode;
  readonly jobUuid: string | undefined;
  /** The body as received, for the "copy error" button. */
  readonly rawBody: string | undefined;

  constructor(kind: ZStackErrorKind, init: ZStackErrorInit = {}) {
    // An 'api' error always brings its ErrorCode; the fallback only matters for a malformed one.
    const fallback = consoleCodes[kind === 'api' ? 'malformed' : kind];
    const errorCode: ErrorCode = init.errorCode ?? {
      ...fallback,
      ...(init.details === undefined ? {} : { details: init.details }),
    };
    super(errorCode.details ?? errorCode.description ?? errorCode.code);
    this.kind = kind;
    this.status = init.status;
    this.errorCode = errorCode;
    this.jobUuid = init.jobUuid;
    this.rawBody = init.rawBody;
  }

  /** Same error, now known to belong to a job. */
  withJob(jobUuid: string): ZStackError {
    return new ZStackError(this.kind, {
      errorCode: this.errorCode,
      jobUuid,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.rawBody === undefined ? {} : { rawBody: this.rawBody }),
    });
  }
}

export function abortError(): ZStackError {
  return new ZStackError('aborted', { details: 'The request was cancelled.' });
}

export function isZStackError(e: unknown): e is ZStackError {
  return e instanceof ZStackError;
}

export const SESSION_INVALID = 'ID.1001';

/**
 * The error leaves an action waiting for a sign-in: an answer that is not ZStack's own (a gateway's 401/403/407, an
 * HTML page, a text 5xx), or ZStack saying the session is invalid (then the job did not run, and a new one is sent
 * after signing in). Whether an action ran is never guessed from such an answer.
 */
export function needsSignIn(e: unknown): boolean {
  return (
    isZStackError(e) &&
    (e.kind === 'foreign' || e.kind === 'proxy' || (e.kind === 'api' && e.errorCode.code === SESSION_INVALID))
  );
}
