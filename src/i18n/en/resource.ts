// Texts of the data volume and image pages (the inventory of one resource, e.g. right after recovering it).
// Not in the first paint: the modules that read t.resource import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

export const resource = {
  /** `state`: in the console's words, while it is in the recycle bin. */
  documentTitle: (name: string, state?: string) => `${name}${state ? ` (${state})` : ''} · ZStack`,
  loading: 'Loading',
  loadFailed: 'Could not load it',
  notFoundTitle: (kind: 'volume' | 'image') =>
    `This ${kind === 'volume' ? 'data volume' : 'image'} does not exist`,
  notFoundText: 'It may have been expunged, or your account cannot see it.',
  backToBin: 'Back to the recycle bin',
  summaryTitle: 'Summary',
  fields: {
    name: 'Name',
    uuid: 'UUID',
    status: 'Status',
    state: 'State',
    size: 'Size',
    actualSize: 'Actual size',
    format: 'Format',
    mediaType: 'Media type',
    platform: 'Platform',
    guestOs: 'Guest OS',
    primaryStorage: 'Primary storage',
    attachedTo: 'Attached to',
    lastAttachedTo: 'Last attached to',
    created: 'Created',
    lastOperation: 'Last operation',
  },
  notAttached: 'Not attached',
  copyUuid: (name: string) => `Copy UUID of ${name}`,
  // Attaching a recovered data volume.
  attachTitle: 'Attach to a VM',
  attachWhy:
    'A recovered data volume comes back detached. Pick a VM of its account to attach it to (Running, Stopped or Paused).',
  attachVm: 'VM',
  searchVms: 'Search by name or UUID',
  searchingVms: 'Searching…',
  moreVms: 'More VMs match: type more of the name, or the UUID.',
  vmOption: (state: string, uuid: string, account: string | undefined) =>
    account === undefined ? `${state} · ${uuid}` : `${state} · ${uuid} · account ${account}`,
  everyAccount: (account: string) => `Also show VMs of accounts other than ${account}`,
  crossAccount: (volume: string, volumeAccount: string, vm: string, vmAccount: string) =>
    `Yes, attach ${volume} of account ${volumeAccount} to ${vm} of account ${vmAccount}: its data will be readable from another account's VM.`,
  attachDefault: (name: string) => `${name} (the VM it was last attached to)`,
  attachButton: 'Attach',
  attaching: 'Attaching…',
  attached: (volume: string, vm: string) => `${volume} was attached to ${vm}.`,
  attachFailed: (name: string) => `Attaching ${name} failed`,
  noVms: 'No Running, Stopped or Paused VM matches.',
  // Images.
  refsTitle: 'Backup storages',
  refsLabel: 'Copies of the image on backup storages',
  refColumns: {
    backupStorage: 'Backup storage',
    status: 'Status',
    expunges: 'Expunges',
    installPath: 'Install path',
  },
};

declare module './registry.ts' {
  interface LazyMessages {
    resource: typeof resource;
  }
}

registerEn('resource', resource);
