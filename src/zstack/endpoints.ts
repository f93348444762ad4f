// ZStack APIs the console uses, each a typed function over the client. Paths and bodies: docs/zstack-protocol.md.
import * as v from 'valibot';
import type { Pause, ZStackClient } from './client.ts';
import { SESSION_INVALID } from './errors.ts';
import {
  accountResourceRefSchema,
  accountSchema,
  auditRecordSchema,
  emptyReply,
  globalConfigSchema,
  imageSchema,
  inventoriesReply,
  inventoryReply,
  localStorageRefSchema,
  namedResourceSchema,
  quotaUsageSchema,
  sessionSchema,
  storageSchema,
  vmInstanceSchema,
  volumeSchema,
} from './inventories.ts';
import { sha512Hex } from './crypto.ts';
import { parseOrThrow, parseRows } from './parse.ts';
import { buildQuery, inList, type QuerySpec } from './query.ts';

export { sha512Hex };

export async function logIn(
  client: ZStackClient,
  accountName: string,
  password: string,
  signal?: AbortSignal,
) {
  const reply = await client.call('PUT', '/v1/accounts/login', inventoryReply(sessionSchema), 'Sign in', {
    auth: false,
    body: { logInByAccount: { accountName, password: await sha512Hex(password) } },
    signal,
  });
  return reply.inventory;
}

export async function logOut(
  client: ZStackClient,
  sessionUuid: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  await client.call(
    'DELETE',
    `/v1/accounts/sessions/${encodeURIComponent(sessionUuid)}`,
    emptyReply,
    'Sign out',
    { auth: false, ...options },
  );
}

/** Paths of the query APIs the console reads, with what each returns. */
const resources = {
  vms: { path: '/v1/vm-instances', schema: vmInstanceSchema, what: 'Query VMs' },
  volumes: { path: '/v1/volumes', schema: volumeSchema, what: 'Query volumes' },
  globalConfigs: {
    path: '/v1/global-configurations',
    schema: globalConfigSchema,
    what: 'Read global configuration',
  },
  accounts: { path: '/v1/accounts', schema: accountSchema, what: 'Query accounts' },
  accountRefs: {
    path: '/v1/accounts/resources/refs',
    schema: accountResourceRefSchema,
    what: 'Query VM owners',
  },
  zones: { path: '/v1/zones', schema: namedResourceSchema, what: 'Query zones' },
  clusters: { path: '/v1/clusters', schema: namedResourceSchema, what: 'Query clusters' },
  hosts: { path: '/v1/hosts', schema: namedResourceSchema, what: 'Query hosts' },
  l3Networks: { path: '/v1/l3-networks', schema: namedResourceSchema, what: 'Query L3 networks' },
  ipRanges: { path: '/v1/l3-networks/ip-ranges', schema: namedResourceSchema, what: 'Query IP ranges' },
  images: { path: '/v1/images', schema: imageSchema, what: 'Query images' },
  backupStorages: { path: '/v1/backup-storage', schema: storageSchema, what: 'Query backup storage' },
  auditRecords: { path: '/v1/zwatch/audit-records', schema: auditRecordSchema, what: 'Query the audit log' },
  instanceOfferings: {
    path: '/v1/instance-offerings',
    schema: namedResourceSchema,
    what: 'Query instance offerings',
  },
  primaryStorages: {
    path: '/v1/primary-storage',
    schema: storageSchema,
    what: 'Query primary storage',
  },
  localStorageRefs: {
    path: '/v1/primary-storage/local-storage/resource-refs',
    schema: localStorageRefSchema,
    what: 'Query local storage',
  },
} as const;

export type ResourceKind = keyof typeof resources;
type ItemOf<K extends ResourceKind> = v.InferOutput<(typeof resources)[K]['schema']>;

export interface QueryResult<T> {
  inventories: T[];
  total: number | undefined;
}

/** Rows parsed between two pauses: a few ms on a slow PC. */
const PARSE_SLICE = 250;

/**
 * One page of a query. With `pause`, a long page (an audit chunk of 2,000 rows) is parsed row by row in slices with
 * a pause before each, so the parse is never one long task; every row still passes its schema before it is returned.
 */
export async function query<K extends ResourceKind>(
  client: ZStackClient,
  kind: K,
  spec: QuerySpec,
  signal?: AbortSignal,
  pause?: Pause,
): Promise<QueryResult<ItemOf<K>>> {
  const { path, schema, what } = resources[kind];
  const options = { query: buildQuery(spec), signal };
  if (!pause) {
    const reply = await client.call('GET', path, inventoriesReply(schema, spec.limit), what, options);
    return { inventories: reply.inventories, total: reply.total };
  }
  const raw = await client.raw('GET', path, options);
  if (raw.status !== 200 || !raw.isJson) throw client.errorFrom(raw, what);
  const page = parseOrThrow(inventoriesReply(v.unknown(), spec.limit), raw.json, what, raw.text);
  const inventories: ItemOf<K>[] = [];
  for (let first = 0; first < page.inventories.length; first += PARSE_SLICE) {
    await pause(); // the first one too: JSON.parse of the whole answer has just taken its share
    const rows = page.inventories.slice(first, first + PARSE_SLICE);
    inventories.push(...parseRows(schema, rows, first, what, raw.text));
  }
  return { inventories, total: page.total };
}

/** `GET /{resource}/{uuid}` answers `inventories` with 0 or 1 items (docs/zstack-protocol.md#query-endpoints). */
export async function getOne<K extends ResourceKind>(
  client: ZStackClient,
  kind: K,
  uuid: string,
  signal?: AbortSignal,
): Promise<ItemOf<K> | undefined> {
  const { path, schema, what } = resources[kind];
  const reply = await client.call(
    'GET',
    `${path}/${encodeURIComponent(uuid)}`,
    inventoriesReply(schema),
    what,
    {
      signal,
    },
  );
  return reply.inventories[0];
}

/** Names of many resources at once, in one request (`uuid?=a,b,c`). */
export async function namesOf(
  client: ZStackClient,
  kind:
    | 'zones'
    | 'clusters'
    | 'hosts'
    | 'l3Networks'
    | 'ipRanges'
    | 'images'
    | 'instanceOfferings'
    | 'primaryStorages'
    | 'backupStorages'
    | 'vms'
    | 'accounts',
  uuids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const unique = [...new Set(uuids)];
  if (unique.length === 0) return new Map();
  const result = await query(
    client,
    kind,
    { conditions: [inList('uuid', unique)], fields: ['uuid', 'name'] },
    signal,
  );
  return new Map(result.inventories.map((r) => [r.uuid, r.name ?? r.uuid]));
}

export type AuditSupport = 'present' | 'denied' | 'absent';

/**
 * Is ZStack Cloud's audit API installed? The REST layer resolves a path before it authenticates, so a 404
 * "no api mapping to ..." means absent whatever the credentials. The probe carries the session: where the API is
 * there, a query of one row answers 200, which the browser does not log as a failed request (a probe without
 * credentials would get a 400, logged as an error on every page of an edition that has the log). 503 with an
 * ErrorCode: there, but not for this session (an invalid session throws, and signs out as every other call does).
 * Anything else (a proxy error, a 404 of another kind) is not an answer: it throws, so the caller tries later.
 */
export async function detectAudit(client: ZStackClient, signal?: AbortSignal): Promise<AuditSupport> {
  const reply = await client.raw('GET', '/v1/zwatch/audit-records', { query: 'limit=1', signal });
  if (reply.status === 404 && /^\s*no api mapping to/iu.test(reply.text)) return 'absent';
  if ((reply.status === 200 && reply.isJson) || reply.status === 400) return 'present';
  const error = client.errorFrom(reply, 'Detect the audit log');
  if (reply.status === 503 && error.kind === 'api' && error.errorCode.code !== SESSION_INVALID)
    return 'denied';
  throw error;
}

const currentTimeReply = v.object({
  currentTime: v.object({ MillionSeconds: v.pipe(v.number(), v.finite()) }),
});

/**
 * The management node's clock (GetCurrentTime: `PUT /v1/management-nodes/actions`, a sync call that needs no
 * session). Its expunge tasks compare lastOpDate with their own clock, so countdowns and "due now" counts use it.
 */
export async function nodeTime(client: ZStackClient, signal?: AbortSignal): Promise<number> {
  const reply = await client.call(
    'PUT',
    '/v1/management-nodes/actions',
    currentTimeReply,
    'Read the node clock',
    {
      auth: false,
      body: { getCurrentTime: {} },
      signal,
    },
  );
  return reply.currentTime.MillionSeconds;
}

const quotaUsageReply = v.object({ usages: v.optional(v.array(quotaUsageSchema), []) });

/** GetAccountQuotaUsage (`GET /v1/accounts/quota/{uuid}/usages`, sync): a normal account may read only its own. */
export async function quotaUsage(client: ZStackClient, accountUuid: string, signal?: AbortSignal) {
  const reply = await client.call(
    'GET',
    `/v1/accounts/quota/${encodeURIComponent(accountUuid)}/usages`,
    quotaUsageReply,
    'Read quota usage',
    { signal },
  );
  return reply.usages;
}

const ipAvailabilityReply = v.object({ available: v.boolean(), reason: v.optional(v.string(), '') });

/** CheckIpAvailability (`GET /v1/l3-networks/{l3}/ip/{ip}/availability`, sync): `reason` is ZStack's own words. */
export async function ipAvailability(
  client: ZStackClient,
  l3NetworkUuid: string,
  ip: string,
  signal?: AbortSignal,
) {
  return client.call(
    'GET',
    `/v1/l3-networks/${encodeURIComponent(l3NetworkUuid)}/ip/${encodeURIComponent(ip)}/availability`,
    ipAvailabilityReply,
    'Check IP availability',
    { signal },
  );
}
