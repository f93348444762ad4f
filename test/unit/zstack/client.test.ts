import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ZStackClient } from '../../../src/zstack/client.ts';
import { ServerTime } from '../../../src/zstack/dates.ts';
import { dropNulls } from '../../../src/zstack/error-chain.ts';
import { getOne, logIn, query, sha512Hex } from '../../../src/zstack/endpoints.ts';
import { eq } from '../../../src/zstack/query.ts';
import { failure } from '../../support/failure.ts';
import { recordRequests, server } from '../../support/msw.ts';

async function signedInClient(onSessionInvalid?: () => void) {
  const client = new ZStackClient({
    getSession: () => undefined,
    ...(onSessionInvalid ? { onSessionInvalid } : {}),
  });
  return client.withSession((await logIn(client, 'admin', 'password')).uuid);
}

describe('ZStack client', () => {
  it('hashes the password with SHA-512 as ZStack stores it', async () => {
    expect(await sha512Hex('password')).toBe(
      'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
    );
  });

  it('logs in and sends the session as "OAuth <uuid>"', async () => {
    const client = await signedInClient();
    const seen = recordRequests();
    await query(client, 'vms', { limit: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.authorization).toMatch(/^OAuth [0-9a-f]{32}$/u);
  });

  it('turns a wrong password into an ID.1000 API error', async () => {
    const error = await failure(logIn(new ZStackClient({ getSession: () => undefined }), 'admin', 'wrong'));
    expect(error.kind).toBe('api');
    expect(error.status).toBe(503);
    expect(error.errorCode.code).toBe('ID.1000');
  });

  it('reads a destroyed VM with Dates, numbers and omitted fields', async () => {
    const client = await signedInClient();
    const { inventories, total } = await query(client, 'vms', {
      conditions: [eq('state', 'Destroyed'), eq('name', 'web-01')],
      replyWithCount: true,
    });
    expect(total).toBe(1);
    const vm = inventories[0];
    expect(vm?.state).toBe('Destroyed');
    expect(vm?.hostUuid).toBeUndefined();
    // A Gson date is read as the node's wall-clock time; the session's offset turns it into an instant.
    expect(vm?.lastOpDate).toBeInstanceOf(ServerTime);
    expect(vm?.lastOpDate?.zoned).toBe(false);
    expect(typeof vm?.memorySize).toBe('number');
    expect(vm?.vmNics.every((n) => n.ip === undefined && n.usedIps.length === 0)).toBe(true);
  });

  it('reads a VM by uuid from an `inventories` array, and undefined for an unknown uuid', async () => {
    const client = await signedInClient();
    const [vm] = (await query(client, 'vms', { conditions: [eq('name', 'web-01')] })).inventories;
    expect((await getOne(client, 'vms', vm?.uuid ?? ''))?.name).toBe('web-01');
    expect(await getOne(client, 'vms', '0'.repeat(32))).toBeUndefined();
  });

  it('accepts doc-style numbers (8.589934592E9), nulls and unknown fields', async () => {
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.text(
          '{"inventories":[{"uuid":"a","memorySize":8.589934592E9,"cpuNum":1.0,"hostUuid":null,"futureField":{"x":1},"vmNics":null,"lastOpDate":"Nov 14, 2017, 10:20:57\u202fPM"}],"total":1}',
        ),
      ),
    );
    const client = new ZStackClient({ getSession: () => 'x' });
    const [vm] = (await query(client, 'vms', {})).inventories;
    expect(vm?.memorySize).toBe(8589934592);
    expect(vm?.cpuNum).toBe(1);
    expect(vm?.hostUuid).toBeUndefined();
    expect(vm?.vmNics).toEqual([]);
    // 10:20:57 PM on a node at UTC+8 is 14:20:57 UTC.
    expect(vm?.lastOpDate?.toDate(480).toISOString()).toBe('2017-11-14T14:20:57.000Z');
  });

  it('reports a missing Authorization header as a plain-text HTTP 400', async () => {
    const error = await failure(query(new ZStackClient({ getSession: () => undefined }), 'vms', {}));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.errorCode.details).toMatch(/missing header 'Authorization'/u);
  });

  it('reports an invalid session once, as ID.1001', async () => {
    const onInvalid = vi.fn();
    const client = new ZStackClient({ getSession: () => 'f'.repeat(32), onSessionInvalid: onInvalid });
    const error = await failure(query(client, 'vms', {}));
    expect(error.errorCode.code).toBe('ID.1001');
    expect(onInvalid).toHaveBeenCalledTimes(1);
  });

  it('keeps every level of a nested cause chain', async () => {
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.text(
          JSON.stringify({
            error: {
              code: 'SYS.1006',
              description: 'An operation failed',
              details: 'outer',
              location: 'flow-a',
              cause: {
                code: 'HOST_ALLOCATION.1001',
                details: 'middle',
                cause: { code: 'SYS.1006', details: 'inner' },
              },
              causes: [{ code: 'X.1', details: 'sibling' }],
            },
          }),
          { status: 503 },
        ),
      ),
    );
    const error = await failure(query(await signedInClient(), 'vms', {}));
    expect(error.kind).toBe('api');
    expect(error.errorCode.location).toBe('flow-a');
    expect(error.errorCode.cause?.cause?.details).toBe('inner');
    expect(error.errorCode.causes?.[0]?.code).toBe('X.1');
  });

  it('recognises a proxy HTML error page instead of crashing on it', async () => {
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>', { status: 502 }),
      ),
    );
    const error = await failure(query(new ZStackClient({ getSession: () => 'x' }), 'vms', {}));
    expect(error.kind).toBe('proxy');
    expect(error.status).toBe(502);
  });

  it('treats a 503 HTML page (no ZStack error inside) as the proxy failing', async () => {
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.html('<!DOCTYPE html><p>down</p>', { status: 503 }),
      ),
    );
    expect((await failure(query(new ZStackClient({ getSession: () => 'x' }), 'vms', {}))).kind).toBe('proxy');
  });

  it('reports a dropped connection as a network error', async () => {
    server.use(http.get(/\/zstack\/v1\/vm-instances/u, () => HttpResponse.error()));
    expect((await failure(query(new ZStackClient({ getSession: () => 'x' }), 'vms', {}))).kind).toBe(
      'network',
    );
  });

  it('reports truncated JSON and missing required fields as malformed answers', async () => {
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.text('{"inventories":[{"uuid"', { status: 200 }),
      ),
    );
    const client = new ZStackClient({ getSession: () => 'x' });
    expect((await failure(query(client, 'vms', {}))).kind).toBe('malformed');
    server.use(
      http.get(/\/zstack\/v1\/vm-instances/u, () =>
        HttpResponse.text('{"inventories":[{"name":"no uuid"}]}'),
      ),
    );
    const error = await failure(query(client, 'vms', {}));
    expect(error.kind).toBe('malformed');
    expect(error.errorCode.details).toMatch(/inventories\.0\.uuid/u);
  });
});

describe('a query parsed in slices (pause)', () => {
  const rows = (n: number, bad?: number) =>
    Array.from({ length: n }, (_, i) =>
      i === bad ? { name: 'no uuid' } : { uuid: `v${i}`, name: `vm-${i}` },
    );
  const answer = (inventories: object[]) =>
    server.use(http.get(/\/zstack\/v1\/vm-instances/u, () => HttpResponse.json({ inventories, total: 600 })));

  it('reads what the whole parse reads, pausing before each slice of 250 rows', async () => {
    answer(rows(600));
    const client = new ZStackClient({ getSession: () => 'x' });
    const pause = vi.fn(() => Promise.resolve());
    const sliced = await query(client, 'vms', { limit: 600 }, undefined, pause);
    expect(pause).toHaveBeenCalledTimes(3);
    expect(sliced).toEqual(await query(client, 'vms', { limit: 600 }));
    expect(sliced.inventories.map((v) => v.uuid).at(-1)).toBe('v599');
  });

  it('still cuts a page to its limit and names a bad row by its place in the whole answer', async () => {
    answer(rows(600, 520));
    const client = new ZStackClient({ getSession: () => 'x' });
    const pause = () => Promise.resolve();
    expect((await query(client, 'vms', { limit: 500 }, undefined, pause)).inventories).toHaveLength(500);
    const error = await failure(query(client, 'vms', { limit: 600 }, undefined, pause));
    expect(error.kind).toBe('malformed');
    expect(error.errorCode.details).toMatch(/inventories\.520\.uuid/u);
    expect(error.errorCode.details).toBe(
      (await failure(query(client, 'vms', { limit: 600 }))).errorCode.details,
    );
  });

  it('answers an error as the whole parse does', async () => {
    const unsigned = new ZStackClient({ getSession: () => undefined });
    const error = await failure(query(unsigned, 'vms', {}, undefined, () => Promise.resolve()));
    expect(error.kind).toBe('http');
  });
});

describe('the pause before a request', () => {
  it('sends a request once the pause has ended, with the session it was made in; the one sent as the page closes at once', async () => {
    let endPause = () => {};
    const pause = vi.fn(() => new Promise<void>((resolve) => (endPause = resolve)));
    const sent: string[] = [];
    const fetch = vi.fn((url: URL | RequestInfo, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('Authorization') ?? 'none';
      sent.push(`${init?.method ?? 'GET'} ${url instanceof Request ? url.url : url.toString()} ${auth}`);
      return Promise.resolve(new Response('{"inventories":[]}', { status: 200 }));
    });
    let session: string | undefined = 's1';
    const client = new ZStackClient({
      getSession: () => session,
      fetch,
      pause,
      baseUrl: 'http://node/zstack',
    });
    const list = client.raw('GET', '/v1/vm-instances');
    await Promise.resolve();
    expect(pause).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
    session = undefined; // signed out during the pause
    endPause();
    await list;
    expect(sent).toEqual(['GET http://node/zstack/v1/vm-instances OAuth s1']);
    session = 's2';
    const logout = client.raw('DELETE', '/v1/accounts/sessions/s2', { keepalive: true });
    expect(sent[1]).toBe('DELETE http://node/zstack/v1/accounts/sessions/s2 OAuth s2');
    await logout;
    expect(pause).toHaveBeenCalledTimes(1);
  });
});

describe('dropNulls', () => {
  it('drops null members, keeps nulls in arrays, the order of members and a member named __proto__', () => {
    const read = dropNulls(
      JSON.parse('{"b":1,"a":null,"c":{"__proto__":{"x":1},"n":null,"l":[null,2,{"z":null}]},"d":"s"}'),
    );
    expect(JSON.stringify(read)).toBe('{"b":1,"c":{"__proto__":{"x":1},"l":[null,2,{}]},"d":"s"}');
    const c = (read as { c: object }).c;
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).toEqual(['__proto__', 'l']);
  });
});
