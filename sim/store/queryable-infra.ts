import {
  clusterInv,
  hostInv,
  ipRangeInv,
  l3Inv,
  offeringInv,
  primaryStorageInv,
  zoneInv,
} from './inventories-infra.ts';
import { usedIpInv } from './inventories-vm.ts';
import { DATES, defineTable, lookup } from './query-table.ts';

/** Queryable infrastructure inventories, visible to every account. */
export const usedIp = defineTable({
  cls: 'org.zstack.header.network.l3.UsedIpInventory',
  fields: {
    string: ['uuid', 'ipRangeUuid', 'l3NetworkUuid', 'ip', 'netmask', 'gateway', 'usedFor', 'vmNicUuid'],
    number: ['ipVersion', 'ipInLong'],
    date: DATES,
  },
  rows: (s) => [...s.usedIps.values()],
  inv: usedIpInv,
});
export const ipRange = defineTable({
  cls: 'org.zstack.header.network.l3.IpRangeInventory',
  fields: {
    string: ['uuid', 'l3NetworkUuid', 'name', 'startIp', 'endIp', 'netmask', 'gateway', 'networkCidr'],
    number: ['ipVersion', 'prefixLen'],
    date: DATES,
  },
  rows: (s) => [...s.l3Networks.values()].flatMap((l) => l.ipRanges),
  inv: ipRangeInv,
});
export const zone = defineTable({
  cls: 'org.zstack.header.zone.ZoneInventory',
  fields: { string: ['uuid', 'name', 'description', 'state', 'type'], boolean: ['isDefault'], date: DATES },
  rows: (s) => [...s.zones.values()],
  inv: zoneInv,
});
export const cluster = defineTable({
  cls: 'org.zstack.header.cluster.ClusterInventory',
  fields: {
    string: ['uuid', 'name', 'description', 'state', 'hypervisorType', 'zoneUuid', 'type', 'architecture'],
    date: DATES,
  },
  expands: { zone: { table: () => zone, rows: (r, s) => lookup(s.zones, r.zoneUuid) } },
  rows: (s) => [...s.clusters.values()],
  inv: clusterInv,
});
export const l3 = defineTable({
  cls: 'org.zstack.header.network.l3.L3NetworkInventory',
  schema: {
    cls: 'org.zstack.header.network.l3.L3NetworkInventory',
    children: { ipRanges: { cls: 'org.zstack.header.network.l3.IpRangeInventory' } },
  },
  fields: {
    string: [
      'uuid',
      'name',
      'description',
      'type',
      'zoneUuid',
      'l2NetworkUuid',
      'state',
      'dnsDomain',
      'category',
    ],
    number: ['ipVersion'],
    boolean: ['system'],
    date: DATES,
  },
  expands: {
    ipRanges: { table: () => ipRange, rows: (r) => r.ipRanges },
    zone: { table: () => zone, rows: (r, s) => lookup(s.zones, r.zoneUuid) },
  },
  rows: (s) => [...s.l3Networks.values()],
  inv: l3Inv,
});
export const host = defineTable({
  cls: 'org.zstack.kvm.KVMHostInventory',
  fields: {
    string: [
      'uuid',
      'name',
      'description',
      'zoneUuid',
      'clusterUuid',
      'managementIp',
      'hypervisorType',
      'state',
      'status',
      'architecture',
    ],
    number: ['totalCpuCapacity', 'cpuSockets', 'totalMemoryCapacity', 'totalPhysicalMemory', 'cpuNum'],
    date: DATES,
  },
  computed: {
    availableCpuCapacity: { type: 'number', get: (h, s) => h.totalCpuCapacity - s.hostUsage(h.uuid).cpu },
    availableMemoryCapacity: {
      type: 'number',
      get: (h, s) => h.totalMemoryCapacity - s.hostUsage(h.uuid).memory,
    },
    availablePhysicalMemory: {
      type: 'number',
      get: (h, s) => h.totalMemoryCapacity - s.hostUsage(h.uuid).memory,
    },
    username: { type: 'string', get: () => 'root' },
    sshPort: { type: 'number', get: () => 22 },
  },
  expands: {
    zone: { table: () => zone, rows: (r, s) => lookup(s.zones, r.zoneUuid) },
    cluster: { table: () => cluster, rows: (r, s) => lookup(s.clusters, r.clusterUuid) },
  },
  rows: (s) => [...s.hosts.values()],
  inv: hostInv,
});
export const primaryStorage = defineTable({
  cls: 'org.zstack.header.storage.primary.PrimaryStorageInventory',
  fields: {
    string: ['uuid', 'name', 'description', 'zoneUuid', 'url', 'type', 'state', 'status', 'mountPath'],
    number: ['totalCapacity', 'availableCapacity', 'totalPhysicalCapacity', 'availablePhysicalCapacity'],
    date: DATES,
  },
  expands: { zone: { table: () => zone, rows: (r, s) => lookup(s.zones, r.zoneUuid) } },
  rows: (s) => [...s.primaryStorages.values()],
  inv: primaryStorageInv,
});
export const offering = defineTable({
  cls: 'org.zstack.header.configuration.InstanceOfferingInventory',
  fields: {
    string: ['uuid', 'name', 'description', 'type', 'allocatorStrategy', 'state'],
    number: ['cpuNum', 'cpuSpeed', 'memorySize', 'sortKey'],
    date: DATES,
  },
  rows: (s) => [...s.offerings.values()],
  inv: offeringInv,
});
