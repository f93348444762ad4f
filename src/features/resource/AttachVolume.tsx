// A recovered data volume comes back detached: attach it to a VM the user picks. The default is the VM it was
// last attached to, when that VM still exists and is not Destroyed.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useSession } from '../../api/session.ts';
import { attachableVmQueries } from '../../api/vms.ts';
import { useAttachVolume } from '../../api/volumes.ts';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { Panel } from '../../components/mui/Panel.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/resource.ts';
import type { Volume } from '../../zstack/inventories.ts';

export function AttachVolume({ volume, lastVmName }: { volume: Volume; lastVmName: string | undefined }) {
  const m = useT().resource;
  const { api } = useSession();
  const notify = useNotify();
  const vms = useQuery(attachableVmQueries.list(api));
  const candidates = vms.data ?? [];
  const last = candidates.find((vm) => vm.uuid === volume.lastVmInstanceUuid);
  const [picked, setPicked] = useState<string>();
  const choice = picked ?? last?.uuid ?? candidates[0]?.uuid ?? '';
  const attach = useAttachVolume();
  const busy = useRef(false);
  const name = volume.name ?? volume.uuid;

  const submit = () => {
    if (!choice || busy.current) return;
    busy.current = true;
    const vmName = candidates.find((vm) => vm.uuid === choice)?.name ?? choice;
    attach.mutate(
      { volumeUuid: volume.uuid, vmUuid: choice },
      { onSuccess: () => notify(m.attached(name, vmName)), onSettled: () => (busy.current = false) },
    );
  };

  return (
    <Panel title={m.attachTitle} description={m.attachWhy}>
      {vms.isSuccess && candidates.length === 0 ? (
        <Typography color="text.secondary">{m.noVms}</Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Box component="label" htmlFor="attach-vm" sx={{ fontWeight: 500 }}>
            {m.attachVm}
          </Box>
          <Box
            component="select"
            id="attach-vm"
            value={choice}
            disabled={attach.isPending || !vms.isSuccess}
            onChange={(e) => setPicked(e.target.value)}
            sx={{
              font: 'inherit',
              p: 1,
              borderRadius: 1,
              color: 'text.primary',
              bgcolor: 'background.paper',
              maxWidth: '100%',
            }}
          >
            {candidates.map((vm) => (
              <option key={vm.uuid} value={vm.uuid}>
                {vm.uuid === last?.uuid
                  ? m.attachDefault(lastVmName ?? vm.name ?? vm.uuid)
                  : (vm.name ?? vm.uuid)}
              </option>
            ))}
          </Box>
          <Button
            variant="contained"
            onClick={submit}
            disabled={!choice || attach.isPending}
            startIcon={
              attach.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined
            }
          >
            {attach.isPending ? m.attaching : m.attachButton}
          </Button>
        </Box>
      )}
      {attach.isError && (
        <Box sx={{ mt: 2 }}>
          <ErrorCodeView subject="volume" error={attach.error} title={m.attachFailed(name)} />
        </Box>
      )}
    </Panel>
  );
}
