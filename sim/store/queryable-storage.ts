import { backupStorageInv, imageInv, imageRefInv } from './inventories-storage.ts';
import { DATES, defineTable, type Table } from './query-table.ts';
import type { ImageBackupStorageRefRec } from './records-storage.ts';
import { IMAGE_SCHEMA } from './schema.ts';

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
