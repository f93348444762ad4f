// Recover one VM: what will happen first (with the data volumes deleted with it, offered back too), whether the row
// is still in the recycle bin, progress, and a failure inline, with "Try again" only when trying again can help.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/session.ts';
import { volumeQueries } from '../../../api/volumes.ts';
import { BusyButton } from '../../../components/mui/BusyButton.tsx';
import { ActionError } from '../../../components/plain/ActionError.tsx';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { DialogLiveRegion } from '../../../components/plain/Notifier.tsx';
import '../../../i18n/en/bin-dialogs.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../../zstack/inventories.ts';
import { RecoverWhat } from './RecoverWhat.tsx';
import { StepResults } from './StepResults.tsx';
import { useRecoverFlow } from './use-recover-flow.ts';
import { useWhereabouts } from './use-whereabouts.ts';
import { WhereaboutsNote } from './WhereaboutsNote.tsx';

type M = Messages['binDialogs'];
type Flow = ReturnType<typeof useRecoverFlow>;

function progressText(m: M, flow: Flow, startAfter: boolean): string {
  const event = flow.event;
  if (event?.type === 'retrying') {
    return event.stage === 'submit' ? m.progress.resending : m.progress.pollRetrying;
  }
  if (event?.type === 'accepted' || event?.type === 'recovered') {
    return startAfter ? m.progress.recoveringAndStarting : m.progress.recovering;
  }
  return m.progress.sending;
}

export function RecoverDialog({ vm, onClose }: { vm: VmInstance; onClose: () => void }) {
  const name = vm.name ?? vm.uuid;
  const t = useT();
  const m = t.binDialogs;
  const api = useApi();
  const [startAfter, setStartAfter] = useState(false);
  const [withVolumes, setWithVolumes] = useState(true);
  const flow = useRecoverFlow(vm, onClose, startAfter);
  const back = flow.back;
  const pending = flow.pending;
  const where = useWhereabouts('vm', vm.uuid, !pending && !flow.recovered);
  const deleted = useQuery(volumeQueries.deletedWithVm(api, vm.uuid));
  const volumes = withVolumes ? (deleted.data ?? []) : [];

  return (
    <Dialog
      open
      // A run of steps goes on without the dialog (the app bar follows it); a single job can be handed over.
      onClose={flow.together ? onClose : flow.wait.onDialogClose}
      aria-labelledby="recover-title"
      aria-describedby="recover-what"
      maxWidth="sm"
      fullWidth
    >
      <DialogLiveRegion />
      <DialogTitle id="recover-title" sx={{ overflowWrap: 'anywhere' }}>
        {back ? m.recoveredTitle(name) : m.recoverTitle(name)}
      </DialogTitle>
      <DialogContent>
        {!back && <WhereaboutsNote kind="vm" uuid={vm.uuid} where={where} />}
        <RecoverWhat
          vm={vm}
          deleted={deleted.data}
          withVolumes={withVolumes}
          onWithVolumes={setWithVolumes}
          locked={pending || !!flow.together}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={startAfter}
              onChange={(e) => setStartAfter(e.target.checked)}
              disabled={pending || !!flow.partial || !!flow.together}
            />
          }
          label={m.startAfter}
        />
        {pending && !flow.together && (
          <Alert
            role="status"
            severity={flow.hadTrouble ? 'warning' : 'info'}
            icon={<CircularProgress size={20} aria-hidden />}
            sx={{ mt: 1 }}
          >
            {progressText(m, flow, startAfter)}
          </Alert>
        )}
        {flow.together && <StepResults run={flow.together} />}
        <RecoverOutcome flow={flow} name={name} />
      </DialogContent>
      <RecoverActions
        flow={flow}
        canRecover={where.where === 'bin' && !back && !flow.paused}
        onClose={onClose}
        onRecover={() => flow.submit(volumes)}
        startAfter={startAfter}
      />
    </Dialog>
  );
}

function RecoverOutcome({ flow, name }: { flow: Flow; name: string }) {
  const m = useT().binDialogs;
  return (
    <>
      {flow.error !== undefined && (
        <Box sx={{ mt: 2 }}>
          <ActionError error={flow.error} title={m.recoverFailed(name)} prompt={flow.wait.signIn} />
        </Box>
      )}
      {flow.partial && (
        <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
          <Alert role="status" severity="success">
            {m.recoveredButStopped(name)}
          </Alert>
          <ErrorCodeView error={flow.partial.startError} title={m.startFailed(name)} />
        </Box>
      )}
    </>
  );
}

/** Close, and Recover; after a failure "Try again" only when it can help (a transient failure). */
function RecoverActions({
  flow,
  canRecover,
  startAfter,
  onClose,
  onRecover,
}: {
  flow: Flow;
  canRecover: boolean;
  startAfter: boolean;
  onClose: () => void;
  onRecover: () => void;
}) {
  const t = useT();
  const m = t.binDialogs;
  const { failed, retryable, pending } = flow;
  if (flow.partial)
    return (
      <DialogActions>
        <Button onClick={onClose}>{t.common.close}</Button>
        <Button variant="contained" onClick={flow.openRecovered}>
          {m.openRecovered}
        </Button>
      </DialogActions>
    );
  const label = pending
    ? t.recycleBin.recovering
    : failed
      ? m.tryAgain
      : startAfter
        ? m.recoverAndStart
        : t.recycleBin.recover;
  return (
    <DialogActions sx={{ flexWrap: 'wrap' }}>
      {failed && !pending && (flow.together || !retryable) && (
        <Box component="p" sx={{ m: 0, mr: 'auto', typography: 'body2' }}>
          {retryable ? m.together.someFailed : m.permanent}
        </Box>
      )}
      {flow.together && flow.back && !pending && (
        <Button onClick={flow.openRecovered}>{m.openRecovered}</Button>
      )}
      {(!flow.together && flow.wait.stopButton) || (
        <Button onClick={onClose}>{failed || !canRecover ? t.common.close : t.common.cancel}</Button>
      )}
      {(pending || ((!failed || retryable) && (canRecover || failed))) && (
        <BusyButton
          variant="contained"
          onClick={onRecover}
          busy={pending}
          disabled={flow.wait.signIn !== undefined}
        >
          {label}
        </BusyButton>
      )}
    </DialogActions>
  );
}
