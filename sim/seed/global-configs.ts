import type { GlobalConfigRec } from '../store/records-identity.ts';

/** category, name, default value, description; the id is the position (from 1). */
type ConfigSpec = readonly [category: string, name: string, value: string, description: string];

const CONFIGS: readonly ConfigSpec[] = [
  [
    'vm',
    'deletionPolicy',
    'Delay',
    'Policy for deleting vm instance. Direct: delete vm immediately; Delay: the vm is kept in Destroyed state and expunged after vm.expungePeriod; Never: the vm is kept in Destroyed state until it is expunged manually',
  ],
  ['vm', 'expungePeriod', '604800', 'The interval in seconds after which a destroyed vm will be expunged'],
  [
    'vm',
    'expungeInterval',
    '3600',
    'The interval in seconds of the task that expunges destroyed vm instances',
  ],
  [
    'vm',
    'dataVolume.deleteOnVmDestroy',
    'false',
    'Whether to delete data volumes attached to the vm when the vm is destroyed',
  ],
  ['identity', 'session.timeout', '7200', 'Timeout of a session in seconds'],
  ['identity', 'session.maxConcurrent', '500', 'Max number of concurrent sessions of an account'],
  // volume.xml: data volumes keep a shorter recycle-bin period (3 days) than VMs
  [
    'volume',
    'deletionPolicy',
    'Delay',
    'Policy for deleting data volumes. Direct: delete the volume immediately; Delay: the volume is kept in Deleted status and expunged after volume.expungePeriod; Never: the volume is kept in Deleted status until it is expunged manually',
  ],
  [
    'volume',
    'expungePeriod',
    '259200',
    'The interval in seconds after which a deleted data volume will be expunged',
  ],
  [
    'volume',
    'expungeInterval',
    '3600',
    'The interval in seconds of the task that expunges deleted data volumes',
  ],
  // image.xml: the period counts per backup storage
  [
    'image',
    'deletionPolicy',
    'Delay',
    'Policy for deleting images. Direct: delete the image immediately; Delay: the image is kept in Deleted status and expunged after image.expungePeriod; Never: the image is kept in Deleted status until it is expunged manually',
  ],
  [
    'image',
    'expungePeriod',
    '259200',
    'The interval in seconds after which a deleted image will be expunged from a backup storage',
  ],
  ['image', 'expungeInterval', '3600', 'The interval in seconds of the task that expunges deleted images'],
  [
    'image',
    'deletion.gcInterval',
    '3600',
    'The interval in seconds of the job that retries deleting image bits a backup storage failed to delete',
  ],
];

/** The global configs the simulator knows, at their defaults (docs/zstack-protocol.md#global-configs). */
export function defaultGlobalConfigs(): GlobalConfigRec[] {
  return CONFIGS.map(([category, name, value, description], i) => ({
    id: i + 1,
    category,
    name,
    description,
    defaultValue: value,
    value,
  }));
}
