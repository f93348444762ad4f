// Texts of the data-volume and image recycle bins: the lists, and their recover and expunge dialogs.
// Not in the first paint: the modules that read t.bin import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

type Kind = 'volume' | 'image';
const noun = (kind: Kind, n = 1) => (kind === 'volume' ? 'data volume' : 'image') + (n === 1 ? '' : 's');

export const bin = {
  documentTitle: (kind: Kind) => `Deleted ${noun(kind, 2)} · ZStack`,
  intro: (kind: Kind, allAccounts: boolean) =>
    `Deleted ${noun(kind, 2)}${allAccounts ? ' of all accounts' : ' of your account'}. ${
      kind === 'volume'
        ? 'A recovered data volume comes back detached; attach it to a VM from its page.'
        : 'An image deleted on several backup storages can be recovered on each one.'
    }`,
  searchLabel: (kind: Kind) => `Search deleted ${noun(kind, 2)}`,
  searchPlaceholder: 'Name or UUID',
  searchHelp: 'Matches name or exact UUID',
  searchingBy: (uuid: boolean) => `Searching by ${uuid ? 'exact UUID' : 'name contains'}`,
  count: (kind: Kind, total: number, searching: boolean) =>
    `${total} deleted ${noun(kind, total)}${searching ? (total === 1 ? ' matches' : ' match') : ''}`,
  tableLabel: (kind: Kind) => `Deleted ${noun(kind, 2)}`,
  perPage: (kind: Kind) => `${kind === 'volume' ? 'Data volumes' : 'Images'} per page`,
  loadingList: (kind: Kind) => `Loading deleted ${noun(kind, 2)}`,
  loadFailed: (kind: Kind) => `Could not load the deleted ${noun(kind, 2)}`,
  noMatch: (kind: Kind, search: string) => `No deleted ${noun(kind)} matches “${search}”.`,
  emptyTitle: (kind: Kind) => `No deleted ${noun(kind, 2)}`,
  emptyText: (kind: Kind) => `No ${noun(kind, 2)} are waiting to be recovered or expunged.`,
  columns: {
    name: 'Name',
    size: 'Size',
    lastVm: 'Last attached to',
    backupStorage: 'Backup storage',
    deleted: 'Deleted',
    expunges: 'Expunges',
    account: 'Account',
    actions: 'Actions',
  },
  selectPage: (kind: Kind) => `Select every ${noun(kind)} on this page`,
  partlyDeleted: (deleted: number, all: number) => `deleted on ${deleted} of ${all}`,
  // Dialogs.
  recoverTitle: (kind: Kind, name: string) => `Recover ${noun(kind)} ${name}?`,
  recoverVolumeWhat: [
    'ZStack brings the data volume back from the recycle bin. It comes back Ready (or Not instantiated if it was never used) and detached: it is not attached to any VM.',
    'After recovering, you can attach it to a VM from its page.',
  ],
  recoverImageWhat:
    'ZStack makes the image usable again on the backup storages you choose. Its files were kept there.',
  onBackupStorages: 'Recover it on',
  recovered: (name: string) => `${name} was recovered.`,
  recoverFailed: (name: string) => `Recovering ${name} failed`,
  expungeTitle: (kind: Kind, name: string) => `Expunge ${noun(kind)} ${name} for good?`,
  expungeVolumeWarning:
    'ZStack deletes the data volume and its data on primary storage. This cannot be undone.',
  expungeImageWarning:
    'ZStack deletes the image files on the backup storages you choose. This cannot be undone; VMs created from it keep running.',
  expungeOn: 'Expunge it on',
  typeName: (kind: Kind) => `Type the ${noun(kind)}’s name to confirm.`,
  nameLabel: (kind: Kind) => `${kind === 'volume' ? 'Data volume' : 'Image'} name`,
  expunged: (name: string) => `${name} was expunged. It is gone for good.`,
  expungeFailed: (name: string) => `Expunging ${name} failed`,
  chooseOne: 'Choose at least one backup storage.',
  bulkRecoverTitle: (kind: Kind, n: number) => `Recover ${n} ${noun(kind, n)}?`,
  bulkExpungeTitle: (kind: Kind, n: number) => `Expunge ${n} ${noun(kind, n)} for good?`,
  bulkRecoverWhat: (kind: Kind, n: number) =>
    kind === 'volume'
      ? `${n} data volume${n === 1 ? '' : 's'} will come back detached, one ZStack job each.`
      : `${n} image${n === 1 ? '' : 's'} will be recovered on every backup storage where ${n === 1 ? 'it was' : 'they were'} deleted, one ZStack job each.`,
  bulkExpungeWarning: (kind: Kind, n: number) =>
    `ZStack deletes ${n === 1 ? `this ${noun(kind)}` : `these ${n} ${noun(kind, n)}`} for good${kind === 'image' ? ' on every backup storage where deleted' : ''}. This cannot be undone.`,
  bulkRecoverButton: (kind: Kind, n: number) => `Recover ${n} ${noun(kind, n)}`,
  bulkExpungeButton: (kind: Kind, n: number) => `Expunge ${n} ${noun(kind, n)} for good`,
};

declare module './registry.ts' {
  interface LazyMessages {
    bin: typeof bin;
  }
}

registerEn('bin', bin);
