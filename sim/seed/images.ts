import type { Prng } from '../prng.ts';
import type { BackupStorageRec, ImageBackupStorageRefRec, ImageRec } from '../store/records-storage.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import type { SeededDeletion } from './audits.ts';
import type { Infra } from './infra.ts';
import { addOwnerRef } from './owner-refs.ts';
import { DAY, HOUR, MIN, stampAgo } from './timeline.ts';

const GiB = 1024 ** 3;
const TiB = 1024 * GiB;

/** bob's image.size quota: his images already use 140 GiB, so recovering the 80 GiB img-quota-bob exceeds it. */
export const BOB_IMAGE_QUOTA = 150 * GiB;

type Bs = { hz: BackupStorageRec; sh: BackupStorageRec };

type ImageSpec = {
  name: string;
  owner: string;
  sizeGiB: number;
  /** Backup storages holding it, each with how long ago it was deleted there (undefined: still Ready). */
  on: [BackupStorageRec, number | undefined][];
  mediaType?: 'RootVolumeTemplate' | 'ISO' | 'DataVolumeTemplate';
  platform?: string;
  guestOsType?: string;
  system?: boolean;
  /** Shared read-only to every account (an admin's public image). */
  public?: boolean;
  /** Who ran the DeleteImage, for the audit row; otherwise chosen from the owner. */
  deletedBy?: SeededDeletion['operator'];
};

/** What the image seeding steps share. */
type Ctx = {
  store: Store;
  rng: Prng;
  /** A stamp that long before the data set's start. */
  at: (ms: number) => number;
  bs: Bs;
  /** The DeleteImage calls, for the audit. */
  deletions: SeededDeletion[];
};

/**
 * Backup storages, the catalog images' references on them (public images of the admin) and the image
 * recycle bin: images deleted on every backup storage (status Deleted), one deleted on one of its two
 * (still Ready), an ISO and a system image among them. Returns the DeleteImage calls, for the audit.
 */
export function seedImages(store: Store, rng: Prng, infra: Infra, start: number): SeededDeletion[] {
  const at = stampAgo(start);
  const period = Number(store.configValue('image', 'expungePeriod')) * 1000;
  const bs = seedBackupStorages(store, rng, infra, at(400 * DAY));
  const ctx: Ctx = { store, rng, at, bs, deletions: [] };
  // the catalog's images: the admin's, public, on both backup storages (ARM only in Shanghai)
  for (const image of Object.values(infra.images)) {
    const where = image.architecture === 'aarch64' ? [bs.sh] : [bs.hz, bs.sh];
    image.backupStorageRefs = where.map((b) => refOn(ctx, image, b, undefined));
    addOwnerRef(store, rng, image.uuid, 'ImageVO', ADMIN_UUID, image.createDate);
    share(store, image);
  }
  seedNamedImages(ctx, infra, period);
  seedGenericImages(ctx, infra, period);
  store.touch();
  return ctx.deletions;
}

function refOn(
  { at }: Ctx,
  image: ImageRec,
  b: BackupStorageRec,
  deletedAgo: number | undefined,
): ImageBackupStorageRefRec {
  b.availableCapacity -= image.actualSize;
  const installPath =
    b.type === 'Ceph' ? `ceph://zstack-bak/${image.uuid}` : `zstore://${image.uuid}/${image.md5Sum}`;
  return {
    backupStorageUuid: b.uuid,
    installPath,
    status: deletedAgo === undefined ? 'Ready' : 'Deleted',
    createDate: image.createDate,
    // a reference's lastOpDate is its own expunge clock
    lastOpDate: deletedAgo === undefined ? image.createDate : at(deletedAgo),
  };
}

function share(store: Store, image: ImageRec): void {
  store.shares.push({
    ownerAccountUuid: ADMIN_UUID,
    toPublic: true,
    resourceUuid: image.uuid,
    resourceType: 'ImageVO',
    permission: 1,
    createDate: image.createDate,
    lastOpDate: image.createDate,
  });
}

function addImage(ctx: Ctx, spec: ImageSpec): ImageRec {
  const { store, rng, at } = ctx;
  const uuid = rng.uuid();
  const createDate = at(rng.int(40, 300) * DAY + rng.int(0, DAY));
  const iso = spec.mediaType === 'ISO';
  const size = spec.sizeGiB * GiB;
  const image: ImageRec = {
    uuid,
    name: spec.name,
    state: 'Enabled',
    status: 'Ready',
    size,
    actualSize: iso ? size : Math.floor(size * (0.05 + rng.next() * 0.3)),
    md5Sum: Array.from({ length: 16 }, () => rng.hexByte()).join(''),
    url: `http://repo.internal/images/${spec.name}.${iso ? 'iso' : 'qcow2'}`,
    mediaType: spec.mediaType ?? 'RootVolumeTemplate',
    guestOsType: spec.guestOsType ?? 'Linux',
    type: 'zstack',
    platform: spec.platform ?? 'Linux',
    architecture: 'x86_64',
    format: iso ? 'iso' : 'qcow2',
    system: spec.system ?? false,
    virtio: spec.platform !== 'Windows',
    createDate,
    lastOpDate: createDate,
    backupStorageRefs: [],
  };
  image.backupStorageRefs = spec.on.map(([b, ago]) => refOn(ctx, image, b, ago));
  const deletedAgo = spec.on.flatMap(([, ago]) => (ago === undefined ? [] : [ago]));
  if (deletedAgo.length === spec.on.length && deletedAgo.length > 0) {
    // the image row turns Deleted when its last reference does
    image.status = 'Deleted';
    image.lastOpDate = at(Math.min(...deletedAgo));
  }
  store.images.set(uuid, image);
  addOwnerRef(store, rng, uuid, 'ImageVO', spec.owner, createDate);
  if (spec.public) share(store, image);
  recordDeletions(ctx, image, spec, deletedAgo);
  return image;
}

/** One DeleteImage call per deletion time; a partial one names its backup storages. */
function recordDeletions({ at, deletions }: Ctx, { uuid }: ImageRec, spec: ImageSpec, deletedAgo: number[]) {
  for (const ago of [...new Set(deletedAgo)]) {
    const where = spec.on.filter(([, a]) => a === ago).map(([b]) => b.uuid);
    deletions.push({
      api: 'image.APIDeleteImageMsg',
      resourceType: 'ImageVO',
      resourceUuid: uuid,
      resourceName: spec.name,
      owner: spec.owner,
      at: at(ago),
      request: {
        uuid,
        deleteMode: 'Permissive',
        ...(where.length < spec.on.length ? { backupStorageUuids: where } : {}),
      },
      ...(spec.deletedBy ? { operator: spec.deletedBy } : {}),
    });
  }
}

/** The named images the tests and the README speak of. */
function seedNamedImages(ctx: Ctx, infra: Infra, period: number): void {
  const { store, bs } = ctx;
  const scenario = (spec: ImageSpec): void => {
    store.scenarioImages.set(spec.name, addImage(ctx, spec).uuid);
  };
  const { alice, bob } = infra.accounts;
  scenario({
    name: 'img-centos-7',
    owner: alice,
    sizeGiB: 20,
    on: [[bs.hz, 20 * HOUR]],
    guestOsType: 'CentOS 7',
    deletedBy: 'alice',
  });
  scenario({
    name: 'img-partial',
    owner: ADMIN_UUID,
    sizeGiB: 40,
    on: [
      [bs.hz, undefined],
      [bs.sh, 6 * HOUR],
    ],
    guestOsType: 'Ubuntu 22.04',
    deletedBy: 'admin',
  });
  scenario({
    name: 'img-public-readonly',
    owner: ADMIN_UUID,
    sizeGiB: 40,
    on: [
      [bs.hz, DAY + 6 * HOUR],
      [bs.sh, DAY + 6 * HOUR],
    ],
    guestOsType: 'Rocky Linux 9',
    public: true,
    deletedBy: 'admin',
  });
  // bob's other image counts towards his image.size usage together with the Deleted one
  addImage(ctx, { name: 'bob-app-base', owner: bob, sizeGiB: 60, on: [[bs.sh, undefined]] });
  scenario({ name: 'img-quota-bob', owner: bob, sizeGiB: 80, on: [[bs.sh, 2 * HOUR]], deletedBy: 'bob' });
  const bobAccount = store.accounts.get(bob);
  if (bobAccount) bobAccount.quotas['image.size'] = BOB_IMAGE_QUOTA;
  scenario({
    name: 'img-iso-virtio-win',
    owner: ADMIN_UUID,
    sizeGiB: 1,
    on: [[bs.hz, 2 * DAY]],
    mediaType: 'ISO',
    platform: 'Windows',
    guestOsType: 'Windows',
    public: true,
  });
  scenario({
    name: 'img-vrouter-5.1.0',
    owner: ADMIN_UUID,
    sizeGiB: 8,
    on: [
      [bs.hz, 2 * DAY + 10 * HOUR],
      [bs.sh, 2 * DAY + 10 * HOUR],
    ],
    system: true,
    deletedBy: 'admin',
  });
  // its reference is due 30 min from now and goes at the next expunge pass, 50 min from now
  scenario({ name: 'img-expiring-soon', owner: ADMIN_UUID, sizeGiB: 10, on: [[bs.hz, period - 30 * MIN]] });
}

const GENERIC: [string, number, 'RootVolumeTemplate' | 'DataVolumeTemplate', string][] = [
  ['ubuntu-20.04-cloud', 20, 'RootVolumeTemplate', 'Linux'],
  ['app-base-2024.06', 40, 'RootVolumeTemplate', 'Linux'],
  ['jenkins-agent-v3', 30, 'RootVolumeTemplate', 'Linux'],
  ['k8s-node-1.27', 40, 'RootVolumeTemplate', 'Linux'],
  ['redis-7-template', 20, 'RootVolumeTemplate', 'Linux'],
  ['win2016-sysprep', 60, 'RootVolumeTemplate', 'Windows'],
  ['centos-8-stream', 20, 'RootVolumeTemplate', 'Linux'],
  ['mysql-8-data-tpl', 100, 'DataVolumeTemplate', 'Linux'],
  ['gitlab-runner-img', 30, 'RootVolumeTemplate', 'Linux'],
  ['debian-11-old', 20, 'RootVolumeTemplate', 'Linux'],
];

function seedGenericImages(ctx: Ctx, infra: Infra, period: number): void {
  const { rng, bs } = ctx;
  const { alice } = infra.accounts;
  // none of bob's, so his image.size usage stays what BOB_IMAGE_QUOTA is measured against
  const owners = [alice, ADMIN_UUID, ADMIN_UUID, alice, ADMIN_UUID];
  GENERIC.forEach(([name, sizeGiB, mediaType, platform], i) => {
    // deleted between 30 min and 3 days less an hour ago: none is due before the next expunge pass
    const ago = rng.int(30, Math.floor((period - HOUR) / MIN)) * MIN;
    const both = rng.chance(0.4);
    addImage(ctx, {
      name,
      owner: owners[i % owners.length] ?? ADMIN_UUID,
      sizeGiB,
      mediaType,
      platform,
      on: both
        ? [
            [bs.hz, ago],
            [bs.sh, ago],
          ]
        : [[rng.chance(0.5) ? bs.hz : bs.sh, ago]],
    });
  });
}

function seedBackupStorages(store: Store, rng: Prng, infra: Infra, created: number): Bs {
  const add = (name: string, type: string, url: string, zone: string, totalTiB: number): BackupStorageRec => {
    const total = totalTiB * TiB;
    const rec: BackupStorageRec = {
      uuid: rng.uuid(),
      name,
      url,
      type,
      state: 'Enabled',
      status: 'Connected',
      totalCapacity: total,
      // what else the storage holds (exports, backups); image references take their share on top
      availableCapacity: total - Math.floor(total * (0.2 + rng.next() * 0.2)),
      attachedZoneUuids: [zone],
      createDate: created,
      lastOpDate: created,
    };
    store.backupStorages.set(rec.uuid, rec);
    return rec;
  };
  return {
    hz: add('bs-hz-imagestore', 'ImageStoreBackupStorage', '/zstack_bs', infra.zones.hz, 50),
    sh: add('bs-sh-ceph', 'Ceph', 'ceph://zstack-bak', infra.zones.sh, 200),
  };
}
