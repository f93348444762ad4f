import LinkIcon from '@mui/icons-material/Link';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useApi, useServerDate } from '../../api/session.ts';
import { vmQueries } from '../../api/vms.ts';
import { useAttachVolume } from '../../api/volumes.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { BusyButton } from '../../components/mui/BusyButton.tsx';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { ActionError } from '../../components/plain/ActionError.tsx';
import { useSignInPrompt } from '../../api/sign-in-prompt.ts';
import { show } from '../../components/format.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import type { Messages } from '../../i18n/en/index.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';
import { Panel } from '../../components/mui/Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';
import { attachBlockedReason, canAttachVolumes, stateText } from './vm-state.ts';

function headersOf(t: Messages): string[] {
  const c = t.vm.detachedColumns;
  return [c.name, c.size, c.format, c.status, c.primaryStorage, c.detached, c.action];
}

interface RowProps {
  volume: Volume;
  vm: VmInstance;
  nameOf: NameOf;
  enabled: boolean;
  blockedId: string;
}

function DetachedVolumeRow({ volume, vm, nameOf, enabled, blockedId }: RowProps) {
  const attach = useAttachVolume();
  const notify = useNotify();
  const guard = useBusyGuard();
  const toDate = useServerDate();
  const t = useT();
  const format = useFormat();
  const name = volume.name ?? volume.uuid;
  const vmName = vm.name ?? vm.uuid;

  const reattach = () => {
    if (!guard.claim()) return;
    // The row leaves the list once the volume is attached, so the announcement must not depend on it staying mounted.
    void attach
      .mutateAsync({ volumeUuid: volume.uuid, vmUuid: vm.uuid })
      .then(
        (attached) => notify(t.vm.reattached(name, vmName, attached.deviceId)),
        // Shown and announced by the ActionError of this row.
        () => undefined,
      )
      .finally(guard.release);
  };

  // The session ended under the job: the same account signs in here and the same job is followed.
  const signIn = useSignInPrompt({ error: attach.error, resume: reattach, discard: () => attach.reset() });

  return (
    <>
      <TableRow>
        <TableCell sx={{ ...LONG, fontWeight: 500 }}>{show(volume.name)}</TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          {format.bytes(volume.size)}
        </TableCell>
        <TableCell>{show(volume.format)}</TableCell>
        <TableCell>{volume.status ? stateText(t, volume.status) : show(volume.status)}</TableCell>
        <TableCell sx={LONG}>
          <ResourceName name={nameOf('primaryStorages', volume.primaryStorageUuid)} />
        </TableCell>
        <TableCell>{format.dateTime(toDate(volume.lastDetachDate))}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <BusyButton
            size="small"
            variant="outlined"
            onClick={reattach}
            busy={attach.isPending}
            disabled={!enabled || signIn !== undefined}
            aria-label={attach.isPending ? t.vm.reattachingName(name) : t.vm.reattachName(name)}
            aria-describedby={enabled ? undefined : blockedId}
            startIcon={<LinkIcon />}
          >
            {attach.isPending ? t.vm.reattaching : t.vm.reattach}
          </BusyButton>
        </TableCell>
      </TableRow>
      {attach.isError && (
        <TableRow>
          <TableCell colSpan={headersOf(t).length}>
            <ActionError error={attach.error} title={t.vm.reattachFailed(name)} prompt={signIn} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

export function DetachedVolumes({ vm, nameOf }: { vm: VmInstance; nameOf: NameOf }) {
  const api = useApi();
  const t = useT();
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const blockedId = useId();
  const enabled = canAttachVolumes(vm.state);
  const volumes = detached.data ?? [];

  let body;
  if (detached.isPending) {
    body = (
      <Box role="progressbar" aria-label={t.vm.loadingDetached}>
        <Skeleton height={32} />
        <Skeleton height={32} />
      </Box>
    );
  } else if (detached.isError) {
    body = (
      <ErrorCodeView
        error={detached.error}
        title={t.vm.detachedLoadFailed}
        action={
          <Button size="small" color="inherit" variant="outlined" onClick={() => void detached.refetch()}>
            {t.common.retry}
          </Button>
        }
      />
    );
  } else if (volumes.length === 0) {
    body = <Typography color="text.secondary">{t.vm.noDetached}</Typography>;
  } else {
    body = (
      <>
        {!enabled && (
          <Alert severity="info" role="note" id={blockedId} sx={{ mb: 1.5 }}>
            {attachBlockedReason(t, vm.state)}
          </Alert>
        )}
        <ScrollTable
          label={t.vm.detachedTitle}
          minWidth={760}
          headers={headersOf(t)}
          numeric={[t.vm.detachedColumns.size]}
        >
          <TableBody>
            {volumes.map((volume) => (
              <DetachedVolumeRow
                key={volume.uuid}
                volume={volume}
                vm={vm}
                nameOf={nameOf}
                enabled={enabled}
                blockedId={blockedId}
              />
            ))}
          </TableBody>
        </ScrollTable>
      </>
    );
  }

  return (
    <Panel title={t.vm.detachedTitle} description={t.vm.detachedDescription}>
      {body}
    </Panel>
  );
}
