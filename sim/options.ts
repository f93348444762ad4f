import type { SimOptions } from './types.ts';

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
  const now = env['SIM_NOW']?.trim();
  if (now !== undefined && now !== '') {
    const ms = Date.parse(now);
    if (Number.isNaN(ms)) throw new Error(`SIM_NOW must be an ISO date, got '${now}'`);
    out.clockStart = ms;
  }
  return out;
}
