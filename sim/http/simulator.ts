import { SimCore, type LoggedRequest } from '../core.ts';
import { DEFAULT_SIM_OPTIONS, type SimOptions, type SimScenario } from '../options.ts';
import type { OpsScriptFacts } from '../store/scenario-facts.ts';
import { handleControl } from './control.ts';
import type { ExecutionReport } from './executions.ts';
import type { FaultSpec } from './faults.ts';
import { text } from './replies.ts';
import type { ClientInfo } from './async-api.ts';
import { handleApi } from './routes.ts';

export type { SimOptions, SimScenario } from '../options.ts';
export type { OpsScriptFacts } from '../store/scenario-facts.ts';
export type { FaultSpec } from './faults.ts';
export type { LoggedRequest } from '../core.ts';
export type { ExecutionReport } from './executions.ts';

/** What the transport knows about a request beyond the Fetch Request itself. */
export type RequestMeta = {
  /** The peer's address (node:http's socket.remoteAddress); audit rows name it when X-Request-Ip is absent. */
  remoteAddress?: string;
};

/** The ZStack management node as a Fetch-API handler, plus the knobs the control endpoints use. */
export type Simulator = {
  /** Serves `/zstack/v1/...` (and `/zstack/__sim/...`) whatever the request's origin. */
  handle(request: Request, meta?: RequestMeta): Promise<Response>;
  /** Back to the seeded state (data, clock, latency; armed faults cleared); `scenario` switches the data set. */
  reset(data?: { scenario?: SimScenario; extraAudits?: number }): void;
  /** Stops the background timers. */
  dispose(): void;
  advanceClock(seconds: number): void;
  expireSessions(): number;
  armFaults(spec: FaultSpec): void;
  setJobLatency(ms: number): void;
  requests(): readonly LoggedRequest[];
  /** Async jobs run since the last reset, per action and resource, and each action's peak concurrency. */
  executions(): ExecutionReport;
  /** Sim clock, epoch ms. */
  now(): number;
  /** uuid of a named scenario VM (`web-01`, `legacy-db-01`, …). */
  scenarioVm(name: string): string | undefined;
  /** uuid of a named scenario data volume (`data-web-02`, `data-quota-carol`, …). */
  scenarioVolume(name: string): string | undefined;
  /** uuid of a named scenario image (`img-centos-7`, `img-partial`, …). */
  scenarioImage(name: string): string | undefined;
  /** Turns ZStack Cloud's audit API on or off (until the next reset). */
  setAudit(on: boolean): void;
  accountUuid(name: string): string | undefined;
  /** What the ops-script scenario seeded; undefined in the default data set. */
  opsScript(): OpsScriptFacts | undefined;
  readonly options: SimOptions;
};

export function createSimulator(options: Partial<SimOptions> = {}): Simulator {
  const opts: SimOptions = { ...DEFAULT_SIM_OPTIONS, ...options };
  const core = new SimCore(opts);

  const handle = async (request: Request, meta: RequestMeta = {}): Promise<Response> => {
    const url = new URL(request.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return text(500, `URLDecoder: Illegal hex characters in escape (%) pattern - ${url.pathname}`);
    }
    if (path.startsWith('/zstack/__sim/'))
      return handleControl(core, request, path.slice('/zstack/__sim'.length));
    let response: Response;
    try {
      core.tick();
      response =
        path === '/zstack/v1' || path.startsWith('/zstack/v1/')
          ? await handleApi(core, request, url, path.slice('/zstack'.length), clientOf(request, meta))
          : text(404, `no api mapping to ${path}`);
    } catch (e) {
      // RestServer answers unexpected exceptions with a 500 and the message as text
      response = text(500, e instanceof Error ? e.message : String(e));
    }
    core.record(
      request.method,
      `${url.pathname}${url.search}`,
      response.type === 'error' ? 0 : response.status,
    );
    return response;
  };

  return {
    handle,
    reset: (data) => core.reset(data),
    dispose: () => core.dispose(),
    advanceClock: (seconds) => {
      core.clock.advance(seconds);
      core.tick();
    },
    expireSessions: () => core.sessions.expireAll(),
    armFaults: (spec) => core.faults.arm(spec),
    setJobLatency: (ms) => {
      core.jobLatencyMs = ms;
    },
    requests: () => core.log,
    executions: () => core.executions.report(),
    now: () => core.clock.now(),
    scenarioVm: (name) => core.store.scenarioVms.get(name),
    scenarioVolume: (name) => core.store.scenarioVolumes.get(name),
    scenarioImage: (name) => core.store.scenarioImages.get(name),
    setAudit: (on) => {
      core.auditEnabled = on;
    },
    accountUuid: (name) => [...core.store.accounts.values()].find((a) => a.name === name)?.uuid,
    opsScript: () => core.store.opsScript,
    options: opts,
  };
}

/**
 * The client the audit names, read as ZStack's RestServer does (HttpServletRequestUtils.getClientIP): the first
 * X-Forwarded-For entry, else X-Real-IP, else the connection's address (Java's getRemoteAddr(), no IPv4-mapped
 * prefix). X-Request-Ip, which the SDK sends, is taken before the connection: where ZStack Cloud's audit reads it is
 * unconfirmed. In-process callers such as MSW have no connection and count as local.
 */
function clientOf(request: Request, meta: RequestMeta): ClientInfo {
  const header = (name: string): string | undefined => {
    const value = request.headers.get(name)?.split(',')[0]?.trim();
    return value === '' || value?.toLowerCase() === 'unknown' ? undefined : value;
  };
  const ip =
    header('x-forwarded-for') ??
    header('x-real-ip') ??
    header('x-request-ip') ??
    (meta.remoteAddress?.replace(/^::ffff:/u, '') || '127.0.0.1');
  const browser = request.headers.get('user-agent') ?? undefined;
  return browser === undefined ? { ip } : { ip, browser };
}
