import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/session.ts';
import { vmQueries } from '../../api/vms.ts';
import { BackToBin } from '../../components/mui/InBinPanel.tsx';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { PageSkeleton } from '../../components/plain/PageSkeleton.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/vm.ts';
import type { VmInstance } from '../../zstack/inventories.ts';
import { DeletedVolumes } from './DeletedVolumes.tsx';
import { DetachedVolumes } from './DetachedVolumes.tsx';
import { IpPanel } from './IpPanel.tsx';
import { NicPanel } from './NicPanel.tsx';
import { Panel } from '../../components/mui/Panel.tsx';
import { RecoveryPreview } from './RecoveryPreview.tsx';
import { StartVmButton } from './StartVmButton.tsx';
import { useStartAction } from './use-start-action.ts';
import { useVmNames } from './use-vm-names.ts';
import { VmInBin } from './VmInBin.tsx';
import { VmStateChip } from './VmStateChip.tsx';
import { VmSummary } from './VmSummary.tsx';
import { VolumePanel } from './VolumePanel.tsx';
import { cameFromRecovery } from '../../components/paths.ts';

function VmView({
  vm,
  refreshing,
  onRefresh,
}: {
  vm: VmInstance;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const name = vm.name ?? vm.uuid;
  const t = useT();
  const location = useLocation();
  const api = useApi();
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const nameOf = useVmNames(vm, detached.isPending ? undefined : (detached.data ?? []));
  const start = useStartAction(vm);
  const recovered = cameFromRecovery(location.state) && vm.state === 'Stopped';

  return (
    <Stack spacing={2}>
      <BackToBin kind="vm" uuid={vm.state === 'Destroyed' ? vm.uuid : undefined} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {name}
        </Typography>
        <VmStateChip state={vm.state} />
        <Box sx={{ flexGrow: 1 }} />
        <Tooltip title={t.vm.refresh} describeChild>
          <span>
            <IconButton aria-label={t.vm.refreshLabel} onClick={onRefresh} disabled={refreshing}>
              {refreshing ? <CircularProgress size={20} aria-hidden /> : <RefreshIcon />}
            </IconButton>
          </span>
        </Tooltip>
      </Box>

      {vm.state === 'Destroyed' && <VmInBin vm={vm} />}
      {vm.state === 'Destroyed' && <RecoveryPreview vm={vm} detached={detached.data} nameOf={nameOf} />}
      {vm.state === 'Stopped' && (
        // One note and one Start button: right after a recovery the note says it is back, Stopped.
        <Alert
          severity={recovered ? 'success' : 'info'}
          role={recovered ? 'status' : 'note'}
          sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}
        >
          <Typography gutterBottom>{recovered ? t.vm.recoveredBack(name) : t.vm.stoppedNote}</Typography>
          <StartVmButton action={start} from="header" vmName={name} />
        </Alert>
      )}

      <Panel title={t.vm.summaryTitle}>
        <VmSummary vm={vm} nameOf={nameOf} />
      </Panel>
      <NicPanel nics={vm.vmNics} nameOf={nameOf} />
      <IpPanel vm={vm} nameOf={nameOf} />
      <VolumePanel volumes={vm.allVolumes} vmState={vm.state} nameOf={nameOf} />
      <DetachedVolumes vm={vm} nameOf={nameOf} />
      <DeletedVolumes vm={vm} />
    </Stack>
  );
}

/** The inventory view of one VM, `/vms/:uuid`. A cached inventory (e.g. from a recovery) renders without a fetch. */
export function VmPage() {
  const { uuid = '' } = useParams();
  const api = useApi();
  const t = useT();
  const detail = useQuery(vmQueries.detail(api, uuid));
  const vm = detail.data;

  const title = vm
    ? t.vm.documentTitle(vm.name ?? vm.uuid, vm.state && stateLabel(t.common.states, vm.state))
    : t.vm.documentTitle(vm === null ? t.vm.notFound : t.vm.vm);
  useEffect(() => {
    document.title = title;
  }, [title]);

  let content: ReactNode;
  if (vm) {
    content = <VmView vm={vm} refreshing={detail.isFetching} onRefresh={() => void detail.refetch()} />;
  } else if (vm === null) {
    content = (
      <Stack spacing={2}>
        <BackToBin kind="vm" />
        <Typography variant="h4" component="h1">
          {t.vm.notFound}
        </Typography>
        <Alert severity="warning" sx={{ overflowWrap: 'anywhere' }}>
          {t.vm.notFoundText(uuid)}
        </Alert>
      </Stack>
    );
  } else if (detail.isError) {
    content = (
      <Stack spacing={2}>
        <BackToBin kind="vm" />
        <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {t.vm.vmHeading(uuid)}
        </Typography>
        <ErrorCodeView
          error={detail.error}
          title={t.vm.loadFailed}
          action={
            <Button
              size="small"
              color="inherit"
              variant="outlined"
              onClick={() => void detail.refetch()}
              disabled={detail.isFetching}
            >
              {t.common.retry}
            </Button>
          }
        />
      </Stack>
    );
  } else {
    content = (
      <Stack spacing={2}>
        <BackToBin kind="vm" />
        <PageSkeleton label={t.vm.loading} />
      </Stack>
    );
  }
  return content;
}
