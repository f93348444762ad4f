import { describe, expect, it } from 'vitest';
import { call, queryVms, simulatorForFile, submit, vmByName, waitJob } from './helpers.ts';

const sim = simulatorForFile();

const VM = 'org.zstack.header.vm.VmInstanceInventory';
const NIC = 'org.zstack.header.vm.VmNicInventory';
const IP = 'org.zstack.header.network.l3.UsedIpInventory';
const VOLUME = 'org.zstack.header.volume.VolumeInventory';

/** `a[0].b[1].c[2]` → [`a[0]`, `a[0].b[1]`]: the paths of the objects that contain it. */
const ancestors = (key: string): string[] => {
  const parts = key.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
};

/** The schema's keys in wire order: JSON.parse keeps the order of non-numeric keys. */
const schemaKeys = (body: Record<string, unknown>): [string, string][] =>
  Object.entries(body['schema'] as Record<string, string>);

describe('schema key order (JsonSchemaBuilder: children collected first, then the list reversed)', () => {
  it('lists a known VM as the reversed depth-first walk: parent first, then later fields and indexes first', async () => {
    const { reply, inventories } = await queryVms(sim.ctx, sim.admin, 'q=name=gpu-train-01');
    const vm = inventories[0];
    expect(vm?.vmNics.map((n) => n.usedIps.length)).toEqual([1, 1]);
    expect(vm?.allVolumes).toHaveLength(1);
    expect(schemaKeys(reply.json())).toEqual([
      ['inventories[0]', VM],
      ['inventories[0].allVolumes[0]', VOLUME],
      ['inventories[0].vmNics[1]', NIC],
      ['inventories[0].vmNics[1].usedIps[0]', IP],
      ['inventories[0].vmNics[0]', NIC],
      ['inventories[0].vmNics[0].usedIps[0]', IP],
    ]);
  });

  it('puts every parent before all of its children, across a page of VMs with NICs, IPs and volumes', async () => {
    const { reply, inventories } = await queryVms(
      sim.ctx,
      sim.admin,
      'q=state=Running&q=type=UserVm&q=allVolumes.type=Data&limit=30',
    );
    expect(inventories.length).toBe(30);
    expect(inventories.some((v) => v.vmNics.length > 1 && v.allVolumes.length > 1)).toBe(true);
    const keys = schemaKeys(reply.json()).map(([k]) => k);
    const expected = inventories.flatMap((vm, i) => [
      `inventories[${i}]`,
      ...vm.allVolumes.map((_, j) => `inventories[${i}].allVolumes[${j}]`),
      ...vm.vmNics.flatMap((nic, j) => [
        `inventories[${i}].vmNics[${j}]`,
        ...nic.usedIps.map((_, k) => `inventories[${i}].vmNics[${j}].usedIps[${k}]`),
      ]),
    ]);
    expect([...keys].sort()).toEqual([...expected].sort());
    const at = new Map(keys.map((k, i) => [k, i]));
    for (const [i, key] of keys.entries()) {
      for (const parent of ancestors(key)) expect(at.get(parent)).toBeLessThan(i);
    }
    // siblings come last index first, the whole page included
    expect(keys[0]).toBe('inventories[29]');
    expect(keys.filter((k) => /^inventories\[\d+\]$/.test(k))).toEqual(
      inventories.map((_, i) => `inventories[${i}]`).reverse(),
    );
  });

  it('orders an action result the same way when X-JSON-Schema is sent', async () => {
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const { jobId } = await submit(sim.ctx, 'PUT', `/vm-instances/${web.uuid}/actions`, sim.admin, {
      recoverVmInstance: {},
    });
    expect((await waitJob(sim.ctx, jobId)).final.status).toBe(200);
    const r = await call(sim.ctx, 'GET', `/api-jobs/${jobId}`, { headers: { 'X-JSON-Schema': 'true' } });
    // recovered: two NICs without IPs, and only the root volume (the data volume stays detached)
    expect(schemaKeys(r.json())).toEqual([
      ['inventory', VM],
      ['inventory.allVolumes[0]', VOLUME],
      ['inventory.vmNics[1]', NIC],
      ['inventory.vmNics[0]', NIC],
    ]);
  });
});
