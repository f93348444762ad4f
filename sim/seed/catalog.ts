import { createHash } from 'node:crypto';
import type { Prng } from '../prng.ts';
import type { AccountRec } from '../store/records-identity.ts';
import type { ImageRec } from '../store/records-storage.ts';
import type { OfferingRec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';

const GiB = 1024 ** 3;

export const sha512 = (text: string): string => createHash('sha512').update(text, 'utf8').digest('hex');

/** carol's vm.totalNum quota; seed/vms.ts gives her exactly this many live VMs. */
export const CAROL_QUOTA = 8;

export type Catalog = {
  images: Record<'centos' | 'ubuntu' | 'rocky' | 'debian' | 'windows' | 'ubuntuArm' | 'vrouter', ImageRec>;
  offerings: OfferingRec[];
  vrouterOffering: OfferingRec;
  accounts: { alice: string; bob: string; carol: string };
};

/** Images, instance offerings and accounts, drawn from `rng` in that order. */
export function seedCatalog(store: Store, rng: Prng, created: number): Catalog {
  const at = { store, rng, created };
  const images = {
    centos: image(at, 'centos-7.9', 'Linux', 'CentOS 7', 'x86_64', 40),
    ubuntu: image(at, 'ubuntu-22.04', 'Linux', 'Ubuntu 22.04', 'x86_64', 40),
    rocky: image(at, 'rocky-9.3', 'Linux', 'Rocky Linux 9', 'x86_64', 40),
    debian: image(at, 'debian-12', 'Linux', 'Debian 12', 'x86_64', 20),
    windows: image(at, 'windows-server-2019', 'Windows', 'Windows Server 2019', 'x86_64', 80),
    ubuntuArm: image(at, 'ubuntu-22.04-arm64', 'Linux', 'Ubuntu 22.04', 'aarch64', 40),
    vrouter: image(at, 'vrouter-5.2.1', 'Linux', 'Linux', 'x86_64', 8, true),
  };
  const offerings = [
    offering(at, '1C1G', 1, 1),
    offering(at, '2C4G', 2, 4),
    offering(at, '4C8G', 4, 8),
    offering(at, '8C16G', 8, 16),
    offering(at, '8C32G', 8, 32),
    offering(at, '16C64G', 16, 64),
  ];
  const vrouterOffering = offering(at, 'vrouter-offering', 2, 2, 'VirtualRouter');
  // the admin has no quotas at all
  account(at, ADMIN_UUID, 'admin', 'SystemAdmin', {});
  const accounts = {
    alice: account(at, rng.uuid(), 'alice', 'Normal', { 'vm.totalNum': 200 }),
    bob: account(at, rng.uuid(), 'bob', 'Normal', { 'vm.totalNum': 200 }),
    // carol's vm.totalNum quota equals her live VM count (seed/vms.ts), so any recovery exceeds it
    carol: account(at, rng.uuid(), 'carol', 'Normal', { 'vm.totalNum': CAROL_QUOTA }),
  };
  return { images, offerings, vrouterOffering, accounts };
}

/** Where seeded rows go, what their uuids are drawn from and when they were created. */
export type At = { store: Store; rng: Prng; created: number };

function image(
  { store, rng, created }: At,
  name: string,
  platform: string,
  guestOsType: string,
  architecture: string,
  sizeGiB: number,
  system = false,
): ImageRec {
  const uuid = rng.uuid();
  const rec: ImageRec = {
    uuid,
    name,
    state: 'Enabled',
    status: 'Ready',
    size: sizeGiB * GiB,
    actualSize: Math.floor(sizeGiB * GiB * 0.08),
    md5Sum: Array.from({ length: 16 }, () => rng.hexByte()).join(''),
    url: `http://repo.internal/images/${name}.qcow2`,
    mediaType: 'RootVolumeTemplate',
    guestOsType,
    type: 'zstack',
    platform,
    architecture,
    format: 'qcow2',
    system,
    createDate: created,
    lastOpDate: created,
    // seed/images.ts puts them on the backup storages
    backupStorageRefs: [],
  };
  store.images.set(uuid, rec);
  return rec;
}

function offering(
  { store, rng, created }: At,
  name: string,
  cpuNum: number,
  memGiB: number,
  type = 'UserVm',
) {
  const rec: OfferingRec = {
    uuid: rng.uuid(),
    name,
    cpuNum,
    cpuSpeed: 0,
    memorySize: memGiB * GiB,
    type,
    allocatorStrategy: 'LastHostPreferredAllocatorStrategy',
    sortKey: 0,
    state: 'Enabled',
    createDate: created,
    lastOpDate: created,
  };
  store.offerings.set(rec.uuid, rec);
  return rec;
}

/** An account with its demo password (DEMO_ACCOUNTS). */
function account(
  { store, created }: At,
  uuid: string,
  name: keyof typeof DEMO_ACCOUNTS,
  type: string,
  quotas: AccountRec['quotas'],
): string {
  store.accounts.set(uuid, {
    uuid,
    name,
    type,
    state: 'Enabled',
    passwordHash: sha512(DEMO_ACCOUNTS[name]),
    quotas,
    createDate: created,
    lastOpDate: created,
  });
  return uuid;
}

/** Every seeded account and its password (`npm start` prints them). */
export const DEMO_ACCOUNTS = {
  admin: 'password',
  alice: 'alice-password',
  bob: 'bob-password',
  carol: 'carol-password',
} as const;

/** Name stems of the generic VMs (`web-01`, `k8s-node-12`...). */
export const NAME_PREFIXES = [
  'web',
  'api',
  'db',
  'redis',
  'mq',
  'ci-runner',
  'k8s-node',
  'k8s-master',
  'batch',
  'etl',
  'monitor',
  'log',
  'jump',
  'dev',
  'test',
  'gitlab',
  'nginx',
  'es',
  'kafka',
  'zk',
];
