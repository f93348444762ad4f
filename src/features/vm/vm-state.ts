// What a VM's state means for this page: chip colour, and which follow-up actions ZStack accepts in it.
import type { ChipProps } from '@mui/material/Chip';

const TRANSITIONAL = new Set([
  'Starting',
  'Stopping',
  'Rebooting',
  'Destroying',
  'Migrating',
  'Pausing',
  'Resuming',
  'VolumeMigrating',
  'VolumeRecovering',
  'Expunging',
]);

export function stateColor(state: string | undefined): ChipProps['color'] {
  if (state === 'Running') return 'success';
  if (state === 'Destroyed') return 'error';
  if (state === 'Stopped' || state === 'Created') return 'default';
  if (state !== undefined && TRANSITIONAL.has(state)) return 'info';
  return 'warning';
}

/**
 * Data volumes attach to a VM that is Stopped or Running (docs/zstack-protocol.md#re-attaching-data-volumes).
 */
export function canAttachVolumes(state: string | undefined): boolean {
  return state === 'Stopped' || state === 'Running';
}

/** Why Re-attach is not offered in this state, in plain words. */
export function attachBlockedReason(state: string | undefined): string {
  if (state === 'Destroyed') {
    return 'The VM is destroyed: recover it from the recycle bin first, then re-attach its data volumes here.';
  }
  if (state !== undefined && TRANSITIONAL.has(state)) {
    return `The VM is ${state}. Data volumes can be re-attached once it is Stopped or Running; refresh in a moment.`;
  }
  return `Data volumes can be re-attached when the VM is Stopped or Running; it is ${state ?? 'in an unknown state'}.`;
}
