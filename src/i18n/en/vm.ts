// Texts of the VM page: the inventory view of one VM, its Start button, and re-attaching its data volumes.
// Not in the first paint: the modules that read t.vm import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

const ipRule = 'IP addresses are assigned when the VM starts.';

export const vm = {
  /** `title`: the VM's name, or notFound / vm while there is none; `state` in the console's words. */
  documentTitle: (title: string, state?: string) => `${title}${state ? ` (${state})` : ''} · ZStack`,
  vm: 'VM',
  notFound: 'VM not found',
  notFoundText: (uuid: string) =>
    `ZStack has no VM with UUID ${uuid}: it may have been expunged (deleted for good), or your account cannot see it. An expunged VM cannot be recovered.`,
  /** The heading when the VM could not be loaded. */
  vmHeading: (uuid: string) => `VM ${uuid}`,
  loadFailed: 'Could not load this VM',
  loading: 'Loading the VM',
  refresh: 'Refresh',
  refreshLabel: 'Refresh the VM’s details',
  recoveredBack: (name: string) =>
    `${name} is back, Stopped. Start it to assign its IP addresses, then re-attach its data volumes below if it needs them.`,
  stoppedNote:
    'This VM is stopped. Starting it places it on a host and assigns IP addresses to its network interfaces.',

  /** The state chip's accessible name; `state` is already in the console's words. */
  stateChip: (state: string) => `State: ${state}`,

  // The summary.
  summaryTitle: 'Summary',
  summary: {
    name: 'Name',
    uuid: 'UUID',
    state: 'State',
    description: 'Description',
    platform: 'Platform',
    architecture: 'Architecture',
    guestOs: 'Guest OS',
    type: 'Type',
    cpu: 'CPU',
    memory: 'Memory',
    hypervisor: 'Hypervisor',
    zone: 'Zone',
    cluster: 'Cluster',
    host: 'Host',
    lastHost: 'Last host',
    image: 'Image',
    instanceOffering: 'Instance offering',
    defaultL3Network: 'Default L3 network',
    allocatorStrategy: 'Allocator strategy',
    created: 'Created',
    lastOperation: 'Last operation',
  },
  cpu: (count: number, mhz: number | undefined) => `${count} vCPU${mhz ? ` at ${mhz} MHz` : ''}`,
  copyUuid: (name: string) => `Copy UUID of ${name}`,
  /** The tooltip of a related resource shown by name. */
  uuidTooltip: (uuid: string) => `UUID ${uuid}`,
  /** The name of the scroller around a table named `label`. */
  scrollable: (label: string) => `${label} (scrollable)`,

  // Network interfaces.
  nicsTitle: 'Network interfaces',
  noNics: 'This VM has no network interfaces.',
  nicColumns: {
    device: 'Device',
    mac: 'MAC',
    l3Network: 'L3 network',
    ip: 'IP',
    netmask: 'Netmask',
    gateway: 'Gateway',
    driver: 'Driver',
    type: 'Type',
    state: 'State',
  },

  // IP addresses.
  ipsTitle: 'IP addresses',
  ipColumns: {
    nic: 'Interface',
    ip: 'IP',
    version: 'Version',
    netmask: 'Netmask',
    gateway: 'Gateway',
    l3Network: 'L3 network',
    ipRange: 'IP range',
    usedFor: 'Used for',
  },
  ipVersion: (version: number) => `IPv${version}`,
  noIpsDestroyed: `None: ZStack returned this VM’s addresses to their networks when it was destroyed. ${ipRule} A recovered VM comes back Stopped, still without any, and may get different ones at its next start.`,
  noIpsStopped: `None yet. ${ipRule} Its network interfaces keep their MAC addresses meanwhile.`,
  noIps: `None. ${ipRule}`,

  // Start.
  start: 'Start VM',
  starting: 'Starting…',
  startFailed: (name: string) => `Starting ${name} failed`,
  startProgress: {
    retrying: 'Lost contact with ZStack while starting. Still trying (the job runs only once)…',
    accepted: 'ZStack is starting the VM: choosing a host and assigning IP addresses…',
    sending: 'Sending the request…',
  },
  /** Announced. `state`: the console's word for the state ZStack reported, if any. */
  started: (name: string, state: string | undefined, ips: readonly string[]) =>
    `${name} was started. It is ${state ?? 'running'}${ips.length > 0 ? ` with IP ${ips.join(', ')}` : ''}.`,

  // Volumes.
  volumesTitle: 'Volumes',
  rootDeletedNote:
    'The root volume is marked Deleted but is still on its primary storage; recovery restores it to Ready.',
  noVolumes: 'ZStack lists no volumes for this VM.',
  volumeColumns: {
    name: 'Name',
    type: 'Type',
    size: 'Size',
    actualSize: 'Actual size',
    format: 'Format',
    status: 'Status',
    state: 'State',
    primaryStorage: 'Primary storage',
    device: 'Device',
    shareable: 'Shareable',
    installPath: 'Install path',
  },
  yes: 'Yes',
  no: 'No',
  copyInstallPath: (name: string) => `Copy install path of ${name}`,

  // Data volumes deleted with the VM (vm.dataVolume.deleteOnVmDestroy).
  deletedWith: {
    title: 'Data volumes deleted with this VM',
    description:
      'This node deletes a VM’s data volumes with it. Recovering the VM does not bring them back: recover them here, then attach them above.',
    columns: { name: 'Name', size: 'Size', deleted: 'Deleted', action: 'Action' },
    recoverName: (name: string) => `Recover data volume ${name}`,
    recovered: (name: string) => `${name} was recovered. It is detached: attach it from the panel above.`,
  },
  // Data volumes detached when the VM was destroyed.
  detachedTitle: 'Data volumes attached before deletion',
  detachedDescription:
    'ZStack detaches a VM’s data volumes when it is destroyed and does not re-attach them on recovery.',
  detachedColumns: {
    name: 'Name',
    size: 'Size',
    format: 'Format',
    status: 'Status',
    primaryStorage: 'Primary storage',
    detached: 'Detached',
    action: 'Action',
  },
  loadingDetached: 'Loading detached data volumes',
  detachedLoadFailed: 'Could not look up the data volumes',
  noDetached: 'None: no data volume of this VM is waiting detached.',
  reattach: 'Re-attach',
  reattaching: 'Re-attaching…',
  reattachName: (name: string) => `Re-attach ${name}`,
  reattachingName: (name: string) => `Re-attaching ${name}`,
  reattachFailed: (name: string) => `Re-attaching ${name} failed`,
  /** Announced. */
  reattached: (name: string, vmName: string, deviceId: number | undefined) =>
    `${name} was re-attached to ${vmName}${deviceId === undefined ? '' : ` as device ${deviceId}`}.`,
  /** Why Re-attach is not offered. `state`: the console's word for the VM's state. */
  attachBlocked: {
    destroyed:
      'The VM is destroyed: recover it from the recycle bin first, then re-attach its data volumes here.',
    transitional: (state: string) =>
      `The VM is ${state}. Data volumes can be re-attached once it is Running, Stopped or Paused; refresh in a moment.`,
    other: (state: string | undefined) =>
      `Data volumes can be re-attached when the VM is Running, Stopped or Paused; it is ${state ?? 'in an unknown state'}.`,
  },

  /** What recovering this Destroyed VM would do, as a list. */
  preview: {
    title: 'This VM is destroyed',
    intro: 'It is in the recycle bin until it is expunged. Recovering it from the recycle bin would:',
    /** "bring it back **Stopped** (not running)…": states.Stopped in bold between the two parts. */
    comesBack: {
      before: 'bring it back ',
      after: (rootVolume: string | undefined) =>
        ` (not running)${rootVolume ? `, with its root volume ${rootVolume} restored from Deleted to Ready` : ''};`,
    },
    noNics: 'leave it without network interfaces, as it is now;',
    keepsNics: (count: number) =>
      `keep its ${count} ${count === 1 ? 'network interface' : 'network interfaces'} and MAC addresses, but with no IP addresses until it starts: they are assigned when the VM starts, and may differ from before;`,
    detachedUnknown: 'leave data volumes that were detached when it was destroyed detached;',
    noDetached: 'not touch any data volume (none is waiting detached for it);',
    detached: (names: readonly string[]) =>
      `leave ${names.length} ${names.length === 1 ? 'data volume' : 'data volumes'} detached (${names.join(', ')}): re-attach ${names.length === 1 ? 'it' : 'them'} below once the VM is back;`,
    placement: (lastHost: string | undefined) =>
      `place it on a host only when it is started${lastHost ? ` (it last ran on ${lastHost})` : ''}.`,
  },
};

declare module './registry.ts' {
  interface LazyMessages {
    vm: typeof vm;
  }
}

registerEn('vm', vm);
