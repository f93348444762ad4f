// The only code that calls fetch. Decides how to read an answer from its status (ZStack sets no Content-Type).
import * as v from 'valibot';
import { type Clock, systemClock } from './clock.ts';
import { abortError, type ErrorCode, SESSION_INVALID, ZStackError } from './errors.ts';
import { cutCauseChain, dropNulls } from './error-chain.ts';
import { defaultJobTiming, type JobTiming } from './job-timing.ts';
import { JobLedger, type LedgerStorage } from './ledger.ts';
import { JobPace } from './job-pace.ts';
import { parseOrThrow } from './parse.ts';

/** Gives the main thread back for a moment (the app's lib/main-thread.ts). */
export type Pause = () => Promise<void>;

export interface ClientConfig {
  /** Where `/zstack` is served; the console's own origin by default (ZStack sends no CORS headers). */
  baseUrl?: string;
  fetch?: typeof fetch;
  getSession: () => string | undefined;
  /** Called once per failing call that answered ID.1001. */
  onSessionInvalid?: (error: ZStackError) => void;
  /** Whose actions these are (the account): an unsettled job id is only ever reused by the same account. */
  getAccount?: () => string;
  clock?: Clock;
  timing?: Partial<JobTiming>;
  /** Where unsettled job ids and the pace of jobs survive a reload (sessionStorage in the browser). */
  ledgerStorage?: LedgerStorage;
  /**
   * GETs sent before the app's code ran (the page's noted first requests): `take` hands over the answer to exactly
   * this request once, `note` remembers a GET the page sends as it starts. The app wires lib/early-requests.ts.
   */
  early?: {
    note: (url: string) => void;
    take: (url: string, authorization: string | undefined) => Promise<Response> | undefined;
  };
  /**
   * Awaited before each request is prepared and sent (not the one sent as the page closes, which cannot wait): a page
   * that mounts several queries at once sends each in a task of its own instead of all of them in the one task that
   * runs React's effects (a phone's input waits for that task).
   */
  pause?: Pause;
}

export interface RequestOptions {
  query?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Login and logout are @SuppressCredentialCheck: no Authorization header. */
  auth?: boolean;
  /** The request outlives the page (a logout sent as the tab closes); bodies stay tiny, as browsers require. */
  keepalive?: boolean;
}

export interface RawReply {
  status: number;
  text: string;
  /** The parsed body, when it was JSON. */
  json: unknown;
  isJson: boolean;
  isHtml: boolean;
}

const errorCodeFields: v.GenericSchema<ErrorCode> = v.object({
  code: v.string(),
  description: v.optional(v.string()),
  details: v.optional(v.string()),
  elaboration: v.optional(v.string()),
  location: v.optional(v.string()),
  cost: v.optional(v.string()),
  cause: v.optional(v.lazy(() => errorCodeFields)),
  causes: v.optional(v.array(v.lazy(() => errorCodeFields))),
  opaque: v.optional(v.record(v.string(), v.unknown())),
  hiddenLevels: v.optional(v.number()),
});
/** Cut to MAX_CAUSE_LEVELS before the (recursive) schema sees it: a chain 1,500 levels deep is read as 32. */
export const errorCodeSchema: v.GenericSchema<unknown, ErrorCode> = v.pipe(
  v.unknown(),
  v.transform(cutCauseChain),
  errorCodeFields,
);
const errorBodySchema = v.object({ error: errorCodeSchema });

/** The statuses ZStack's REST layer itself answers with a plain-text body (docs/zstack-protocol.md#errors-over-http). */
const ZSTACK_TEXT_STATUSES = new Set([400, 404, 405, 500]);

export class ZStackClient {
  readonly #config: ClientConfig;
  readonly clock: Clock;
  readonly timing: JobTiming;
  /** Job ids of actions whose outcome is unknown, and actions in flight: see ledger.ts. */
  readonly ledger: JobLedger;
  /** How long each kind of job usually takes here: the pacing of polls (job-pace.ts). */
  readonly pace: JobPace;

  constructor(config: ClientConfig) {
    this.#config = config;
    this.clock = config.clock ?? systemClock;
    this.timing = { ...defaultJobTiming, ...config.timing };
    this.ledger = new JobLedger(this.clock, config.ledgerStorage);
    this.pace = new JobPace(config.ledgerStorage);
  }

  /** The account these actions are for (the job ledger's owner). */
  account(): string {
    return this.#config.getAccount?.() ?? '';
  }

  /** The same client, speaking for another session (e.g. right after login, before it is stored). */
  withSession(uuid: string): ZStackClient {
    return new ZStackClient({ ...this.#config, getSession: () => uuid });
  }

  url(path: string, query?: string): string {
    const base =
      this.#config.baseUrl ??
      `${typeof location === 'undefined' ? 'http://localhost' : location.origin}/zstack`;
    return `${base.replace(/\/$/u, '')}${path}${query ? `?${query}` : ''}`;
  }

  /** One HTTP exchange. Throws only for no answer at all (network) or cancellation. */
  async raw(method: string, path: string, options: RequestOptions = {}): Promise<RawReply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json;charset=UTF-8';
    if (options.auth !== false) {
      const session = this.#config.getSession();
      if (session) headers.Authorization = `OAuth ${session}`;
    }
    // After the headers: a request carries the session it was made in, whatever happens during the pause.
    if (!options.keepalive) await this.#config.pause?.();
    if (options.signal?.aborted) throw abortError();
    let response: Response;
    let text: string;
    const url = this.url(path, options.query);
    // the early start sends what it notes with the session: a GET without one (the audit probe) would go twice
    if (method === 'GET' && headers.Authorization) this.#config.early?.note(url);
    const early = method === 'GET' ? this.#config.early?.take(url, headers.Authorization) : undefined;
    try {
      response = await (early ??
        (this.#config.fetch ?? fetch)(url, {
          method,
          headers,
          ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
          ...(options.signal ? { signal: options.signal } : {}),
          credentials: 'same-origin',
          cache: 'no-store',
          ...(options.keepalive ? { keepalive: true } : {}),
        }));
      text = await response.text();
    } catch (e) {
      if (options.signal?.aborted) throw abortError();
      throw new ZStackError('network', {
        details: `No answer from the management node (${e instanceof Error ? e.message : String(e)}).`,
      });
    }
    const trimmed = text.trimStart();
    const isHtml =
      /^<(!doctype|html|head|body|\?xml)/iu.test(trimmed) ||
      (response.headers.get('content-type') ?? '').includes('text/html');
    let json: unknown;
    let isJson = false;
    if (!isHtml && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
      try {
        // dropNulls copies the whole answer (a 2,000-row audit chunk: tens of ms on a slow PC); a text without
        // "null" has none to drop, and ZStack's own answers omit them
        const parsed: unknown = JSON.parse(text);
        json = text.includes('null') ? dropNulls(parsed) : parsed;
        isJson = true;
      } catch {
        isJson = false;
      }
    }
    return { status: response.status, text, json, isJson, isHtml };
  }

  /** Turns any answer that is not a success into a typed error. */
  errorFrom(reply: RawReply, what: string): ZStackError {
    const { status, text } = reply;
    const excerpt = text.length > 500 ? `${text.slice(0, 500)}…` : text;
    if (reply.isJson) {
      const parsed = v.safeParse(errorBodySchema, reply.json);
      if (parsed.success) {
        const error = new ZStackError('api', { status, errorCode: parsed.output.error, rawBody: text });
        if (error.errorCode.code === SESSION_INVALID) this.#config.onSessionInvalid?.(error);
        return error;
      }
    }
    if (reply.isHtml) {
      return new ZStackError('proxy', {
        status,
        rawBody: text,
        details: `${what}: got an HTML page with HTTP ${status} instead of a ZStack answer. A proxy or load balancer in front of the management node is probably failing.`,
      });
    }
    if (status === 502 || status === 504) {
      return new ZStackError('proxy', {
        status,
        rawBody: text,
        details: `${what}: the proxy in front of the management node answered HTTP ${status}${excerpt ? ` (${excerpt})` : ''}. The management node may be down or restarting.`,
      });
    }
    if (status >= 200 && status < 300) {
      return new ZStackError('malformed', {
        status,
        rawBody: text,
        details: `${what}: HTTP ${status} with a body that is not JSON${excerpt ? `: ${excerpt}` : ' (empty)'}.`,
      });
    }
    if (status === 503) {
      return new ZStackError('proxy', {
        status,
        rawBody: text,
        details: `${what}: HTTP 503 without a ZStack error${excerpt ? ` (${excerpt})` : ''}. The service is unavailable.`,
      });
    }
    // ZStack's REST layer answers only these in plain text; anything else (a 401/403/407 of a sign-in gateway in
    // front of it, a 429 of a proxy) did not come from ZStack.
    return new ZStackError(ZSTACK_TEXT_STATUSES.has(status) ? 'http' : 'foreign', {
      status,
      rawBody: text,
      details: `${what}: HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`,
    });
  }

  /** A synchronous API (queries, login, logout): 200 is the answer, anything else an error. */
  async call<TSchema extends v.GenericSchema>(
    method: string,
    path: string,
    schema: TSchema,
    what: string,
    options: RequestOptions = {},
  ): Promise<v.InferOutput<TSchema>> {
    const reply = await this.raw(method, path, options);
    if (reply.status !== 200 || !reply.isJson) throw this.errorFrom(reply, what);
    return parseOrThrow(schema, reply.json, what, reply.text);
  }
}
