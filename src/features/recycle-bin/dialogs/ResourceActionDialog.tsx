// Recover or expunge one data volume or image: what will happen first, the backup storages to act on (an image
// may be deleted on several), the name typed before an expunge, and a failure with its causes inline. A recovery
// ends on the returned inventory, on the resource's own page.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useResourceAction } from '../../../api/resource-actions.ts';
import { useBusyGuard } from '../../../components/busy-guard.ts';
import { isTransient } from '../../../components/error-text.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { ActionError } from '../../../components/plain/ActionError.tsx';
import { BusyButton } from '../../../components/mui/BusyButton.tsx';
import { ConfirmName } from './ConfirmName.tsx';
import { useDialogWait } from './dialog-wait.tsx';
import {
  ChooseBackupStorages,
  NameToType,
  useBackupStorageChoice,
  useReadOnly,
  WhatItDoes,
} from './ResourceActionParts.tsx';
import { useWhereabouts } from './use-whereabouts.ts';
import { WhereaboutsNote } from './WhereaboutsNote.tsx';
import { DialogLiveRegion, useNotify } from '../../../components/plain/Notifier.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import '../../../i18n/en/bin-dialogs.ts';
import type { Image, Volume } from '../../../zstack/inventories.ts';
import { paths } from '../../../components/paths.ts';

export interface ResourceActionDialogProps {
  kind: 'volume' | 'image';
  action: 'recover' | 'expunge';
  resource: Volume | Image;
  onClose: () => void;
}

/** After the action went through: say so, and a recovery opens the resource's own page. */
function useDone({ kind, action, resource, onClose }: ResourceActionDialogProps, name: string) {
  const m = useT().bin;
  const notify = useNotify();
  const navigate = useNavigate();
  return () => {
    onClose();
    if (action === 'expunge') {
      notify(m.expunged(name));
      return;
    }
    notify(m.recovered(name));
    void navigate(paths.page(kind, resource.uuid));
  };
}

interface ActionsProps {
  action: 'recover' | 'expunge';
  /** ZStack refused: the same request would fail the same way, so there is no "Try again". */
  permanent: boolean;
  failed: boolean;
  pending: boolean;
  canSend: boolean;
  /** Cancel becomes Close once there is nothing left to do. */
  over: boolean;
  stopButton: React.ReactNode;
  onClose: () => void;
}

function Actions({ action, permanent, failed, pending, canSend, over, stopButton, onClose }: ActionsProps) {
  const t = useT();
  const label = pending
    ? action === 'recover'
      ? t.recycleBin.recovering
      : t.binDialogs.expunging
    : failed
      ? t.binDialogs.tryAgain
      : action === 'recover'
        ? t.recycleBin.recover
        : t.binDialogs.expungeForGood;
  return (
    <DialogActions sx={{ flexWrap: 'wrap' }}>
      {permanent && (
        <Box component="p" sx={{ m: 0, mr: 'auto', typography: 'body2' }}>
          {t.binDialogs.permanent}
        </Box>
      )}
      {stopButton || <Button onClick={onClose}>{over ? t.common.close : t.common.cancel}</Button>}
      {!permanent && (
        <BusyButton
          type="submit"
          variant="contained"
          color={action === 'expunge' ? 'error' : 'primary'}
          busy={pending}
          disabled={!canSend}
        >
          {label}
        </BusyButton>
      )}
    </DialogActions>
  );
}

/** The dialog's state: what is chosen and typed, what the console knows before the click, and the send. */
function useResourceDialog(props: ResourceActionDialogProps) {
  const { kind, action, resource, onClose } = props;
  const m = useT().bin;
  const name = resource.name ?? resource.uuid;
  const choice = useBackupStorageChoice(resource);
  const [typed, setTyped] = useState('');
  const readOnly = useReadOnly(kind, resource.uuid);
  const mutation = useResourceAction(kind, action);
  const guard = useBusyGuard();
  const done = useDone(props, name);
  // What the console knows before the click: a read-only image, or a row that has left the bin, cannot be acted on.
  // Asked when the dialog opens only: once it has sent its action, "gone" or "moved" may be its own doing, and
  // trying again is how it learns so (the same job id, followed).
  const where = useWhereabouts(kind, resource.uuid, mutation.isIdle);
  const blocked = readOnly || where.where !== 'bin';
  const permanent = mutation.isError && !isTransient(mutation.error);
  const confirmed =
    !blocked &&
    !permanent &&
    (action === 'recover' || typed === name) &&
    (!choice.needed || choice.chosen.size > 0);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // A double click lands twice before React re-renders the disabled button.
    if (!confirmed || !guard.claim()) return;
    const { signal, track } = wait.begin();
    const vars = { uuid: resource.uuid, backupStorageUuids: choice.toSend, signal, onEvent: track };
    mutation.mutate(vars, { onSuccess: done, onSettled: guard.release });
  };
  const wait = useDialogWait({
    mutation,
    resume: () => submit(),
    onClose,
    handOver: { action, resource: kind, item: { uuid: resource.uuid, name } },
  });
  const failedTitle = action === 'recover' ? m.recoverFailed(name) : m.expungeFailed(name);
  return {
    name,
    choice,
    typed,
    setTyped,
    readOnly,
    mutation,
    where,
    blocked,
    permanent,
    confirmed,
    submit,
    wait,
    failedTitle,
  };
}

export function ResourceActionDialog(props: ResourceActionDialogProps) {
  const { kind, action, resource, onClose } = props;
  const t = useT();
  const m = t.bin;
  const d = useResourceDialog(props);
  const { name, choice, mutation, wait, failedTitle } = d;
  const pending = mutation.isPending;
  const signIn = wait.signIn;
  const titleId = `resource-${action}-title`;

  return (
    <Dialog open onClose={wait.onDialogClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogLiveRegion />
      <form onSubmit={d.submit} noValidate>
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {action === 'recover' ? m.recoverTitle(kind, name) : m.expungeTitle(kind, name)}
        </DialogTitle>
        <DialogContent>
          {d.readOnly && (
            <Alert role="note" severity="warning" sx={{ mb: 2 }}>
              {t.recycleBin.inBin.readOnlyShared}
            </Alert>
          )}
          <WhereaboutsNote kind={kind} uuid={resource.uuid} where={d.where} />
          <WhatItDoes kind={kind} action={action} />
          {choice.needed && <ChooseBackupStorages choice={choice} action={action} disabled={pending} />}
          {action === 'expunge' && <NameToType kind={kind} name={name} />}
          {action === 'expunge' && (
            <ConfirmName
              label={m.nameLabel(kind)}
              name={name}
              typed={d.typed}
              onTyped={d.setTyped}
              disabled={pending}
            />
          )}
          {mutation.isError && !signIn && (
            <Box sx={{ mt: 2 }}>
              <ErrorCodeView subject={kind} error={mutation.error} title={failedTitle} />
            </Box>
          )}
        </DialogContent>
        <Actions
          action={action}
          permanent={d.permanent}
          failed={mutation.isError}
          pending={pending}
          canSend={d.confirmed && signIn === undefined}
          over={mutation.isError || d.blocked}
          stopButton={wait.stopButton}
          onClose={onClose}
        />
      </form>
      {/* Outside the action's form: the sign-in is a form of its own. */}
      {signIn && (
        <DialogContent>
          <ActionError error={mutation.error} title={failedTitle} subject={kind} prompt={signIn} />
        </DialogContent>
      )}
    </Dialog>
  );
}
