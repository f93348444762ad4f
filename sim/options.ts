/** Named data sets: `default`, or `ops-script` (the default plus an incident: sim/seed/ops-script.ts). */
export const SIM_SCENARIOS = ['default', 'ops-script'] as const;
export type SimScenario = (typeof SIM_SCENARIOS)[number];

export function isSimScenario(value: unknown): value is SimScenario {
  return SIM_SCENARIOS.some((s) => s === value);
}

/** Knobs of one simulator instance; every field has a default (see DEFAULT_SIM_OPTIONS). */
export type SimOptions = {
  /** Seed of the deterministic data set (SIM_SEED). */
  seed: number;
  /** Real milliseconds an async job takes before it completes (SIM_JOB_LATENCY_MS). */
  jobLatencyMs: number;
  /** 0..1: share of action and poll responses dropped at random as transport faults (SIM_FAULT_RATE). */
  faultRate: number;
  /** Epoch ms the sim clock starts at (SIM_NOW); undefined = the real time at creation/reset. */
  clockStart: number | undefined;
  /** Management-node zone in minutes east of UTC, used for Gson dates (SIM_TZ_OFFSET_MINUTES). */
  tzOffsetMinutes: number;
  /** Number of UserVm rows (SIM_VMS); ApplianceVm rows come on top. */
  vms: number;
  /** How many of the UserVm rows are Destroyed (SIM_DESTROYED). */
  destroyed: number;
  /** Whether ZStack Cloud's audit API (`/v1/zwatch/...`) exists on this node (SIM_AUDIT, default on). */
  audit: boolean;
  /** More audit rows of everyday (non-deleting) API calls on top of the seed (SIM_EXTRA_AUDITS), for scale. */
  extraAudits: number;
  /** Which data set to seed (SIM_SCENARIO); POST /zstack/__sim/reset {"scenario": …} switches it. */
  scenario: SimScenario;
  /** Real clock in ms; injectable so tests can drive job latency. */
  realNow: () => number;
};

export const DEFAULT_SIM_OPTIONS: SimOptions = {
  seed: 42,
  jobLatencyMs: 1200,
  faultRate: 0,
  clockStart: undefined,
  tzOffsetMinutes: 480,
  vms: 2000,
  destroyed: 320,
  audit: true,
  scenario: 'default',
  extraAudits: 0,
  realNow: () => Date.now(),
};

function int(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^[+-]?\d+$/.test(raw)) throw new Error(`${name} must be an integer, got '${raw}'`);
  return Number(raw);
}

/** Reads the SIM_* knobs; unset ones are left out so the simulator defaults apply. */
export function simOptionsFromEnv(env: Record<string, string | undefined>): Partial<SimOptions> {
  const out: Partial<SimOptions> = {};
  const seed = int(env, 'SIM_SEED');
  if (seed !== undefined) out.seed = seed;
  const latency = int(env, 'SIM_JOB_LATENCY_MS');
  if (latency !== undefined) out.jobLatencyMs = Math.max(0, latency);
  const tz = int(env, 'SIM_TZ_OFFSET_MINUTES');
  if (tz !== undefined) out.tzOffsetMinutes = tz;
  const vms = int(env, 'SIM_VMS');
  if (vms !== undefined) out.vms = Math.max(0, vms);
  const destroyed = int(env, 'SIM_DESTROYED');
  if (destroyed !== undefined) out.destroyed = Math.max(0, destroyed);
  const rate = env['SIM_FAULT_RATE']?.trim();
  if (rate !== undefined && rate !== '') {
    const r = Number(rate);
    if (!Number.isFinite(r) || r < 0 || r > 1)
      throw new Error(`SIM_FAULT_RATE must be a number in 0..1, got '${rate}'`);
    out.faultRate = r;
  }
  const audit = env['SIM_AUDIT']?.trim().toLowerCase();
  if (audit !== undefined && audit !== '') {
    if (!['0', '1', 'false', 'true', 'off', 'on'].includes(audit))
      throw new Error(`SIM_AUDIT must be 0 or 1, got '${audit}'`);
    out.audit = ['1', 'true', 'on'].includes(audit);
  }
  const extraAudits = int(env, 'SIM_EXTRA_AUDITS');
  if (extraAudits !== undefined) out.extraAudits = Math.max(0, extraAudits);
  const scenario = env['SIM_SCENARIO']?.trim();
  if (scenario !== undefined && scenario !== '') {
    if (!isSimScenario(scenario))
      throw new Error(`SIM_SCENARIO must be one of ${SIM_SCENARIOS.join(', ')}, got '${scenario}'`);
    out.scenario = scenario;
  }
  const now = env['SIM_NOW']?.trim();
  if (now !== undefined && now !== '') {
    const ms = Date.parse(now);
    if (Number.isNaN(ms)) throw new Error(`SIM_NOW must be an ISO date, got '${now}'`);
    out.clockStart = ms;
  }
  return out;
}
