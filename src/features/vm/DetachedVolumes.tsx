import LinkIcon from '@mui/icons-material/Link';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Skeleton from '@mui/material/Skeleton';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useApi, useServerDate } from '../../api/session.ts';
import { useAttachVolume, vmQueries } from '../../api/vms.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import { formatBytes, formatDateTime, show } from '../../components/format.ts';
import { useNotify } from '../../components/Notifier.tsx';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';
import { Panel } from './Panel.tsx';
import { ResourceName } from './ResourceName.tsx';
import { LONG, ScrollTable } from './ScrollTable.tsx';
import type { NameOf } from './use-vm-names.ts';
import { attachBlockedReason, canAttachVolumes } from './vm-state.ts';

const TITLE = 'Data volumes attached before deletion';
const HEADERS = ['Name', 'Size', 'Format', 'Status', 'Primary storage', 'Detached', 'Action'];

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
  const busy = useRef(false);
  const toDate = useServerDate();
  const name = volume.name ?? volume.uuid;
  const vmName = vm.name ?? vm.uuid;

  const reattach = () => {
    if (busy.current) return;
    busy.current = true;
    // The row leaves the list once the volume is attached, so the announcement must not depend on it staying mounted.
    void attach
      .mutateAsync({ volumeUuid: volume.uuid, vmUuid: vm.uuid })
      .then(
        (attached) =>
          notify(
            `${name} was re-attached to ${vmName}${attached.deviceId === undefined ? '' : ` as device ${attached.deviceId}`}.`,
          ),
        // Shown and announced by the ErrorCodeView of this row.
        () => undefined,
      )
      .finally(() => {
        busy.current = false;
      });
  };

  return (
    <>
      <TableRow>
        <TableCell sx={{ ...LONG, fontWeight: 500 }}>{show(volume.name)}</TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          {formatBytes(volume.size)}
        </TableCell>
        <TableCell>{show(volume.format)}</TableCell>
        <TableCell>{show(volume.status)}</TableCell>
        <TableCell sx={LONG}>
          <ResourceName name={nameOf('primaryStorages', volume.primaryStorageUuid)} />
        </TableCell>
        <TableCell>{formatDateTime(toDate(volume.lastDetachDate))}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <Button
            size="small"
            variant="outlined"
            onClick={reattach}
            disabled={!enabled || attach.isPending}
            aria-label={attach.isPending ? `Re-attaching ${name}` : `Re-attach ${name}`}
            aria-describedby={enabled ? undefined : blockedId}
            startIcon={
              attach.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <LinkIcon />
            }
          >
            {attach.isPending ? 'Re-attaching…' : 'Re-attach'}
          </Button>
        </TableCell>
      </TableRow>
      {attach.isError && (
        <TableRow>
          <TableCell colSpan={HEADERS.length}>
            <ErrorCodeView error={attach.error} title={`Re-attaching ${name} failed`} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

export function DetachedVolumes({ vm, nameOf }: { vm: VmInstance; nameOf: NameOf }) {
  const api = useApi();
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const blockedId = useId();
  const enabled = canAttachVolumes(vm.state);
  const volumes = detached.data ?? [];

  let body;
  if (detached.isPending) {
    body = (
      <Box role="progressbar" aria-label="Loading detached data volumes">
        <Skeleton height={32} />
        <Skeleton height={32} />
      </Box>
    );
  } else if (detached.isError) {
    body = (
      <ErrorCodeView
        error={detached.error}
        title="Could not look up the data volumes"
        action={
          <Button size="small" color="inherit" variant="outlined" onClick={() => void detached.refetch()}>
            Retry
          </Button>
        }
      />
    );
  } else if (volumes.length === 0) {
    body = (
      <Typography color="text.secondary">None: no data volume of this VM is waiting detached.</Typography>
    );
  } else {
    body = (
      <>
        {!enabled && (
          <Alert severity="info" role="note" id={blockedId} sx={{ mb: 1.5 }}>
            {attachBlockedReason(vm.state)}
          </Alert>
        )}
        <ScrollTable label={TITLE} minWidth={760} headers={HEADERS} numeric={['Size']}>
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
    <Panel
      title={TITLE}
      description="ZStack detaches a VM’s data volumes when it is destroyed and does not re-attach them on recovery."
    >
      {body}
    </Panel>
  );
}
