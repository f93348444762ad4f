// Recovering a VM together with the data volumes deleted with it is a run of the operations engine: each volume is
// recovered, then attached back to the VM once both are back, and the VM starts (if asked) after its attaches
// ended (the order is operations/steps.ts). So it is exactly-once, survives a reload and waits for a sign-in like
// any bulk run; a restore of many VMs is the same spec with more items.
import type { StartSpec } from './operations/run-actions.ts';
import type { VmInstance, Volume } from '../zstack/inventories.ts';

export function restoreTogether(
  vm: Pick<VmInstance, 'uuid' | 'name'>,
  volumes: readonly Pick<Volume, 'uuid' | 'name'>[],
  startAfter: boolean,
): StartSpec {
  return {
    action: 'recover',
    resource: 'vm',
    startAfter,
    quiet: true,
    items: [
      { uuid: vm.uuid, name: vm.name ?? vm.uuid },
      ...volumes.map((v) => ({
        uuid: v.uuid,
        name: v.name ?? v.uuid,
        resource: 'volume' as const,
        attachTo: vm.uuid,
      })),
    ],
  };
}
