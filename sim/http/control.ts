import type { SimCore } from '../core.ts';
import { gsonDate } from '../store/gson.ts';
import { FOREIGN_STATUSES, type FaultSpec, type PollFailure } from './faults.ts';
import { isSimScenario, SIM_SCENARIOS } from '../options.ts';
import { asRecord, readBody, text } from './replies.ts';

/*
 * Test-only control endpoints, outside the ZStack API (/zstack/__sim/...), JSON in and out:
 *   POST /zstack/__sim/reset             reseed: back to the initial data set, clock, latency; faults disarmed;
 *                                        execution counters cleared; {"scenario": "ops-script"|"default",
 *                                        "extraAudits": n} seeds that data set instead (kept by later resets
 *                                        that do not name them)
 *   POST /zstack/__sim/faults            {"dropActionResponses"?: n, "dropPolls"?: n,
 *                                        "failPollsWith"?: {"status": 401|403|407|502|503|504, "count": n,
 *                                                           "after"?: n, "body"?: "text"|"html"}}
 *                                        (after: polls answered normally first; body: plain text or an HTML page)
 *                                        a dropped action still runs its job; only the answer is lost (connection reset)
 *   GET|POST /zstack/__sim/clock         POST {"advanceSeconds": n} moves the sim clock (sessions, job expiry, auto-expunge)
 *   POST /zstack/__sim/expire-sessions   every session becomes invalid (ID.1001)
 *   GET|DELETE /zstack/__sim/requests    the last 500 /zstack/v1 requests: {seq, method, path (with query), status; 0 = dropped}
 *   GET|DELETE /zstack/__sim/executions  async jobs the node ran since the last reset or DELETE:
 *                                        {"executions": [{"action": "recoverVmInstance", "resourceUuid": "...", "count": n}],
 *                                         "maxConcurrent": {"<action>": n}}
 *                                        action = the API's body key (destroyVmInstance for DELETE /vm-instances/{uuid},
 *                                        deleteDataVolume and deleteImage for the other DELETEs, recoverDataVolume,
 *                                        expungeImage, attachDataVolumeToVm, renewSession, updateGlobalConfig...);
 *                                        resourceUuid = the URL's VM, volume, image or session uuid, or
 *                                        `category.name` for a global config.
 *                                        A job counts once the node accepts it (202 or a dropped answer), whatever its
 *                                        outcome; a request refused with 400 (Duplicate job uuid...) does not count.
 *                                        maxConcurrent = peak number of that action's jobs running at one instant
 *                                        (jobs on one VM queue, so they never overlap)
 *   POST /zstack/__sim/config            {"jobLatencyMs"?: n, "audit"?: bool}; audit=false removes the /v1/zwatch
 *                                        audit APIs (404 "no api mapping to ...", as on an open-source node) and
 *                                        stops recording audit rows; reset restores SimOptions.audit (SIM_AUDIT)
 *   GET /zstack/__sim/info               clock, zone offset, latency, audit on/off, account, backup-storage and
 *                                        scenario VM, volume and image uuids by name; the data set (`scenario`)
 *                                        and, for ops-script, what it seeded (`opsScript`: sim/seed/ops-script.ts)
 */
export async function handleControl(core: SimCore, request: Request, path: string): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const input = body.value ?? {};
  const route = `${request.method} ${path}`;
  const now = (): Record<string, unknown> => ({
    now: gsonDate(core.clock.now(), core.opts.tzOffsetMinutes),
    nowMs: core.clock.now(),
  });
  switch (route) {
    case 'POST /reset':
      return reset(core, input);
    case 'POST /faults': {
      const spec: FaultSpec = {};
      const count = (v: unknown): number | undefined =>
        typeof v === 'number' && v >= 0 ? Math.floor(v) : undefined;
      const drop = count(input['dropActionResponses']);
      if (drop !== undefined) spec.dropActionResponses = drop;
      const polls = count(input['dropPolls']);
      if (polls !== undefined) spec.dropPolls = polls;
      const fail = asRecord(input['failPollsWith']);
      const status = fail?.['status'];
      const n = count(fail?.['count']);
      if (fail) {
        const failure = pollFailure(status, n, count(fail['after']), fail['body']);
        if (!failure)
          return text(
            400,
            'failPollsWith needs {"status": 401|403|407|502|503|504, "count": n, "after"?: n, "body"?: "text"|"html"}',
          );
        spec.failPollsWith = failure;
      }
      core.faults.arm(spec);
      return ok({ armed: core.faults.armed() });
    }
    case 'GET /clock':
      return ok(now());
    case 'POST /clock': {
      const s = input['advanceSeconds'];
      if (typeof s !== 'number' || !Number.isFinite(s)) return text(400, 'advanceSeconds must be a number');
      core.clock.advance(s);
      core.tick();
      return ok(now());
    }
    case 'POST /expire-sessions':
      return ok({ expired: core.sessions.expireAll() });
    case 'GET /requests':
      return ok({ requests: core.log });
    case 'DELETE /requests':
      core.log.length = 0;
      return ok({ requests: [] });
    case 'GET /executions':
      return ok(core.executions.report());
    case 'DELETE /executions':
      core.executions.clear();
      return ok(core.executions.report());
    case 'POST /config': {
      const l = input['jobLatencyMs'];
      if (l !== undefined && (typeof l !== 'number' || !(l >= 0)))
        return text(400, 'jobLatencyMs must be a number >= 0');
      const audit = input['audit'];
      if (audit !== undefined && typeof audit !== 'boolean') return text(400, 'audit must be true or false');
      if (typeof l === 'number') core.jobLatencyMs = l;
      if (typeof audit === 'boolean') core.auditEnabled = audit;
      return ok({ jobLatencyMs: core.jobLatencyMs, audit: core.auditEnabled });
    }
    case 'GET /info':
      return ok({ ...now(), ...info(core) });
    default:
      return text(404, `no simulator control endpoint ${route}`);
  }
}

/** GET info: the node's knobs and what the data set holds by name (tests look uuids up here). */
function info(core: SimCore): Record<string, unknown> {
  return {
    tzOffsetMinutes: core.opts.tzOffsetMinutes,
    jobLatencyMs: core.jobLatencyMs,
    seed: core.opts.seed,
    accounts: Object.fromEntries([...core.store.accounts.values()].map((a) => [a.name, a.uuid])),
    audit: core.auditEnabled,
    scenario: core.scenario,
    ...(core.store.opsScript ? { opsScript: core.store.opsScript } : {}),
    scenarioVms: Object.fromEntries(core.store.scenarioVms),
    scenarioVolumes: Object.fromEntries(core.store.scenarioVolumes),
    scenarioImages: Object.fromEntries(core.store.scenarioImages),
    backupStorages: Object.fromEntries([...core.store.backupStorages.values()].map((b) => [b.name, b.uuid])),
  };
}

/** POST reset: the seeded state again, or the data set the body names (kept by later resets). */
function reset(core: SimCore, input: Record<string, unknown>): Response {
  const scenario = input['scenario'];
  if (scenario !== undefined && !isSimScenario(scenario))
    return text(400, `scenario must be one of ${SIM_SCENARIOS.join(', ')}`);
  const extra = input['extraAudits'];
  if (extra !== undefined && (typeof extra !== 'number' || !Number.isInteger(extra) || extra < 0))
    return text(400, 'extraAudits must be an integer >= 0');
  core.reset({
    ...(scenario === undefined ? {} : { scenario }),
    ...(typeof extra === 'number' ? { extraAudits: extra } : {}),
  });
  return ok({ reset: true, scenario: core.scenario, extraAudits: core.extraAudits });
}

function pollFailure(status: unknown, count: number | undefined, after: number | undefined, body: unknown) {
  const known = FOREIGN_STATUSES.find((s) => s === status);
  if (
    known === undefined ||
    count === undefined ||
    (body !== undefined && body !== 'text' && body !== 'html')
  )
    return undefined;
  const failure: PollFailure = { status: known, count };
  if (after !== undefined) failure.after = after;
  if (body === 'text' || body === 'html') failure.body = body;
  return failure;
}

function ok(body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}
