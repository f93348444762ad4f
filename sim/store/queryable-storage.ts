import { imageInv } from './inventories-storage.ts';
import { DATES, defineTable } from './query-table.ts';

/** Queryable image inventories, visible to every account. */
export const image = defineTable({
  cls: 'org.zstack.header.image.ImageInventory',
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
    boolean: ['system'],
    date: DATES,
  },
  rows: (s) => [...s.images.values()],
  inv: imageInv,
});
