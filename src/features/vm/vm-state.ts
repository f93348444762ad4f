// What a VM's state means for this page: its words, chip colour, and which follow-up actions ZStack accepts in it.
import type { ChipProps } from '@mui/material/Chip';
import { ATTACHABLE_STATES } from '../../api/attach-targets.ts';
import type { Messages } from '../../i18n/en/index.ts';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/vm.ts';

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

/** A VM's or volume's state in the console's words; a state the catalog does not know, as ZStack sent it. */
export function stateText(t: Messages, state: string | undefined): string {
  if (state === undefined) return t.common.states.Unknown;
  return stateLabel(t.common.states, state);
}

export function stateColor(state: string | undefined): ChipProps['color'] {
  if (state === 'Running') return 'success';
  if (state === 'Destroyed') return 'error';
  if (state === 'Stopped' || state === 'Created') return 'default';
  if (state !== undefined && TRANSITIONAL.has(state)) return 'info';
  return 'warning';
}

/** Data volumes attach to a VM that is Running, Stopped or Paused. */
export function canAttachVolumes(state: string | undefined): boolean {
  return state !== undefined && ATTACHABLE_STATES.includes(state);
}

/** Why Re-attach is not offered in this state, in plain words. */
export function attachBlockedReason(t: Messages, state: string | undefined): string {
  if (state === 'Destroyed') return t.vm.attachBlocked.destroyed;
  if (state !== undefined && TRANSITIONAL.has(state)) {
    return t.vm.attachBlocked.transitional(stateText(t, state));
  }
  return t.vm.attachBlocked.other(state === undefined ? undefined : stateText(t, state));
}
