import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';
import type { NameOf } from './use-vm-names.ts';

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
  const t = useT();
  const p = t.vm.preview;
  const nics = vm.vmNics.length;
  const root = vm.allVolumes.find((v) => v.type === 'Root');
  const lastHost = nameOf('hosts', vm.lastHostUuid);
  const detachedNames = (detached ?? []).map((v) => v.name ?? v.uuid);
  return (
    <Alert severity="warning" component="section" role="region" aria-labelledby={titleId}>
      <AlertTitle id={titleId}>{p.title}</AlertTitle>
      {p.intro}
      <Box component="ul" sx={{ my: 0.5, pl: 3, overflowWrap: 'anywhere' }}>
        <li>
          {p.comesBack.before}
          <strong>{t.common.states.Stopped}</strong>
          {p.comesBack.after(root ? (root.name ?? root.uuid) : undefined)}
        </li>
        <li>{nics === 0 ? p.noNics : p.keepsNics(nics)}</li>
        <li>
          {detached === undefined
            ? p.detachedUnknown
            : detachedNames.length === 0
              ? p.noDetached
              : p.detached(detachedNames)}
        </li>
        <li>{p.placement(lastHost?.text)}</li>
      </Box>
    </Alert>
  );
}
