import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useExpungeVm } from '../../../api/vm-actions.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { useBusyGuard } from '../../../components/busy-guard.ts';
import { ActionError } from '../../../components/plain/ActionError.tsx';
import { BusyButton } from '../../../components/mui/BusyButton.tsx';
import { ConfirmName } from './ConfirmName.tsx';
import { useDialogWait } from './dialog-wait.tsx';
import { useWhereabouts } from './use-whereabouts.ts';
import { WhereaboutsNote } from './WhereaboutsNote.tsx';
import { DialogLiveRegion, useNotify } from '../../../components/plain/Notifier.tsx';
import '../../../i18n/en/bin-dialogs.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { VmInstance } from '../../../zstack/inventories.ts';

function NameToType({ name }: { name: string }) {
  const m = useT().binDialogs;
  return (
    <Typography gutterBottom>
      {m.typeName.before}
      <Box component="strong" sx={{ overflowWrap: 'anywhere' }}>
        {name}
      </Box>
      {m.typeName.after}
    </Typography>
  );
}

/** Deleting for good cannot be undone: the user types the VM's name to confirm. */
export function ExpungeDialog({ vm, onClose }: { vm: VmInstance; onClose: () => void }) {
  const name = vm.name ?? vm.uuid;
  const [typed, setTyped] = useState('');
  const expunge = useExpungeVm();
  const notify = useNotify();
  const t = useT();
  const m = t.binDialogs;
  const pending = expunge.isPending;
  // A stale row (someone else recovered or expunged it meanwhile) offers nothing and says where it went. Asked
  // when the dialog opens only: once this dialog has sent the expunge, "gone" may be its own doing, and trying
  // again is how it learns so (the same job id, followed).
  const where = useWhereabouts('vm', vm.uuid, expunge.isIdle);
  const matches = typed === name && where.where === 'bin';
  // A double click lands twice before React re-renders the disabled button.
  const guard = useBusyGuard();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!matches || !guard.claim()) return;
    // "Try again" after a lost answer needs nothing special: the wire layer resends the same job id.
    const { signal, track } = wait.begin();
    // A failure is shown (and announced, once) by the ErrorCodeView below.
    const onSuccess = () => {
      notify(m.expunged(name));
      onClose();
    };
    expunge.mutate({ vm, signal, onEvent: track }, { onSuccess, onSettled: guard.release });
  };

  const wait = useDialogWait({
    mutation: expunge,
    resume: () => submit(),
    onClose,
    handOver: { action: 'expunge', resource: 'vm', item: { uuid: vm.uuid, name } },
  });
  const signIn = wait.signIn;

  return (
    <Dialog open onClose={wait.onDialogClose} aria-labelledby="expunge-title" maxWidth="sm" fullWidth>
      <DialogLiveRegion />
      <form onSubmit={submit} noValidate>
        <DialogTitle id="expunge-title" sx={{ overflowWrap: 'anywhere' }}>
          {m.expungeTitle(name)}
        </DialogTitle>
        <DialogContent>
          <WhereaboutsNote kind="vm" uuid={vm.uuid} where={where} />
          <Alert role="note" severity="warning" sx={{ mb: 2 }}>
            {m.expungeWarning}
          </Alert>
          <NameToType name={name} />
          <ConfirmName label={m.vmName} name={name} typed={typed} onTyped={setTyped} disabled={pending} />
          {expunge.isError && !signIn && (
            <ErrorCodeView error={expunge.error} title={m.expungeFailed(name)} />
          )}
        </DialogContent>
        <DialogActions>
          {wait.stopButton || <Button onClick={onClose}>{t.common.cancel}</Button>}
          <BusyButton
            type="submit"
            color="error"
            variant="contained"
            busy={pending}
            disabled={!matches || signIn !== undefined}
          >
            {pending ? m.expunging : m.expungeForGood}
          </BusyButton>
        </DialogActions>
      </form>
      {/* Outside the expunge form: the sign-in is a form of its own. */}
      {signIn && (
        <DialogContent>
          <ActionError error={expunge.error} title={m.expungeFailed(name)} prompt={signIn} />
        </DialogContent>
      )}
    </Dialog>
  );
}
