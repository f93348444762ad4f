// Where the simulator once differed from ZStack (its Java SDK against `npm run sim`): each test names the ZStack
// source (zstackio/zstack) whose behaviour it pins.
import { describe, expect, it } from 'vitest';
import {
  simulatorForFile,
  act,
  call,
  errorOf,
  login,
  rows,
  runJob,
  vmByName,
  type Vm,
  type Volume,
} from './helpers.ts';

const sim = simulatorForFile();

const attach = (session: string, volumeUuid: string, vmUuid: string) =>
  runJob(sim.ctx, 'POST', `/volumes/${volumeUuid}/vm-instances/${vmUuid}`, session, { params: {} });
const firstVm = async (session: string, q: string): Promise<Vm> => {
  const vm = (await rows<Vm>(sim.ctx, session, `/vm-instances?q=type=UserVm&${q}&limit=1`))[0];
  if (!vm) throw new Error(`no VM for ${q}`);
  return vm;
};

describe('StartVmInstance', () => {
  // VmInstanceBase.startVm: every failure is err(VmErrors.START_ERROR, cause, cause.getDetails()); the
  // allocator's "no host" is HostAllocatorError.NO_AVAILABLE_HOST (HOST_ALLOCATION.1000, hostAllocator.xml).
  it('finds no host for gpu-train-02: VM.1001 caused by HOST_ALLOCATION.1000', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'gpu-train-02');
    expect((await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance')).status).toBe(200);
    const e = errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'startVmInstance'));
    expect(e).toMatchObject({ code: 'VM.1001', description: 'Unable to start a vm' });
    expect(e.cause).toMatchObject({ code: 'HOST_ALLOCATION.1000', description: 'No available host found' });
    expect(e.cause?.details).toMatch(/GPU/u);
    expect(e.details).toBe(e.cause?.details);
    expect(e.cause?.cause).toBeUndefined();
    expect((await vmByName(sim.ctx, sim.admin, 'gpu-train-02')).state).toBe('Stopped');
  });

  // VmInstanceBase.startVm: `if (self.getState() == VmInstanceState.Running) { completion.success(); return; }`
  it('succeeds at once on a Running VM, which stays as it was', async () => {
    const vm = await firstVm(sim.admin, 'q=state=Running');
    const final = await act(sim.ctx, sim.admin, vm.uuid, 'startVmInstance');
    expect(final.status).toBe(200);
    const inv = final.json()['inventory'] as Vm;
    expect([inv.uuid, inv.state, inv.hostUuid]).toEqual([vm.uuid, 'Running', vm.hostUuid]);
  });

  // AbstractVmInstance's table: APIStartVmInstanceMsg in Created, Running, Stopped and Crashed (a HashSet, printed
  // in its own order); the state check runs inside startVm, so VM.1010 arrives wrapped in VM.1001.
  it('refuses a Destroyed VM with VM.1001 caused by VM.1010, naming the four allowed states', async () => {
    const vm = await firstVm(sim.admin, 'q=state=Destroyed');
    const e = errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'startVmInstance'));
    const details =
      "current vm instance state[Destroyed] doesn't allow to proceed message[org.zstack.header.vm.APIStartVmInstanceMsg], allowed states are [Crashed, Stopped, Running, Created]";
    expect(e).toMatchObject({ code: 'VM.1001', details, cause: { code: 'VM.1010', details } });
  });
});

describe('AttachDataVolumeToVm', () => {
  // VolumeApiInterceptor.checkDataVolume allows Ready and NotInstantiated; VmInstanceBase.attachDataVolume runs
  // the attach-uninstantiated-volume flow chain, which creates the volume on the VM's primary storage.
  it('accepts a NotInstantiated volume and instantiates it on the VM’s primary storage', async () => {
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    const uuid = sim.volume('data-not-instantiated');
    const recovered = await runJob(sim.ctx, 'PUT', `/volumes/${uuid}/actions`, bob, {
      recoverDataVolume: {},
    });
    expect((recovered.json()['inventory'] as Volume).status).toBe('NotInstantiated');
    const vm = await firstVm(bob, 'q=state=Stopped');
    const final = await attach(bob, uuid, vm.uuid);
    expect(final.status, final.text).toBe(200);
    const inv = final.json()['inventory'] as Volume;
    const root = (await rows<Volume>(sim.ctx, bob, `/volumes/${vm.rootVolumeUuid ?? ''}`))[0];
    expect(inv).toMatchObject({ status: 'Ready', vmInstanceUuid: vm.uuid });
    expect(inv.primaryStorageUuid).toBe(root?.primaryStorageUuid);
    expect(inv.installPath).toContain(uuid);
  });

  // VolumeApiInterceptor.checkDataVolume: the Deleted check comes before the "attached" and status checks.
  it('refuses a Deleted volume in ZStack’s words', async () => {
    const uuid = sim.volume('data-expiring-soon');
    const vm = await firstVm(sim.admin, 'q=state=Running');
    expect(errorOf(await attach(sim.admin, uuid, vm.uuid))).toMatchObject({
      code: 'SYS.1006',
      details: `the volume[uuid:${uuid}] is in status of deleted, cannot do the operation`,
    });
  });

  // VmInstanceBase.attachDataVolume: validateOperationByState(msg, state, VmErrors.ATTACH_VOLUME_ERROR) on the
  // internal AttachDataVolumeToVmMsg, allowed in Running, Stopped and Paused (AbstractVmInstance).
  it('refuses a VM in the wrong state with VM.1005 caused by VM.1010, Paused among the allowed', async () => {
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    const volume = (
      await rows<Volume>(sim.ctx, bob, '/volumes?q=type=Data&q=status=Ready&q=vmInstanceUuid is null')
    )[0];
    const vm = await firstVm(bob, 'q=state=Destroyed');
    const e = errorOf(await attach(bob, volume?.uuid ?? '', vm.uuid));
    const details =
      "current vm instance state[Destroyed] doesn't allow to proceed message[org.zstack.header.vm.AttachDataVolumeToVmMsg], allowed states are [Stopped, Running, Paused]";
    expect(e).toMatchObject({
      code: 'VM.1005',
      description: 'Unable to attach data volume to a vm',
      details,
      cause: { code: 'VM.1010', details },
    });
  });
});

// VolumeApiInterceptor (APIDeleteDataVolumeMsg): argerr("can not delete volume[%s], because volume attach to host[%s]").
it('DeleteDataVolume of a volume attached to a host names both uuids bare (SYS.1007)', async () => {
  const uuid = sim.volume('data-on-host-01');
  const e = errorOf(await runJob(sim.ctx, 'DELETE', `/volumes/${uuid}`, sim.admin));
  expect(e.code).toBe('SYS.1007');
  expect(e.details).toMatch(
    new RegExp(`^can not delete volume\\[${uuid}\\], because volume attach to host\\[[0-9a-f]{32}\\]$`, 'u'),
  );
});

// PortApiValidator: "invalid field[%s], …" names the message's field, imageUuid in APIRecoverImageMsg and
// APIExpungeImageMsg.
it('RecoverImage and ExpungeImage of an unknown image name the field imageUuid (SYS.1003)', async () => {
  const unknown = '0123456789ab4def8123456789abcdef';
  for (const body of [{ recoverImage: {} }, { expungeImage: {} }]) {
    const e = errorOf(await runJob(sim.ctx, 'PUT', `/images/${unknown}/actions`, sim.admin, body));
    expect(e).toMatchObject({
      code: 'SYS.1003',
      details: `invalid field[imageUuid], resource[uuid:${unknown}, type:ImageVO] not found`,
    });
  }
});

// VolumeBase.recoverVolume (storage/.../volume/VolumeBase.java ~2273-2310): past the API checks (existence,
// ownership, the volume.data.num quota in VolumeApiInterceptor/QuotaUtil, status Deleted), RecoverDataVolume cannot
// fail: the extension points run in CollectionUtils.safeForEach, which swallows their exceptions, and the status is
// set from installPath. The failing volume ZStack can produce is the quota one.
describe('RecoverDataVolume', () => {
  const recover = (session: string, uuid: string) =>
    runJob(sim.ctx, 'PUT', `/volumes/${uuid}/actions`, session, { recoverDataVolume: {} });

  it('brings a Deleted volume on Ceph back Ready, with no storage-side failure', async () => {
    const r = await recover(sim.admin, sim.volume('data-ceph-archive'));
    expect(r.status).toBe(200);
    expect(r.json()['inventory']).toMatchObject({ name: 'data-ceph-archive', status: 'Ready' });
  });

  it('refuses an owner at the volume.data.num quota with ID.1003, and the volume stays Deleted', async () => {
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    const e = errorOf(await recover(carol, sim.volume('data-quota-carol')));
    expect(e).toMatchObject({ code: 'ID.1003', description: 'The user exceeds a quota of a resource' });
    expect(e.details).toContain('exceeds a quota[name: volume.data.num, value: 3]');
    const [again] = await rows<Volume>(sim.ctx, sim.admin, `/volumes/${sim.volume('data-quota-carol')}`);
    expect(again?.status).toBe('Deleted');
  });
});

// RestServer: a successful reply gets `schema` when the request carries X-JSON-Schema (and every query reply does).
it('GetAuditData answers with a schema when X-JSON-Schema asks for one', async () => {
  const plain = await call(sim.ctx, 'GET', '/zwatch/audits?limit=2', { session: sim.admin });
  expect(plain.status).toBe(200);
  expect(plain.json()).not.toHaveProperty('schema');
  const typed = await call(sim.ctx, 'GET', '/zwatch/audits?limit=2', {
    session: sim.admin,
    headers: { 'X-JSON-Schema': 'true' },
  });
  const audits = typed.json()['audits'] as unknown[];
  expect(audits).toHaveLength(2);
  expect(typed.json()['schema']).toEqual({
    'audits[1]': 'org.zstack.zwatch.datatype.AuditData',
    'audits[0]': 'org.zstack.zwatch.datatype.AuditData',
  });
});
