import { backupStorageInv, imageInv, imageRefInv } from './inventories-storage.ts';
import { DATES, defineTable, type Table } from './query-table.ts';
import type { ImageBackupStorageRefRec } from './records-storage.ts';
import { IMAGE_SCHEMA } from './schema.ts';
import { wireDate } from './inventory-context.ts';

/** A reference with its image's uuid, as ImageBackupStorageRefVO stores it. */
type RefRow = ImageBackupStorageRefRec & { imageUuid: string };

const refRows = (imageUuid: string, refs: readonly ImageBackupStorageRefRec[]): RefRow[] =>
  refs.map((r) => ({ ...r, imageUuid }));

export const imageBackupStorageRef: Table = defineTable<RefRow>({
  cls: 'org.zstack.header.image.ImageBackupStorageRefInventory',
  fields: {
    string: ['imageUuid', 'backupStorageUuid', 'installPath', 'exportMd5Sum', 'exportUrl', 'status'],
    date: DATES,
  },
  rows: (s) => [...s.images.values()].flatMap((i) => refRows(i.uuid, i.backupStorageRefs)),
  inv: (ctx, r) => imageRefInv(ctx, r.imageUuid, r),
});

/** Images are filtered by ownership; public images (shared read-only by admin) stay visible to all. */
export const image: Table = defineTable({
  cls: 'org.zstack.header.image.ImageInventory',
  schema: IMAGE_SCHEMA,
  fields: {
    string: [
      'uuid',
      'name',
      'description',
      'state',
      'status',
      'md5Sum',
      'url',
      'mediaType',
      'guestOsType',
      'type',
      'platform',
      'architecture',
      'format',
    ],
    number: ['size', 'actualSize'],
    boolean: ['system', 'virtio'],
    date: DATES,
  },
  expands: {
    // @Queryable join on imageUuid (runtime behaviour unconfirmed, docs/zstack-protocol.md#deleted-images)
    backupStorageRefs: {
      table: () => imageBackupStorageRef,
      rows: (r) => refRows(r.uuid, r.backupStorageRefs),
    },
  },
  rows: (s) => [...s.images.values()],
  visibility: 'ref',
  inv: imageInv,
});

/** BackupStorageVO is readable by every account (RBACInfo). */
export const backupStorage: Table = defineTable({
  cls: 'org.zstack.header.storage.backup.BackupStorageInventory',
  fields: {
    string: ['uuid', 'name', 'url', 'description', 'type', 'state', 'status'],
    number: ['totalCapacity', 'availableCapacity'],
    date: DATES,
  },
  rows: (s) => [...s.backupStorages.values()],
  inv: backupStorageInv,
});

type LocalRefRow = {
  resourceUuid: string;
  primaryStorageUuid: string;
  hostUuid: string;
  size: number;
  resourceType: string;
  createDate: number;
  lastOpDate: number;
};

/**
 * LocalStorageResourceRefVO (`GET /v1/primary-storage/local-storage/resource-refs`): which host of a local storage
 * holds a volume. Deleting the host drops its rows, which is how LocalStorageFactory.preRecoverVm knows that "the
 * host on which the root volume is has been deleted" (no row left). It has no account ref, so every account reads it.
 */
export const localStorageRef: Table = defineTable<LocalRefRow>({
  cls: 'org.zstack.storage.primary.local.LocalStorageResourceRefInventory',
  fields: {
    string: ['resourceUuid', 'primaryStorageUuid', 'hostUuid', 'resourceType'],
    number: ['size'],
    date: DATES,
  },
  rows: (s) =>
    [...s.volumes.values()].flatMap((v) => {
      const ps = v.primaryStorageUuid === undefined ? undefined : s.primaryStorages.get(v.primaryStorageUuid);
      if (ps?.type !== 'LocalStorage' || v.localHostUuid === undefined || !s.hosts.has(v.localHostUuid))
        return [];
      const { uuid: resourceUuid, size, createDate, lastOpDate } = v;
      return [
        {
          resourceUuid,
          primaryStorageUuid: ps.uuid,
          hostUuid: v.localHostUuid,
          size,
          createDate,
          lastOpDate,
          resourceType: 'VolumeVO',
        },
      ];
    }),
  inv: (ctx, r) => ({
    resourceUuid: r.resourceUuid,
    primaryStorageUuid: r.primaryStorageUuid,
    hostUuid: r.hostUuid,
    size: r.size,
    resourceType: r.resourceType,
    createDate: wireDate(ctx, r.createDate),
    lastOpDate: wireDate(ctx, r.lastOpDate),
  }),
});
