// Data volumes deleted together with this VM (vm.dataVolume.deleteOnVmDestroy): recovering the VM does not bring
// them back, so they are offered here. A recovered one comes back detached and joins the panel above, where it
// can be attached.
import RestoreIcon from '@mui/icons-material/Restore';
import Box from '@mui/material/Box';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useServerDate } from '../../api/session.ts';
import { vmQueries } from '../../api/vms.ts';
import { useRecoverVolume, volumeQueries } from '../../api/volumes.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { BusyButton } from '../../components/mui/BusyButton.tsx';
import { ActionError } from '../../components/plain/ActionError.tsx';
import { useSignInPrompt } from '../../api/sign-in-prompt.ts';
import { show } from '../../components/format.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { Panel } from '../../components/mui/Panel.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/bin.ts';
import '../../i18n/en/vm.ts';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';
import { LONG, ScrollTable } from './ScrollTable.tsx';

function DeletedVolumeRow({ volume, vm }: { volume: Volume; vm: VmInstance }) {
  const t = useT();
  const m = t.vm.deletedWith;
  const api = useApi();
  const queryClient = useQueryClient();
  const format = useFormat();
  const toDate = useServerDate();
  const notify = useNotify();
  const recover = useRecoverVolume();
  const guard = useBusyGuard();
  const name = volume.name ?? volume.uuid;

  const run = () => {
    if (!guard.claim()) return;
    recover.mutate(volume, {
      onSuccess: () => {
        notify(m.recovered(name));
        // It is now a detached Ready volume of this VM: the panel above lists it, with Attach.
        void queryClient.invalidateQueries({ queryKey: vmQueries.detachedVolumes(api, vm.uuid).queryKey });
        void queryClient.invalidateQueries({ queryKey: volumeQueries.deletedWithVm(api, vm.uuid).queryKey });
      },
      onSettled: guard.release,
    });
  };

  // The session ended under the job: the same account signs in here and the same job is followed.
  const signIn = useSignInPrompt({ error: recover.error, resume: run, discard: () => recover.reset() });

  return (
    <>
      <TableRow>
        <TableCell sx={{ ...LONG, fontWeight: 500 }}>{show(volume.name)}</TableCell>
        <TableCell align="right">{format.bytes(volume.size)}</TableCell>
        <TableCell>{format.dateTime(toDate(volume.lastOpDate))}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <BusyButton
            size="small"
            variant="outlined"
            onClick={run}
            busy={recover.isPending}
            disabled={signIn !== undefined}
            aria-label={m.recoverName(name)}
            startIcon={<RestoreIcon />}
          >
            {recover.isPending ? t.recycleBin.recovering : t.recycleBin.recover}
          </BusyButton>
        </TableCell>
      </TableRow>
      {recover.isError && (
        <TableRow>
          <TableCell colSpan={4}>
            <ActionError
              subject="volume"
              error={recover.error}
              title={t.bin.recoverFailed(name)}
              prompt={signIn}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

export function DeletedVolumes({ vm }: { vm: VmInstance }) {
  const m = useT().vm.deletedWith;
  const api = useApi();
  const deleted = useQuery(volumeQueries.deletedWithVm(api, vm.uuid));
  const volumes = deleted.data ?? [];
  // Shown only when there is something to bring back: most nodes keep data volumes on VM destroy.
  if (volumes.length === 0) return null;
  return (
    <Panel title={m.title} description={m.description}>
      <Box>
        <ScrollTable
          label={m.title}
          minWidth={560}
          headers={[m.columns.name, m.columns.size, m.columns.deleted, m.columns.action]}
          numeric={[m.columns.size]}
        >
          <TableBody>
            {volumes.map((volume) => (
              <DeletedVolumeRow key={volume.uuid} volume={volume} vm={vm} />
            ))}
          </TableBody>
        </ScrollTable>
      </Box>
    </Panel>
  );
}
