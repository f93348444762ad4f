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
  realNow: () => Date.now(),
};

export type Json = string | number | boolean | null | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json | undefined };

/** ZStack ErrorCode as it goes on the wire (docs/zstack-protocol.md#error-shape). */
export type ErrorCode = {
  code: string;
  description: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ErrorCode;
};
