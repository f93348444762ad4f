import { describe, expect, it } from 'vitest';
import { call, checkWire, login, queryVms, simulatorForFile, type Vm } from './helpers.ts';

let all: Vm[];
const sim = simulatorForFile({}, async (s) => {
  all = (await queryVms(s.ctx, s.admin, 'limit=100000')).inventories;
});

const count = async (q: string): Promise<number> =>
  (await queryVms(sim.ctx, sim.admin, `count=true&${q}`)).total ?? -1;
const enc = encodeURIComponent;

describe('the seeded data set', () => {
  it('has 2000 UserVms, 320 of them Destroyed, plus ApplianceVm rows', () => {
    const user = all.filter((v) => v.type === 'UserVm');
    expect(user).toHaveLength(2000);
    expect(user.filter((v) => v.state === 'Destroyed')).toHaveLength(320);
    expect(all.filter((v) => v.type === 'ApplianceVm').length).toBeGreaterThanOrEqual(15);
    const macs = all.flatMap((v) => v.vmNics.map((n) => n.mac));
    expect(new Set(macs).size).toBe(macs.length);
    expect(macs.every((m) => /^fa(:[0-9a-f]{2}){5}$/.test(m))).toBe(true);
  });

  it('renders every date as a Gson date and never sends null', async () => {
    checkWire(all);
    const raw = await call(sim.ctx, 'GET', '/vm-instances?limit=100000', { session: sim.admin });
    expect(raw.text).not.toMatch(/:null\b/);
    expect(raw.headers.get('content-type')).toBeNull();
    const first = all[0];
    expect(first?.internalId).toBeUndefined();
    expect(first?.vmNics[0]?.usedIpUuid).toBeUndefined();
  });

  it('detaches destroyed VMs from hosts and IPs', () => {
    const destroyed = all.filter((v) => v.state === 'Destroyed');
    for (const vm of destroyed) {
      expect(vm.hostUuid).toBeUndefined();
      expect(vm.vmNics.every((n) => n.ip === undefined && n.usedIps.length === 0)).toBe(true);
      expect(vm.allVolumes.find((v) => v.type === 'Root')?.status).toBe('Deleted');
      expect(vm.allVolumes.some((v) => v.type === 'Data')).toBe(false);
    }
    const running = all.filter((v) => v.state === 'Running');
    expect(
      running.every(
        (v) =>
          v.hostUuid !== undefined &&
          v.vmNics.every((n) => n.usedIps.length === 1 && n.ip === n.usedIps[0]?.ip),
      ),
    ).toBe(true);
  });
});

describe('the recycle-bin list query', () => {
  it('pages, sorts by -lastOpDate and counts with replyWithCount', async () => {
    const q = 'q=state=Destroyed&q=type=UserVm&replyWithCount=true&sort=-lastOpDate&limit=20';
    const p1 = await queryVms(sim.ctx, sim.admin, `${q}&start=0`);
    const p2 = await queryVms(sim.ctx, sim.admin, `${q}&start=20`);
    expect(p1.total).toBe(320);
    expect(p1.inventories).toHaveLength(20);
    const t = (v: Vm): number => Date.parse(`${v.lastOpDate} UTC`);
    const page = [...p1.inventories, ...p2.inventories];
    for (let i = 1; i < page.length; i++)
      expect(t(page[i - 1] as Vm)).toBeGreaterThanOrEqual(t(page[i] as Vm));
    expect(new Set(page.map((v) => v.uuid)).size).toBe(40);
    expect(p1.reply.json()['schema']).toMatchObject({
      'inventories[0]': 'org.zstack.header.vm.VmInstanceInventory',
      'inventories[0].vmNics[0]': 'org.zstack.header.vm.VmNicInventory',
    });
  });

  it('answers count=true with only total and an empty schema', async () => {
    const r = await call(sim.ctx, 'GET', '/vm-instances?q=state=Destroyed&count=true', {
      session: sim.admin,
    });
    expect(r.json()).toEqual({ total: 320, schema: {} });
  });

  it('omits total without replyWithCount and defaults limit to 1000', async () => {
    const r = await queryVms(sim.ctx, sim.admin, 'q=type=UserVm');
    expect(r.total).toBeUndefined();
    expect(r.inventories).toHaveLength(1000);
  });

  it('sorts ascending with +field, a space (unencoded +) or no sign, and ignores sortBy/sortDirection', async () => {
    const names = (vms: Vm[]): string[] => vms.map((v) => v.name);
    const asc = await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&sort=%2Bname&limit=5');
    const space = await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&sort=+name&limit=5');
    const bare = await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&sort=name&limit=5');
    const sorted = all
      .filter((v) => v.state === 'Destroyed')
      .map((v) => v.name.toLowerCase())
      .sort();
    expect(names(asc.inventories).map((n) => n.toLowerCase())).toEqual(sorted.slice(0, 5));
    expect(names(space.inventories)).toEqual(names(asc.inventories));
    expect(names(bare.inventories)).toEqual(names(asc.inventories));
    const ignored = await queryVms(
      sim.ctx,
      sim.admin,
      'q=state=Destroyed&sortBy=name&sortDirection=desc&limit=5',
    );
    const unsorted = await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&limit=5');
    expect(names(ignored.inventories)).toEqual(names(unsorted.inventories));
  });

  it('returns only the first fields parameter', async () => {
    const r = await queryVms(sim.ctx, sim.admin, 'q=name=web-01&fields=uuid,name&fields=state');
    expect(r.inventories).toEqual([{ uuid: all.find((v) => v.name === 'web-01')?.uuid, name: 'web-01' }]);
  });
});

describe('each condition operator', () => {
  const user = (): Vm[] => all.filter((v) => v.type === 'UserVm');
  it('=, != and the SQL NULL rule', async () => {
    expect(await count('q=name=web-01')).toBe(1);
    expect(await count('q=state!=Destroyed')).toBe(all.filter((v) => v.state !== 'Destroyed').length);
    expect(await count('q=description!=nothing')).toBe(all.filter((v) => v.description !== undefined).length);
  });
  it('>, >=, <, <= on numbers and dates', async () => {
    expect(await count('q=cpuNum>4')).toBe(all.filter((v) => v.cpuNum > 4).length);
    expect(await count('q=cpuNum>=4')).toBe(all.filter((v) => v.cpuNum >= 4).length);
    expect(await count('q=memorySize<8589934592')).toBe(all.filter((v) => v.memorySize < 8589934592).length);
    expect(await count('q=cpuNum<=2')).toBe(all.filter((v) => v.cpuNum <= 2).length);
    const pivot = all.find((v) => v.name === 'web-01') as Vm;
    const t = (v: Vm): number => Date.parse(`${v.lastOpDate} UTC`);
    // Timestamp.valueOf's form, in the node's time (the Gson form is refused: test/sim/filters.test.ts)
    const at = new Date(t(pivot)).toISOString().slice(0, 19).replace('T', ' ');
    expect(await count(`q=lastOpDate>=${enc(at)}`)).toBe(all.filter((v) => t(v) >= t(pivot)).length);
    expect(await count(`q=lastOpDate<${enc(at)}&q=state=Destroyed`)).toBe(
      all.filter((v) => t(v) < t(pivot) && v.state === 'Destroyed').length,
    );
  });
  it('?= and !?= take comma lists', async () => {
    expect(await count('q=name?=web-01,legacy-db-01,nope')).toBe(2);
    expect(await count('q=state!?=Destroyed,Running')).toBe(all.filter((v) => v.state === 'Stopped').length);
  });
  it('~= and !~= are LIKE with % and _, case-insensitive', async () => {
    expect(await count(`q=name~=${enc('ci-runner-%')}`)).toBe(
      all.filter((v) => v.name.startsWith('ci-runner-')).length,
    );
    expect(await count(`q=name~=${enc('WEB-0_')}`)).toBe(all.filter((v) => /^web-0.$/.test(v.name)).length);
    expect(await count(`q=type=UserVm&q=name!~=${enc('%a%')}`)).toBe(
      user().filter((v) => !v.name.includes('a')).length,
    );
  });
  // ZStack binds the value in `field like :value` with no ESCAPE clause (MysqlQueryBuilderImpl3), so MySQL's
  // default escape character applies: a backslash makes the next character, wildcard or not, match itself.
  it('~= takes backslash as the escape character: \\%, \\_ and \\\\ match literally', async () => {
    const names = (c: string) => all.filter((v) => v.name.includes(c)).length;
    expect(await count(`q=name~=${enc('%_%')}`)).toBe(all.length);
    expect(await count(`q=name~=${enc('%\\_%')}`)).toBe(names('_'));
    expect(await count(`q=name~=${enc('%\\_%')}`)).toBeLessThan(all.length);
    expect(await count(`q=name~=${enc('%\\%%')}`)).toBe(names('%'));
    expect(await count(`q=name~=${enc('%\\\\%')}`)).toBe(names('\\'));
    expect(await count(`q=name~=${enc('\\w\\e\\b\\-01')}`)).toBe(1);
  });
  it('is null and not null', async () => {
    expect(await count(`q=hostUuid${enc(' is null')}`)).toBe(
      all.filter((v) => v.hostUuid === undefined).length,
    );
    expect(await count(`q=description${enc(' not null')}`)).toBe(
      all.filter((v) => v.description !== undefined).length,
    );
  });
  it('nested fields: vmNics.mac, vmNics.ip, cluster.name', async () => {
    const vm = all.find((v) => v.state === 'Running' && v.type === 'UserVm') as Vm;
    const nic = vm.vmNics[0];
    const byMac = await queryVms(sim.ctx, sim.admin, `q=vmNics.mac=${nic?.mac ?? ''}`);
    expect(byMac.inventories.map((v) => v.uuid)).toEqual([vm.uuid]);
    const byIp = await queryVms(sim.ctx, sim.admin, `q=vmNics.ip=${nic?.ip ?? ''}`);
    expect(byIp.inventories.map((v) => v.uuid)).toEqual([vm.uuid]);
    expect(await count('q=cluster.name=cluster-hz-gpu')).toBeGreaterThan(0);
    expect(await count('q=cluster.name=cluster-hz-gpu')).toBe(
      all.filter((v) => v.name.startsWith('gpu-train')).length,
    );
  });
  it('the operator found first by priority wins, even inside the value', async () => {
    expect(await count('q=cpuNum>=16')).toBe(all.filter((v) => v.cpuNum >= 16).length);
    // "name=x!=y" is read as field "name=x", operator "!=", so the field is unknown
    const r = await call(sim.ctx, 'GET', `/vm-instances?q=${enc('name=x!=y')}`, { session: sim.admin });
    expect(r.status).toBe(503);
    expect((r.json()['error'] as { details: string }).details).toContain('field[name=x]');
  });
});

describe('query errors', () => {
  it('400 text for a q without operator, a non-integer limit', async () => {
    const r = await call(sim.ctx, 'GET', '/vm-instances?q=nameweb', { session: sim.admin });
    expect(r.status).toBe(400);
    expect(r.text).toBe(
      "Invalid query parameter. The 'nameweb' in the parameter[q] doesn't contain any query operator. Valid query operators are [!=, >=, <=, !?=, !~=, ~=, ?=, =, >, <, is null, not null]",
    );
    const l = await call(sim.ctx, 'GET', '/vm-instances?limit=ten', { session: sim.admin });
    expect(l.status).toBe(400);
    expect(l.text).toBe("Invalid query parameter. 'limit' must be an integer");
  });
  it('503 SYS.1007 for unknown fields in q or sort', async () => {
    for (const qs of ['q=colour=red', 'sort=-colour', 'q=vmNics.colour=red', 'q=nothing.mac=1']) {
      const r = await call(sim.ctx, 'GET', `/vm-instances?${qs}`, { session: sim.admin });
      expect(r.status).toBe(503);
      expect((r.json()['error'] as { code: string }).code).toBe('SYS.1007');
    }
  });
});

describe('GET /vm-instances/{uuid}', () => {
  it('answers inventories as an array of one, ignoring other parameters', async () => {
    const web = all.find((v) => v.name === 'web-01') as Vm;
    const r = await call(sim.ctx, 'GET', `/vm-instances/${web.uuid}?q=name=other&limit=0`, {
      session: sim.admin,
    });
    expect(r.status).toBe(200);
    const body = r.json() as { inventories: Vm[] };
    expect(Object.keys(body).sort()).toEqual(['inventories', 'schema']);
    expect(body.inventories).toHaveLength(1);
    expect(body.inventories[0]?.name).toBe('web-01');
    expect(body.inventories[0]?.vmCdRoms).toEqual([]);
  });
  it('answers an empty array for an unknown uuid', async () => {
    const r = await call(sim.ctx, 'GET', `/vm-instances/${'0'.repeat(32)}`, { session: sim.admin });
    expect(r.json()['inventories']).toEqual([]);
  });
});

describe('other resources and visibility', () => {
  it('serves the infrastructure queries with their /{uuid} forms', async () => {
    for (const res of [
      'volumes',
      'l3-networks',
      'hosts',
      'zones',
      'clusters',
      'primary-storage',
      'images',
      'instance-offerings',
      'accounts',
      'accounts/resources/refs',
    ]) {
      const r = await call(sim.ctx, 'GET', `/${res}?limit=3`, { session: sim.admin });
      expect(r.status, res).toBe(200);
      const inv = (r.json()['inventories'] as { uuid: string }[])[0];
      checkWire(r.json());
      const one = await call(sim.ctx, 'GET', `/${res}/${inv?.uuid ?? ''}`, { session: sim.admin });
      expect((one.json()['inventories'] as unknown[]).length, res).toBe(1);
    }
    const gc = await call(
      sim.ctx,
      'GET',
      '/global-configurations?q=category=vm&q=name?=deletionPolicy,expungePeriod,expungeInterval',
      { session: sim.admin },
    );
    expect(
      (gc.json()['inventories'] as { name: string; value: string }[]).map((g) => [g.name, g.value]).sort(),
    ).toEqual([
      ['deletionPolicy', 'Delay'],
      ['expungeInterval', '3600'],
      ['expungePeriod', '604800'],
    ]);
  });

  it('shows a normal account only its own VMs and refs, but shared infrastructure', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const mine = (await queryVms(sim.ctx, alice, 'limit=5000')).inventories;
    const refs = (
      await call(sim.ctx, 'GET', '/accounts/resources/refs?q=resourceType=VmInstanceVO', { session: alice })
    ).json()['inventories'] as { resourceUuid: string; ownerAccountUuid: string }[];
    expect(mine.length).toBeGreaterThan(30);
    expect(mine.length).toBeLessThan(50);
    expect(new Set(refs.map((r) => r.resourceUuid))).toEqual(new Set(mine.map((v) => v.uuid)));
    expect(mine.map((v) => v.name)).toContain('web-01');
    expect(mine.map((v) => v.name)).not.toContain('legacy-db-01');
    const accounts = (await call(sim.ctx, 'GET', '/accounts', { session: alice })).json()['inventories'] as {
      name: string;
    }[];
    expect(accounts.map((a) => a.name)).toEqual(['alice']);
    expect(
      ((await call(sim.ctx, 'GET', '/zones', { session: alice })).json()['inventories'] as unknown[]).length,
    ).toBe(2);
    const legacy = all.find((v) => v.name === 'legacy-db-01') as Vm;
    expect(
      (await call(sim.ctx, 'GET', `/vm-instances/${legacy.uuid}`, { session: alice })).json()['inventories'],
    ).toEqual([]);
  });
});
