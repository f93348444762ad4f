// What recovering a VM will do, and the data volumes deleted with it, offered back in the same operation.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import '../../../i18n/en/bin-dialogs.ts';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import type { VmInstance, Volume } from '../../../zstack/inventories.ts';

export function RecoverWhat({
  vm,
  deleted,
  withVolumes,
  onWithVolumes,
  locked,
}: {
  vm: VmInstance;
  /** Data volumes deleted with the VM (undefined while they load). */
  deleted: readonly Volume[] | undefined;
  withVolumes: boolean;
  onWithVolumes: (on: boolean) => void;
  locked: boolean;
}) {
  const t = useT();
  const m = t.binDialogs;
  const api = useApi();
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const name = vm.name ?? vm.uuid;
  return (
    <Box id="recover-what">
      <Typography gutterBottom>{m.recoverWhat}</Typography>
      <Box component="ul" sx={{ mt: 0, pl: 3 }}>
        <li>
          {m.comesBack.before}
          <strong>{t.common.states.Stopped}</strong>
          {m.comesBack.after}
        </li>
        <li>{m.nics(vm.vmNics.length)}</li>
        <li>
          {detached.isPending
            ? m.checkingVolumes
            : detached.data && detached.data.length > 0
              ? m.detachedVolumes(detached.data.map((d) => d.name ?? d.uuid))
              : m.noDetachedVolumes}
        </li>
      </Box>
      {deleted === undefined && <Typography variant="body2">{m.together.checking}</Typography>}
      {deleted && deleted.length > 0 && (
        <TogetherOffer
          vm={name}
          volumes={deleted}
          on={withVolumes}
          onChange={onWithVolumes}
          locked={locked}
        />
      )}
    </Box>
  );
}

function TogetherOffer({
  vm,
  volumes,
  on,
  onChange,
  locked,
}: {
  vm: string;
  volumes: readonly Volume[];
  on: boolean;
  onChange: (on: boolean) => void;
  locked: boolean;
}) {
  const m = useT().binDialogs;
  const format = useFormat();
  return (
    <Box sx={{ mb: 1 }}>
      <Typography component="h3" variant="subtitle2" id="recover-together-list">
        {m.together.listLabel}
      </Typography>
      <Box component="ul" aria-labelledby="recover-together-list" sx={{ mt: 0.5, mb: 0.5, pl: 3 }}>
        {volumes.map((v) => (
          <li key={v.uuid}>
            <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
              {v.name ?? v.uuid}
            </Box>{' '}
            ({format.bytes(v.size)})
          </li>
        ))}
      </Box>
      <FormControlLabel
        control={<Checkbox checked={on} onChange={(e) => onChange(e.target.checked)} disabled={locked} />}
        label={m.together.offer(volumes.length, vm)}
      />
    </Box>
  );
}
