import { err, wrap, type ErrorCode } from '../store/error-codes.ts';
import type { HostRec, NicRec, VmRec } from '../store/records.ts';
import { ipToLong, longToIp } from '../store/store.ts';
import type { OpCtx } from './context.ts';

const GPUS_NEEDED = 4;

/**
 * AbstractHostAllocatorFlow.fail(reason): HOST_ALLOCATION.1000 (NO_AVAILABLE_HOST) with the reason as details,
 * which VmAllocateHostFlow hands on unchanged; the start flow wraps it in VM.1001 (see startVm).
 */
function noHost(reason: string): ErrorCode {
  return err('HOST_ALLOCATION.1000', reason);
}

/** LastHostPreferredAllocatorStrategy over the VM's cluster, honouring capacity (and the scripted GPU need). */
export function allocateHost(
  ctx: OpCtx,
  vm: VmRec,
  want: { clusterUuid?: string; hostUuid?: string },
): HostRec | ErrorCode {
  const clusterUuid = want.clusterUuid ?? vm.clusterUuid;
  const cluster = clusterUuid === undefined ? undefined : ctx.store.clusters.get(clusterUuid);
  const clusterText = cluster
    ? `cluster[uuid:${cluster.uuid}, name:${cluster.name}]`
    : `zone[uuid:${vm.zoneUuid}]`;
  const candidates = [...ctx.store.hosts.values()].filter(
    (h) =>
      (cluster ? h.clusterUuid === cluster.uuid : h.zoneUuid === vm.zoneUuid) &&
      h.state === 'Enabled' &&
      h.status === 'Connected' &&
      (want.hostUuid === undefined || h.uuid === want.hostUuid),
  );
  if (vm.scenario === 'needs-gpu') {
    const gpus = candidates.map((h) => `${h.name}[free:${h.gpuFree}/${h.gpuTotal}]`).join(', ');
    const withGpu = candidates.filter((h) => h.gpuFree >= GPUS_NEEDED);
    if (withGpu.length === 0) {
      return noHost(
        `no host in ${clusterText} having ${GPUS_NEEDED} free GPU devices[model:NVIDIA A100-SXM4-80GB] found, candidate hosts: [${gpus}]; not enough GPU capacity`,
      );
    }
  }
  const fits = candidates.filter((h) => {
    const used = ctx.store.hostUsage(h.uuid);
    return h.totalCpuCapacity - used.cpu >= vm.cpuNum && h.totalMemoryCapacity - used.memory >= vm.memorySize;
  });
  if (fits.length === 0)
    return noHost(
      `no host in ${clusterText} having cpu[${vm.cpuNum}], memory[${vm.memorySize} bytes] found for the vm[uuid:${vm.uuid}]`,
    );
  const last = fits.find((h) => h.uuid === vm.lastHostUuid);
  if (last) return last;
  const free = (h: HostRec): number => h.totalMemoryCapacity - ctx.store.hostUsage(h.uuid).memory;
  return fits.reduce((best, h) => (free(h) > free(best) ? h : best));
}

/** VmAllocateNicForStartingVmFlow: NICs without a UsedIp get the first free address of their L3's range. */
export function allocateNicIps(ctx: OpCtx, vm: VmRec, now: number): ErrorCode | undefined {
  const { store } = ctx;
  const done: NicRec[] = [];
  for (const nic of store.nicsOf(vm.uuid)) {
    if (nic.usedIpUuid !== undefined) continue;
    const l3 = store.l3Networks.get(nic.l3NetworkUuid);
    const range = l3?.ipRanges[0];
    if (!l3 || !range)
      return err('SYS.1006', `l3 network[uuid:${nic.l3NetworkUuid}] has no ip range`, 'VmAllocateNicFlow');
    const used = new Set<number>();
    for (const u of store.usedIps.values()) if (u.l3NetworkUuid === l3.uuid) used.add(u.ipInLong);
    const gateway = ipToLong(range.gateway);
    const end = ipToLong(range.endIp);
    let ip = ipToLong(range.startIp);
    // a static IP (SetVmStaticIp) is taken as it is, or the start fails: it never falls back to another address
    const fixed = nic.staticIp === undefined ? undefined : ipToLong(nic.staticIp);
    if (fixed !== undefined) ip = fixed;
    else while (ip <= end && (used.has(ip) || ip === gateway)) ip++;
    if (fixed === undefined ? ip > end : used.has(fixed)) {
      for (const n of done) {
        if (n.usedIpUuid !== undefined) store.usedIps.delete(n.usedIpUuid);
        delete n.ip;
        delete n.netmask;
        delete n.gateway;
        delete n.usedIpUuid;
      }
      store.touch();
      return wrap(
        'SYS.1006',
        `unable to allocate ip for the vm[uuid:${vm.uuid}]`,
        err('L3.1002', `no ip available in l3 network[uuid:${l3.uuid}, name:${l3.name}]`),
        'VmAllocateNicFlow',
      );
    }
    const uuid = ctx.newUuid();
    const addr = longToIp(ip);
    store.usedIps.set(uuid, {
      uuid,
      ipRangeUuid: range.uuid,
      l3NetworkUuid: l3.uuid,
      ipVersion: 4,
      ip: addr,
      netmask: range.netmask,
      gateway: range.gateway,
      usedFor: 'Vm',
      ipInLong: ip,
      vmNicUuid: nic.uuid,
      createDate: now,
      lastOpDate: now,
    });
    Object.assign(nic, {
      ip: addr,
      netmask: range.netmask,
      gateway: range.gateway,
      usedIpUuid: uuid,
      lastOpDate: now,
    });
    done.push(nic);
    store.touch();
  }
  return undefined;
}
