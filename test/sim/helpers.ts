import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSimServer, type SimServer } from '../../sim/server.ts';
import type { SimOptions } from '../../sim/handler.ts';
import type { AuditRec } from '../../sim/store/records-identity.ts';

export const sha512 = (s: string): string => createHash('sha512').update(s, 'utf8').digest('hex');
export const GSON_DATE = /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/;

export type Obj = Record<string, unknown>;
export type ErrorCode = {
  code: string;
  description: string;
  details?: string;
  location?: string;
  cost?: string;
  cause?: ErrorCode;
};
export type Nic = {
  uuid: string;
  l3NetworkUuid: string;
  mac: string;
  ip?: string;
  netmask?: string;
  gateway?: string;
  usedIpUuid?: string;
  usedIps: {
    ip: string;
    ipInLong: number;
    ipInBinary: number[];
    l3NetworkUuid: string;
    netmask: string;
    gateway: string;
    vmNicUuid: string;
  }[];
};
export type Volume = {
  uuid: string;
  name: string;
  type: string;
  status: string;
  state: string;
  size: number;
  installPath?: string;
  vmInstanceUuid?: string;
  lastVmInstanceUuid?: string;
  deviceId?: number;
  lastDetachDate?: string;
  lastOpDate: string;
  primaryStorageUuid?: string;
};
export type ImageRef = {
  imageUuid: string;
  backupStorageUuid: string;
  installPath: string;
  status: string;
  createDate: string;
  lastOpDate: string;
};
export type Image = {
  uuid: string;
  name: string;
  status: string;
  state: string;
  size: number;
  mediaType: string;
  system: boolean;
  lastOpDate: string;
  backupStorageRefs: ImageRef[];
};
export type Vm = {
  uuid: string;
  name: string;
  description?: string;
  state: string;
  type: string;
  hostUuid?: string;
  lastHostUuid?: string;
  clusterUuid?: string;
  cpuNum: number;
  memorySize: number;
  lastOpDate: string;
  createDate: string;
  rootVolumeUuid?: string;
  internalId?: number;
  vmNics: Nic[];
  allVolumes: Volume[];
  vmCdRoms: unknown[];
};
export type Reply = { status: number; text: string; headers: Headers; json: () => Obj };

export type Ctx = { srv: SimServer; base: string };

export async function start(options: Partial<SimOptions> = {}): Promise<Ctx> {
  const srv = await startSimServer({ port: 0, options: { jobLatencyMs: 30, ...options } });
  return { srv, base: `${srv.url}/zstack/v1` };
}

export async function call(
  ctx: Ctx,
  method: string,
  path: string,
  opts: { session?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.session !== undefined) headers['Authorization'] = `OAuth ${opts.session}`;
  const res = await fetch(`${ctx.base}${path}`, {
    method,
    headers,
    ...(opts.body === undefined
      ? {}
      : { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }),
  });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, json: () => JSON.parse(text) as Obj };
}

export async function login(ctx: Ctx, name: string, password: string): Promise<string> {
  const r = await call(ctx, 'PUT', '/accounts/login', {
    body: { logInByAccount: { accountName: name, password: sha512(password) } },
  });
  if (r.status !== 200) throw new Error(`login ${name}: ${r.status} ${r.text}`);
  return (r.json()['inventory'] as { uuid: string }).uuid;
}

export const adminLogin = (ctx: Ctx): Promise<string> => login(ctx, 'admin', 'password');

export async function control(ctx: Ctx, method: string, path: string, body?: unknown): Promise<Obj> {
  const res = await fetch(`${ctx.srv.url}/zstack/__sim${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status !== 200) throw new Error(`control ${path}: ${res.status}`);
  return (await res.json()) as Obj;
}

export async function queryVms(
  ctx: Ctx,
  session: string,
  qs: string,
): Promise<{ inventories: Vm[]; total?: number; reply: Reply }> {
  const reply = await call(ctx, 'GET', `/vm-instances?${qs}`, { session });
  if (reply.status !== 200) throw new Error(`query ${qs}: ${reply.status} ${reply.text}`);
  const body = reply.json() as { inventories: Vm[]; total?: number };
  return { ...body, reply };
}

export async function vmByName(ctx: Ctx, session: string, name: string): Promise<Vm> {
  const { inventories } = await queryVms(ctx, session, `q=name=${encodeURIComponent(name)}`);
  const vm = inventories[0];
  if (!vm) throw new Error(`no VM named ${name}`);
  return vm;
}

/** Sends an async call; returns the job id taken from the location's last path segment. */
export async function submit(
  ctx: Ctx,
  method: string,
  path: string,
  session: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<{ reply: Reply; jobId: string }> {
  const reply = await call(ctx, method, path, { session, body, ...(headers ? { headers } : {}) });
  if (reply.status !== 202) return { reply, jobId: '' };
  const location = reply.json()['location'] as string;
  return { reply, jobId: location.split('/').pop() ?? '' };
}

/** Polls a job until it leaves 202, returning the final reply and how many 202s were seen. */
export async function waitJob(
  ctx: Ctx,
  jobId: string,
  headers?: Record<string, string>,
): Promise<{ final: Reply; pending: number }> {
  for (let pending = 0; pending < 400; pending++) {
    const r = await call(ctx, 'GET', `/api-jobs/${jobId}`, headers ? { headers } : {});
    if (r.status !== 202) return { final: r, pending };
    expect(r.text).toBe('{}');
    await new Promise((ok) => setTimeout(ok, 10));
  }
  throw new Error(`job ${jobId} never finished`);
}

/** Runs one async call to its end: submits it (202 expected) and returns the final poll answer. */
export async function runJob(
  ctx: Ctx,
  method: string,
  path: string,
  session: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<Reply> {
  const { reply, jobId } = await submit(ctx, method, path, session, body, headers);
  expect(reply.status, reply.text).toBe(202);
  // the SDK sends its headers (X-JSON-Schema among them) on the polls too
  return (await waitJob(ctx, jobId, headers)).final;
}

/** The 503 answer's ErrorCode. */
export function errorOf(r: Reply): ErrorCode {
  expect(r.status, r.text).toBe(503);
  return r.json()['error'] as ErrorCode;
}

export type SimInfo = {
  nowMs: number;
  tzOffsetMinutes: number;
  audit: boolean;
  accounts: Record<string, string>;
  backupStorages: Record<string, string>;
  scenarioVms: Record<string, string>;
  scenarioVolumes: Record<string, string>;
  scenarioImages: Record<string, string>;
};

export const simInfo = async (ctx: Ctx): Promise<SimInfo> => (await control(ctx, 'GET', '/info')) as SimInfo;

/** `name` from a scenario map, failing the test when the seed lacks it. */
export function named(map: Record<string, string>, name: string): string {
  const uuid = map[name];
  if (uuid === undefined) throw new Error(`no scenario ${name}`);
  return uuid;
}

/** The rows of a query, failing on anything but 200. */
export async function rows<T = Obj>(ctx: Ctx, session: string, path: string): Promise<T[]> {
  const r = await call(ctx, 'GET', path, { session });
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.text}`);
  return r.json()['inventories'] as T[];
}

/** A row of ZStack Cloud's audit log (QueryAudit): the simulator's own type of it. */
export type Audit = AuditRec;

/** The package of ZStack's API messages, which an audit row's apiName starts with. */
export const API = 'org.zstack.header.';

/** The audit log's rows for the query string `qs`. */
export const auditRows = (ctx: Ctx, session: string, qs: string): Promise<Audit[]> =>
  rows<Audit>(ctx, session, `/zwatch/audit-records?${qs}`);

export async function act(
  ctx: Ctx,
  session: string,
  vmUuid: string,
  action: string,
  params: Obj = {},
): Promise<Reply> {
  const { reply, jobId } = await submit(ctx, 'PUT', `/vm-instances/${vmUuid}/actions`, session, {
    [action]: params,
  });
  expect(reply.status).toBe(202);
  return (await waitJob(ctx, jobId)).final;
}

/** Every *Date field must be a Gson date and no value may be null, at any depth. */
export function checkWire(value: unknown, path = '$'): void {
  if (value === null) throw new Error(`null at ${path}`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkWire(v, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (/Date$/.test(k) && !(typeof v === 'string' && GSON_DATE.test(v)))
      throw new Error(`bad date ${path}.${k}=${String(v)}`);
    checkWire(v, `${path}.${k}`);
  }
}

export interface SimFile {
  ctx: Ctx;
  /** The admin's session. */
  admin: string;
  info: SimInfo;
}

/** The file's simulator, read inside its tests: its context, the admin's session, the seed's facts and named things. */
export interface FileSimulator extends Readonly<SimFile> {
  vm: (name: string) => string;
  volume: (name: string) => string;
  image: (name: string) => string;
  backupStorage: (name: string) => string;
  account: (name: string) => string;
  /** Signs the admin in again (a reset or a moved clock ended the session); `admin` is the new session after it. */
  signInAgain: () => Promise<string>;
}

/**
 * One simulator over real HTTP for a test file: started (with `options`) and the admin signed in before its tests,
 * closed after. `onReady` may read more before the first test.
 */
export function simulatorForFile(
  options: Partial<SimOptions> = {},
  onReady: (s: SimFile) => Promise<void> | void = () => undefined,
): FileSimulator {
  let ctx: Ctx | undefined;
  let ready: SimFile | undefined;
  beforeAll(async () => {
    ctx = await start(options);
    ready = { ctx, admin: await adminLogin(ctx), info: await simInfo(ctx) };
    await onReady(ready);
  });
  afterAll(async () => {
    await ctx?.srv.close();
  });
  const file = (): SimFile => {
    if (ready === undefined)
      throw new Error('the simulator is read before it started: read it inside a test');
    return ready;
  };
  const seeded = (map: (info: SimInfo) => Record<string, string>) => (name: string) =>
    named(map(file().info), name);
  return {
    get ctx() {
      return file().ctx;
    },
    get admin() {
      return file().admin;
    },
    get info() {
      return file().info;
    },
    vm: seeded((i) => i.scenarioVms),
    volume: seeded((i) => i.scenarioVolumes),
    image: seeded((i) => i.scenarioImages),
    backupStorage: seeded((i) => i.backupStorages),
    account: seeded((i) => i.accounts),
    signInAgain: async () => {
      const { ctx: own, info } = file();
      ready = { ctx: own, admin: await adminLogin(own), info };
      return ready.admin;
    },
  };
}

/** A simulator of its own for one test (one that moves the clock or changes a global config), closed after it. */
export async function withSimulator(
  run: (s: SimFile) => Promise<void>,
  options: Partial<SimOptions> = {},
): Promise<void> {
  const ctx = await start(options);
  try {
    await run({ ctx, admin: await adminLogin(ctx), info: await simInfo(ctx) });
  } finally {
    await ctx.srv.close();
  }
}

/** Moves the simulator's clock on (the expunge tasks run as they would have in that time). */
export const advanceClock = (ctx: Ctx, seconds: number): Promise<Obj> =>
  control(ctx, 'POST', '/clock', { advanceSeconds: seconds });
