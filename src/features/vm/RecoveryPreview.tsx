import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useId } from 'react';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';
import type { NameOf } from './use-vm-names.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface RecoveryPreviewProps {
  vm: VmInstance;
  /** Undefined while loading or when the lookup failed. */
  detached: readonly Volume[] | undefined;
  nameOf: NameOf;
}

/**
 * What RecoverVmInstance would do to this Destroyed VM (docs/zstack-protocol.md#recover-vm), in plain words.
 */
export function RecoveryPreview({ vm, detached, nameOf }: RecoveryPreviewProps) {
  const titleId = useId();
  const nics = vm.vmNics.length;
  const root = vm.allVolumes.find((v) => v.type === 'Root');
  const lastHost = nameOf('hosts', vm.lastHostUuid);
  const detachedNames = (detached ?? []).map((v) => v.name ?? v.uuid);
  return (
    <Alert severity="warning" component="section" role="region" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>This VM is destroyed</AlertTitle>
      It is in the recycle bin until it is expunged. Recovering it from the recycle bin would:
      <Box component="ul" sx={{ my: 0.5, pl: 3, overflowWrap: 'anywhere' }}>
        <li>
          bring it back <strong>Stopped</strong> (not running)
          {root ? `, with its root volume ${root.name ?? root.uuid} restored from Deleted to Ready` : ''};
        </li>
        <li>
          {nics === 0
            ? 'leave it without network interfaces, as it is now;'
            : `keep its ${plural(nics, 'network interface', 'network interfaces')} and MAC addresses, but with no IP addresses until it starts: they are assigned when the VM starts, and may differ from before;`}
        </li>
        <li>
          {detached === undefined
            ? 'leave data volumes that were detached when it was destroyed detached;'
            : detachedNames.length === 0
              ? 'not touch any data volume (none is waiting detached for it);'
              : `leave ${plural(detachedNames.length, 'data volume', 'data volumes')} detached (${detachedNames.join(', ')}): re-attach ${detachedNames.length === 1 ? 'it' : 'them'} below once the VM is back;`}
        </li>
        <li>
          place it on a host only when it is started{lastHost ? ` (it last ran on ${lastHost.text})` : ''}.
        </li>
      </Box>
    </Alert>
  );
}
