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
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import { type JobEvent, type RecoverResult, useRecoverVm } from '../../../api/vm-actions.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { ActionError } from '../../../components/mui/ActionError.tsx';
import { useDialogWait } from './dialog-wait.tsx';
import { DialogLiveRegion, useNotify } from '../../../components/plain/Notifier.tsx';
import '../../../i18n/en/bin-dialogs.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../../i18n/states.ts';
import type { VmInstance } from '../../../zstack/inventories.ts';
import { justRecovered, paths } from '../../../components/paths.ts';

type M = Messages['binDialogs'];

function progressText(m: M, event: JobEvent | undefined, startAfter: boolean): string {
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
  const [startAfter, setStartAfter] = useState(false);
  const [event, setEvent] = useState<JobEvent>();
  const [hadTrouble, setHadTrouble] = useState(false);
  const [partial, setPartial] = useState<RecoverResult>();
  const recover = useRecoverVm();
  const notify = useNotify();
  const navigate = useNavigate();
  const api = useApi();
  const t = useT();
  const m = t.binDialogs;
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const nics = vm.vmNics.length;

  // A double click lands twice before React re-renders the disabled button.
  const busy = useRef(false);

  const submit = () => {
    if (busy.current) return;
    busy.current = true;
    setHadTrouble(false);
    const { signal, track } = wait.begin();
    recover.mutate(
      {
        vm,
        startAfter,
        signal,
        onEvent: (e) => {
          track(e);
          setEvent(e);
          if (e.type === 'retrying') setHadTrouble(true);
        },
      },
      {
        onSuccess: (result) => {
          if (result.startError) {
            setPartial(result);
            notify(m.recoveredStartFailed(name), 'warning', { toast: false });
            return;
          }
          notify(
            m.recovered(
              name,
              startAfter,
              result.vm.state === undefined ? undefined : stateLabel(t.common.states, result.vm.state),
              result.transientFailures > 0,
            ),
          );
          onClose();
          void navigate(paths.vm(result.vm.uuid), { state: justRecovered });
        },
        // The failure is shown (and announced, once) by the ErrorCodeView below. Trying again after a lost
        // answer follows the first job: the wire layer resends the same X-Job-UUID.
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  };

  const pending = recover.isPending;
  const wait = useDialogWait({
    mutation: recover,
    resume: submit,
    onClose,
    handOver: { action: 'recover', resource: 'vm', startAfter, item: { uuid: vm.uuid, name } },
  });
  const signIn = wait.signIn;
  return (
    <Dialog
      open
      onClose={wait.onDialogClose}
      aria-labelledby="recover-title"
      aria-describedby="recover-what"
      maxWidth="sm"
      fullWidth
    >
      <DialogLiveRegion />
      <DialogTitle id="recover-title" sx={{ overflowWrap: 'anywhere' }}>
        {m.recoverTitle(name)}
      </DialogTitle>
      <DialogContent>
        <Box id="recover-what">
          <Typography gutterBottom>{m.recoverWhat}</Typography>
          <Box component="ul" sx={{ mt: 0, pl: 3 }}>
            <li>
              {m.comesBack.before}
              <strong>{t.common.states.Stopped}</strong>
              {m.comesBack.after}
            </li>
            <li>{m.nics(nics)}</li>
            <li>
              {detached.isPending
                ? m.checkingVolumes
                : detached.data && detached.data.length > 0
                  ? m.detachedVolumes(detached.data.map((d) => d.name ?? d.uuid))
                  : m.noDetachedVolumes}
            </li>
          </Box>
        </Box>
        <FormControlLabel
          control={
            <Checkbox
              checked={startAfter}
              onChange={(e) => setStartAfter(e.target.checked)}
              disabled={pending || !!partial}
            />
          }
          label={m.startAfter}
        />
        {pending && (
          <Alert
            role="status"
            severity={hadTrouble ? 'warning' : 'info'}
            icon={<CircularProgress size={20} aria-hidden />}
            sx={{ mt: 1 }}
          >
            {progressText(m, event, startAfter)}
          </Alert>
        )}
        {recover.isError && (
          <Box sx={{ mt: 2 }}>
            <ActionError error={recover.error} title={m.recoverFailed(name)} prompt={signIn} />
          </Box>
        )}
        {partial && (
          <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
            <Alert role="status" severity="success">
              {m.recoveredButStopped(name)}
            </Alert>
            <ErrorCodeView error={partial.startError} title={m.startFailed(name)} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {partial ? (
          <>
            <Button onClick={onClose}>{t.common.close}</Button>
            <Button variant="contained" onClick={() => void navigate(paths.vm(partial.vm.uuid))}>
              {m.openRecovered}
            </Button>
          </>
        ) : (
          <>
            {wait.stopButton || (
              <Button onClick={onClose}>{recover.isError ? t.common.close : t.common.cancel}</Button>
            )}
            <Button
              variant="contained"
              onClick={submit}
              disabled={pending || signIn !== undefined}
              startIcon={pending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              {pending
                ? t.recycleBin.recovering
                : recover.isError
                  ? m.tryAgain
                  : startAfter
                    ? m.recoverAndStart
                    : t.recycleBin.recover}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
