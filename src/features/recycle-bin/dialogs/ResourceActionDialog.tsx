// Recover or expunge one data volume or image: what will happen first, the backup storages to act on (an image
// may be deleted on several), the name typed before an expunge, and a failure with its causes inline. A recovery
// ends on the returned inventory, on the resource's own page.
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
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { deletedRefs, useExpungeImage, useRecoverImage } from '../../../api/images.ts';
import { nameQueries, ownerQueries } from '../../../api/resources.ts';
import { useSession } from '../../../api/session.ts';
import { useExpungeVolume, useRecoverVolume } from '../../../api/volumes.ts';
import { isTransient } from '../../../components/error-text.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { ActionError } from '../../../components/plain/ActionError.tsx';
import { useDialogWait } from './dialog-wait.tsx';
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

function isImage(resource: Volume | Image): resource is Image {
  return 'backupStorageRefs' in resource;
}

export function ResourceActionDialog({ kind, action, resource, onClose }: ResourceActionDialogProps) {
  const t = useT();
  const m = t.bin;
  const { api, session } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const name = resource.name ?? resource.uuid;
  const refs = isImage(resource) ? deletedRefs(resource) : [];
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(refs.map((r) => r.backupStorageUuid)),
  );
  const [typed, setTyped] = useState('');
  const busy = useRef(false);
  const bsNames = useQuery({
    ...nameQueries.names(
      api,
      'backupStorages',
      refs.map((r) => r.backupStorageUuid),
    ),
    enabled: refs.length > 0,
  });
  // A normal account sees public images it cannot change: say so before it tries (docs/zstack-protocol.md#images).
  const owner = useQuery({
    ...ownerQueries.owners(api, [resource.uuid]),
    enabled: kind === 'image' && !session?.isAdmin,
  });
  const ownerName = owner.data?.get(resource.uuid);
  // A normal account gets back only its own ownership records: no record of its own means it is not the owner.
  const readOnly =
    kind === 'image' && !session?.isAdmin && owner.isSuccess && ownerName !== session?.accountName;

  const recoverVolume = useRecoverVolume();
  const expungeVolume = useExpungeVolume();
  const recoverImage = useRecoverImage();
  const expungeImage = useExpungeImage();
  const mutation =
    kind === 'volume'
      ? action === 'recover'
        ? recoverVolume
        : expungeVolume
      : action === 'recover'
        ? recoverImage
        : expungeImage;
  const pending = mutation.isPending;
  // Every backup storage chosen is the same as "all": send no list then, as ZStack's own console does.
  const backupStorageUuids = chosen.size === refs.length ? [] : [...chosen];
  const needsChoice = kind === 'image' && refs.length > 1;
  // What the console knows before the click: a read-only image, or a row that has left the bin, cannot be acted on.
  // Asked when the dialog opens only: once it has sent its action, "gone" or "moved" may be its own doing, and
  // trying again is how it learns so (the same job id, followed).
  const where = useWhereabouts(kind, resource.uuid, mutation.isIdle);
  const blocked = readOnly || where.where !== 'bin';
  // ZStack refused: the same request would fail the same way, so there is no "Try again".
  const permanent = mutation.isError && !isTransient(mutation.error);
  const confirmed =
    !blocked && !permanent && (action === 'recover' || typed === name) && (!needsChoice || chosen.size > 0);
  const titleId = `resource-${action}-title`;

  const done = (uuid: string) => {
    onClose();
    if (action === 'recover') {
      notify(m.recovered(name));
      void navigate(paths.page(kind, uuid));
    } else {
      notify(m.expunged(name));
    }
  };
  const settle = { onSuccess: () => done(resource.uuid), onSettled: () => (busy.current = false) };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // A double click lands twice before React re-renders the disabled button.
    if (!confirmed || busy.current) return;
    busy.current = true;
    const { signal, track } = wait.begin();
    if (kind === 'volume') {
      (action === 'recover' ? recoverVolume : expungeVolume).mutate(
        { uuid: resource.uuid, signal, onEvent: track },
        settle,
      );
    } else {
      (action === 'recover' ? recoverImage : expungeImage).mutate(
        { image: resource, backupStorageUuids, signal, onEvent: track },
        settle,
      );
    }
  };

  const failedTitle = action === 'recover' ? m.recoverFailed(name) : m.expungeFailed(name);
  const wait = useDialogWait({
    mutation,
    resume: () => submit(),
    onClose,
    handOver: { action, resource: kind, item: { uuid: resource.uuid, name } },
  });
  const signIn = wait.signIn;

  return (
    <Dialog open onClose={wait.onDialogClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogLiveRegion />
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
          {action === 'recover' ? m.recoverTitle(kind, name) : m.expungeTitle(kind, name)}
        </DialogTitle>
        <DialogContent>
          {readOnly && (
            <Alert role="note" severity="warning" sx={{ mb: 2 }}>
              {t.recycleBin.inBin.readOnlyShared}
            </Alert>
          )}
          <WhereaboutsNote kind={kind} uuid={resource.uuid} where={where} />
          {action === 'recover' && kind === 'volume' && (
            <Box component="ul" sx={{ mt: 0, pl: 3 }}>
              {m.recoverVolumeWhat.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </Box>
          )}
          {action === 'recover' && kind === 'image' && (
            <Typography gutterBottom>{m.recoverImageWhat}</Typography>
          )}
          {action === 'expunge' && (
            <Alert role="note" severity="warning" sx={{ mb: 2 }}>
              {kind === 'volume' ? m.expungeVolumeWarning : m.expungeImageWarning}
            </Alert>
          )}
          {needsChoice && (
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
              <Typography component="legend" sx={{ fontWeight: 500 }}>
                {action === 'recover' ? m.onBackupStorages : m.expungeOn}
              </Typography>
              <FormGroup>
                {refs.map((r) => (
                  <FormControlLabel
                    key={r.backupStorageUuid}
                    label={bsNames.data?.get(r.backupStorageUuid) ?? r.backupStorageUuid}
                    control={
                      <Checkbox
                        checked={chosen.has(r.backupStorageUuid)}
                        disabled={pending}
                        onChange={(e) => {
                          const next = new Set(chosen);
                          if (e.target.checked) next.add(r.backupStorageUuid);
                          else next.delete(r.backupStorageUuid);
                          setChosen(next);
                        }}
                      />
                    }
                  />
                ))}
              </FormGroup>
              {chosen.size === 0 && (
                <Typography role="alert" color="error" variant="body2">
                  {m.chooseOne}
                </Typography>
              )}
            </Box>
          )}
          {action === 'expunge' && (
            <>
              <Typography gutterBottom>{m.typeName(kind)}</Typography>
              <Typography gutterBottom sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {name}
              </Typography>
              <TextField
                label={m.nameLabel(kind)}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                fullWidth
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
                autoFocus
                autoComplete="off"
                disabled={pending}
                error={typed !== '' && typed !== name}
                helperText={typed !== '' && typed !== name ? t.binDialogs.nameMismatch : ' '}
              />
            </>
          )}
          {mutation.isError && !signIn && (
            <Box sx={{ mt: 2 }}>
              <ErrorCodeView subject={kind} error={mutation.error} title={failedTitle} />
            </Box>
          )}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap' }}>
          {permanent && (
            <Box component="p" sx={{ m: 0, mr: 'auto', typography: 'body2' }}>
              {t.binDialogs.permanent}
            </Box>
          )}
          {wait.stopButton || (
            <Button onClick={onClose}>
              {mutation.isError || blocked ? t.common.close : t.common.cancel}
            </Button>
          )}
          {!permanent && (
            <Button
              type="submit"
              variant="contained"
              color={action === 'expunge' ? 'error' : 'primary'}
              disabled={!confirmed || pending || signIn !== undefined}
              startIcon={pending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              {pending
                ? action === 'recover'
                  ? t.recycleBin.recovering
                  : t.binDialogs.expunging
                : mutation.isError
                  ? t.binDialogs.tryAgain
                  : action === 'recover'
                    ? t.recycleBin.recover
                    : t.binDialogs.expungeForGood}
            </Button>
          )}
        </DialogActions>
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
