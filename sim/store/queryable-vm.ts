import { nicInv, vmInv, volumeInv } from './inventories-vm.ts';
import { DATES, defineTable, lookup, type Table } from './query-table.ts';
import { cluster, host, l3, offering, primaryStorage, usedIp, zone } from './queryable-infra.ts';
import { image } from './queryable-storage.ts';
import { VM_SCHEMA, VOLUME_SCHEMA } from './schema.ts';

/** Queryable VM inventories with their NICs and volumes, filtered by ownership. */

export const volume: Table = defineTable({
  cls: 'org.zstack.header.volume.VolumeInventory',
  schema: VOLUME_SCHEMA,
  fields: {
    string: [
      'uuid',
      'name',
      'description',
      'primaryStorageUuid',
      'vmInstanceUuid',
      'diskOfferingUuid',
      'rootImageUuid',
      'installPath',
      'type',
      'format',
      'state',
      'status',
      'lastVmInstanceUuid',
      'volumeQos',
      'protocol',
    ],
    number: ['size', 'actualSize', 'deviceId'],
    boolean: ['isShareable'],
    date: [...DATES, 'lastDetachDate', 'lastAttachDate'],
  },
  expands: {
    vmInstance: { table: () => vm, rows: (r, s) => lookup(s.vms, r.vmInstanceUuid) },
    primaryStorage: {
      table: () => primaryStorage,
      rows: (r, s) => lookup(s.primaryStorages, r.primaryStorageUuid),
    },
    image: { table: () => image, rows: (r, s) => lookup(s.images, r.rootImageUuid) },
  },
  rows: (s) => [...s.volumes.values()],
  visibility: 'ref',
  inv: volumeInv,
});
export const nic: Table = defineTable({
  cls: 'org.zstack.header.vm.VmNicInventory',
  fields: {
    string: [
      'uuid',
      'vmInstanceUuid',
      'l3NetworkUuid',
      'ip',
      'mac',
      'hypervisorType',
      'netmask',
      'gateway',
      'metaData',
      'driverType',
      'internalName',
      'type',
      'state',
    ],
    number: ['deviceId', 'ipVersion'],
    date: DATES,
  },
  expands: {
    usedIps: { table: () => usedIp, rows: (r, s) => s.usedIpsOf(r.uuid) },
    l3Network: { table: () => l3, rows: (r, s) => lookup(s.l3Networks, r.l3NetworkUuid) },
    vmInstance: { table: () => vm, rows: (r, s) => lookup(s.vms, r.vmInstanceUuid) },
  },
  rows: (s) => [...s.nics.values()],
  inv: nicInv,
});
export const vm: Table = defineTable({
  cls: 'org.zstack.header.vm.VmInstanceInventory',
  schema: VM_SCHEMA,
  fields: {
    string: [
      'uuid',
      'name',
      'description',
      'zoneUuid',
      'clusterUuid',
      'imageUuid',
      'hostUuid',
      'lastHostUuid',
      'instanceOfferingUuid',
      'rootVolumeUuid',
      'platform',
      'architecture',
      'defaultL3NetworkUuid',
      'type',
      'hypervisorType',
      'allocatorStrategy',
      'state',
      'guestOsType',
    ],
    number: ['memorySize', 'reservedMemorySize', 'cpuNum', 'cpuSpeed'],
    date: DATES,
  },
  expands: {
    vmNics: { table: () => nic, rows: (r, s) => s.nicsOf(r.uuid) },
    allVolumes: { table: () => volume, rows: (r, s) => s.volumesOf(r.uuid) },
    rootVolume: { table: () => volume, rows: (r, s) => lookup(s.volumes, r.rootVolumeUuid) },
    zone: { table: () => zone, rows: (r, s) => lookup(s.zones, r.zoneUuid) },
    cluster: { table: () => cluster, rows: (r, s) => lookup(s.clusters, r.clusterUuid) },
    host: { table: () => host, rows: (r, s) => lookup(s.hosts, r.hostUuid) },
    image: { table: () => image, rows: (r, s) => lookup(s.images, r.imageUuid) },
    instanceOffering: { table: () => offering, rows: (r, s) => lookup(s.offerings, r.instanceOfferingUuid) },
    // @ExpandedQueryAlias l3Network -> vmNics.l3Network
    l3Network: {
      table: () => l3,
      rows: (r, s) => s.nicsOf(r.uuid).flatMap((n) => lookup(s.l3Networks, n.l3NetworkUuid)),
    },
  },
  rows: (s) => [...s.vms.values()],
  visibility: 'ref',
  inv: vmInv,
});
