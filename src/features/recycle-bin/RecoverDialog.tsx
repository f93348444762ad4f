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
import { useApi } from '../../api/session.ts';
import { type JobEvent, type RecoverResult, useRecoverVm, vmQueries } from '../../api/vms.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import { useNotify } from '../../components/Notifier.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';

function progressText(event: JobEvent | undefined, startAfter: boolean): string {
  if (event?.type === 'retrying') {
    return event.stage === 'submit'
      ? 'The connection dropped before ZStack answered. Sending the same request again (same job id, so it runs only once)…'
      : 'Lost contact with ZStack while waiting for the job. Still trying…';
  }
  if (event?.type === 'accepted' || event?.type === 'recovered') {
    return startAfter ? 'ZStack is recovering and then starting the VM…' : 'ZStack is recovering the VM…';
  }
  return 'Sending the request…';
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
  const detached = useQuery(vmQueries.detachedVolumes(api, vm.uuid));
  const nics = vm.vmNics.length;

  // A double click lands twice before React re-renders the disabled button.
  const busy = useRef(false);

  const submit = () => {
    if (busy.current) return;
    busy.current = true;
    setHadTrouble(false);
    recover.mutate(
      {
        vm,
        startAfter,
        onEvent: (e) => {
          setEvent(e);
          if (e.type === 'retrying') setHadTrouble(true);
        },
      },
      {
        onSuccess: (result) => {
          const retried =
            result.transientFailures > 0
              ? ' The connection dropped on the way; the console retried safely.'
              : '';
          if (result.startError) {
            setPartial(result);
            notify(`${name} was recovered, but starting it failed.`, 'warning', { toast: false });
            return;
          }
          notify(
            `${name} was recovered${startAfter ? ' and started' : ''}. It is ${result.vm.state ?? 'back'}.${retried}`,
          );
          onClose();
          void navigate(`/vms/${result.vm.uuid}`, { state: { recovered: true } });
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
  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      aria-labelledby="recover-title"
      aria-describedby="recover-what"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="recover-title" sx={{ overflowWrap: 'anywhere' }}>
        Recover {name}?
      </DialogTitle>
      <DialogContent>
        <Box id="recover-what">
          <Typography gutterBottom>ZStack will bring this VM back from the recycle bin:</Typography>
          <Box component="ul" sx={{ mt: 0, pl: 3 }}>
            <li>
              It comes back <strong>Stopped</strong>, with its root disk restored.
            </li>
            <li>
              Its {nics === 1 ? 'network card keeps its' : `${nics} network cards keep their`} MAC address
              {nics === 1 ? '' : 'es'}, but get IP addresses only when the VM starts (possibly different
              ones).
            </li>
            <li>
              {detached.isPending
                ? 'Checking for data volumes that were attached before deletion…'
                : detached.data && detached.data.length > 0
                  ? `${detached.data.length} data volume${detached.data.length === 1 ? '' : 's'} detached at deletion (${detached.data.map((d) => d.name ?? d.uuid).join(', ')}) will stay detached; you can re-attach them from the VM's page.`
                  : 'Data volumes detached at deletion stay detached (none are waiting for this VM).'}
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
          label="Start the VM after recovery (it then gets its IP addresses)"
        />
        {pending && (
          <Alert
            role="status"
            severity={hadTrouble ? 'warning' : 'info'}
            icon={<CircularProgress size={20} aria-hidden />}
            sx={{ mt: 1 }}
          >
            {progressText(event, startAfter)}
          </Alert>
        )}
        {recover.isError && (
          <Box sx={{ mt: 2 }}>
            <ErrorCodeView error={recover.error} title={`Recovering ${name} failed`} />
          </Box>
        )}
        {partial && (
          <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
            <Alert role="status" severity="success">
              {name} was recovered and is Stopped.
            </Alert>
            <ErrorCodeView error={partial.startError} title={`Starting ${name} failed`} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {partial ? (
          <>
            <Button onClick={onClose}>Close</Button>
            <Button variant="contained" onClick={() => void navigate(`/vms/${partial.vm.uuid}`)}>
              Open the recovered VM
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose} disabled={pending}>
              {recover.isError ? 'Close' : 'Cancel'}
            </Button>
            <Button
              variant="contained"
              onClick={submit}
              disabled={pending}
              startIcon={pending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              {pending
                ? 'Recovering…'
                : recover.isError
                  ? 'Try again'
                  : startAfter
                    ? 'Recover and start'
                    : 'Recover'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
