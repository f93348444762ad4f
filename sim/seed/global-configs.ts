import type { GlobalConfigRec } from '../store/records-identity.ts';

/** The global configs the simulator knows, at their defaults (docs/zstack-protocol.md#global-configs). */
export function defaultGlobalConfigs(): GlobalConfigRec[] {
  const gc = (
    id: number,
    category: string,
    name: string,
    value: string,
    description: string,
  ): GlobalConfigRec => ({ id, category, name, description, defaultValue: value, value });
  return [
    gc(
      1,
      'vm',
      'deletionPolicy',
      'Delay',
      'Policy for deleting vm instance. Direct: delete vm immediately; Delay: the vm is kept in Destroyed state and expunged after vm.expungePeriod; Never: the vm is kept in Destroyed state until it is expunged manually',
    ),
    gc(
      2,
      'vm',
      'expungePeriod',
      '604800',
      'The interval in seconds after which a destroyed vm will be expunged',
    ),
    gc(
      3,
      'vm',
      'expungeInterval',
      '3600',
      'The interval in seconds of the task that expunges destroyed vm instances',
    ),
    gc(
      4,
      'vm',
      'dataVolume.deleteOnVmDestroy',
      'false',
      'Whether to delete data volumes attached to the vm when the vm is destroyed',
    ),
    gc(5, 'identity', 'session.timeout', '7200', 'Timeout of a session in seconds'),
    gc(6, 'identity', 'session.maxConcurrent', '500', 'Max number of concurrent sessions of an account'),
    // volume.xml: data volumes keep a shorter recycle-bin period (3 days) than VMs
    gc(
      7,
      'volume',
      'deletionPolicy',
      'Delay',
      'Policy for deleting data volumes. Direct: delete the volume immediately; Delay: the volume is kept in Deleted status and expunged after volume.expungePeriod; Never: the volume is kept in Deleted status until it is expunged manually',
    ),
    gc(
      8,
      'volume',
      'expungePeriod',
      '259200',
      'The interval in seconds after which a deleted data volume will be expunged',
    ),
    gc(
      9,
      'volume',
      'expungeInterval',
      '3600',
      'The interval in seconds of the task that expunges deleted data volumes',
    ),
    // image.xml: the period counts per backup storage
    gc(
      10,
      'image',
      'deletionPolicy',
      'Delay',
      'Policy for deleting images. Direct: delete the image immediately; Delay: the image is kept in Deleted status and expunged after image.expungePeriod; Never: the image is kept in Deleted status until it is expunged manually',
    ),
    gc(
      11,
      'image',
      'expungePeriod',
      '259200',
      'The interval in seconds after which a deleted image will be expunged from a backup storage',
    ),
    gc(
      12,
      'image',
      'expungeInterval',
      '3600',
      'The interval in seconds of the task that expunges deleted images',
    ),
    gc(
      13,
      'image',
      'deletion.gcInterval',
      '3600',
      'The interval in seconds of the job that retries deleting image bits a backup storage failed to delete',
    ),
  ];
}
