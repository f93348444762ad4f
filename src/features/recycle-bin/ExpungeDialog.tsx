import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useRef, useState } from 'react';
import { useExpungeVm } from '../../api/vms.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import { useNotify } from '../../components/Notifier.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';

/** Deleting for good cannot be undone: the user types the VM's name to confirm. */
export function ExpungeDialog({ vm, onClose }: { vm: VmInstance; onClose: () => void }) {
  const name = vm.name ?? vm.uuid;
  const [typed, setTyped] = useState('');
  const expunge = useExpungeVm();
  const notify = useNotify();
  const matches = typed === name;
  const pending = expunge.isPending;
  // A double click lands twice before React re-renders the disabled button.
  const busy = useRef(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!matches || busy.current) return;
    busy.current = true;
    // "Try again" after a lost answer needs nothing special: the wire layer resends the same job id.
    expunge.mutate(
      { vm },
      {
        onSuccess: () => {
          notify(`${name} was expunged. It is gone for good.`);
          onClose();
        },
        // The failure is shown (and announced, once) by the ErrorCodeView below.
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      aria-labelledby="expunge-title"
      maxWidth="sm"
      fullWidth
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="expunge-title" sx={{ overflowWrap: 'anywhere' }}>
          Expunge {name} for good?
        </DialogTitle>
        <DialogContent>
          <Alert role="note" severity="warning" sx={{ mb: 2 }}>
            ZStack deletes the VM, its root disk and its network cards. This cannot be undone. Data volumes
            detached at deletion are not touched.
          </Alert>
          <Typography gutterBottom>
            Type the VM’s name,{' '}
            <Box component="strong" sx={{ overflowWrap: 'anywhere' }}>
              {name}
            </Box>
            , to confirm.
          </Typography>
          <TextField
            label="VM name"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            fullWidth
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
            autoFocus
            autoComplete="off"
            disabled={pending}
            error={typed !== '' && !matches}
            helperText={typed !== '' && !matches ? 'The name does not match yet' : ' '}
          />
          {expunge.isError && <ErrorCodeView error={expunge.error} title={`Expunging ${name} failed`} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="error"
            variant="contained"
            disabled={!matches || pending}
            startIcon={pending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
          >
            {pending ? 'Expunging…' : 'Expunge for good'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
