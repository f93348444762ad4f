import {
  accountInv,
  globalConfigInv,
  nicInv,
  refInv,
  vmInv,
  volumeInv,
  GLOBAL_CONFIG_SCHEMA,
  VM_SCHEMA,
  VOLUME_SCHEMA,
} from './inventories.ts';
import { DATES, lookup, table, type Table } from './table.ts';
import { cluster, host, image, l3, offering, primaryStorage, usedIp, zone } from './tables-infra.ts';

export type { FieldType, Scalar, Table } from './table.ts';

export const TABLES: Record<string, Table> = {};

const volume: Table = table({
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
const nic: Table = table({
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
const vm: Table = table({
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

Object.assign(TABLES, {
  'vm-instances': vm,
  volumes: volume,
  'l3-networks': l3,
  hosts: host,
  zones: zone,
  clusters: cluster,
  'primary-storage': primaryStorage,
  images: image,
  'instance-offerings': offering,
  // GlobalConfigInventory has no uuid, so the /{uuid} form fails as an unknown field (unconfirmed)
  'global-configurations': table({
    cls: 'org.zstack.core.config.GlobalConfigInventory',
    schema: GLOBAL_CONFIG_SCHEMA,
    fields: { string: ['name', 'category', 'description', 'defaultValue', 'value'], number: ['id'] },
    rows: (s) => s.globalConfigs,
    inv: globalConfigInv,
  }),
  accounts: table({
    cls: 'org.zstack.header.identity.AccountInventory',
    fields: { string: ['uuid', 'name', 'description', 'type', 'state'], date: DATES },
    rows: (s) => [...s.accounts.values()],
    // a normal account sees only its own AccountVO (unconfirmed: IdentityZQLExtension owns no ref for it)
    visibility: 'self',
    inv: accountInv,
  }),
  'accounts/resources/refs': table({
    cls: 'org.zstack.header.identity.AccountResourceRefInventory',
    fields: {
      string: ['uuid', 'accountUuid', 'ownerAccountUuid', 'resourceUuid', 'resourceType'],
      number: ['permission'],
      boolean: ['isShared'],
      date: DATES,
    },
    rows: (s) => [...s.refs.values()],
    // refs are filtered to the caller's own, so other accounts' VM uuids do not leak (unconfirmed)
    visibility: 'refOwner',
    inv: refInv,
  }),
});
