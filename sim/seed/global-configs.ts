import type { GlobalConfigRec } from '../store/records.ts';

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
  ];
}
