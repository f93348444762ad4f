// The confirmation before a bulk run: what will happen, to how many VMs of how many accounts. An expunge asks
// for the number of VMs to be typed. Confirming starts a run that belongs to the tab (api/operations): this
// dialog closes at once and the run's progress opens.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type BulkTarget, bulkQueries } from '../../../api/bulk.ts';
import { loadRunEngine, useOperations } from '../../../api/operations/OperationsProvider.tsx';
import { readConcurrency } from '../../../api/operations/storage.ts';
import { useApi } from '../../../api/session.ts';
import { DialogLiveRegion } from '../../../components/plain/Notifier.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import '../../../i18n/en/bin-dialogs.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';

export interface BulkDialogProps {
  action: 'recover' | 'expunge';
  resource: ResourceKind;
  items: readonly BulkTarget[];
  onClose: () => void;
  /** The run has started: the page clears its selection. */
  onStarted: () => void;
}

export function BulkDialog({ action, resource, items, onClose, onStarted }: BulkDialogProps) {
  const api = useApi();
  const t = useT();
  const m = t.binDialogs;
  const format = useFormat();
  const operations = useOperations();
  // The run's machinery loads while the user reads the confirmation, so the jobs leave as soon as it is given.
  useEffect(() => {
    loadRunEngine().catch(() => undefined);
  }, []);
  const [startAfter, setStartAfter] = useState(false);
  const [typed, setTyped] = useState('');
  const started = useRef(false);
  const isVm = resource === 'vm';
  const preview = useQuery({
    ...bulkQueries.preview(
      api,
      items.map((i) => i.uuid),
    ),
    enabled: action === 'recover' && isVm,
  });
  const count = items.length;
  const b = t.bin;
  const kind = resource === 'image' ? 'image' : 'volume';
  const confirmed = action === 'recover' || typed.trim() === String(count);
  const titleId = `bulk-${action}-title`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A double click must not start two runs.
    if (!confirmed || started.current) return;
    started.current = true;
    operations.start({ action, resource, items, startAfter });
    onStarted();
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogLiveRegion />
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {isVm
            ? action === 'recover'
              ? m.bulkRecoverTitle(count)
              : m.bulkExpungeTitle(count)
            : action === 'recover'
              ? b.bulkRecoverTitle(kind, count)
              : b.bulkExpungeTitle(kind, count)}
        </DialogTitle>
        <DialogContent>
          {action === 'recover' && !isVm ? (
            <Box component="ul" sx={{ mt: 0, pl: 3 }}>
              <li>{b.bulkRecoverWhat(kind, count)}</li>
              <li>{m.bulkConcurrency(readConcurrency())}</li>
            </Box>
          ) : action === 'recover' ? (
            <>
              <Box component="ul" sx={{ mt: 0, pl: 3 }}>
                <li>
                  {preview.data
                    ? m.bulkOfAccounts(count, preview.data.accounts)
                    : preview.isError
                      ? m.bulkPreviewFailed
                      : m.bulkChecking}
                </li>
                <li>{m.bulkComeBackStopped}</li>
                <li>{preview.data ? m.bulkDetachedVolumes(preview.data.detachedVolumes) : m.bulkChecking}</li>
                <li>{m.bulkConcurrency(readConcurrency())}</li>
              </Box>
              <FormControlLabel
                control={<Checkbox checked={startAfter} onChange={(e) => setStartAfter(e.target.checked)} />}
                label={m.bulkStartAfter}
              />
            </>
          ) : (
            <>
              <Alert role="note" severity="warning" sx={{ mb: 2 }}>
                {isVm ? m.bulkExpungeWarning(count) : b.bulkExpungeWarning(kind, count)}
              </Alert>
              <Typography gutterBottom>{m.bulkTypeCount(format.number(count))}</Typography>
              <TextField
                label={m.bulkCountLabel}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                fullWidth
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
                autoFocus
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                error={typed !== '' && !confirmed}
                helperText={typed !== '' && !confirmed ? m.bulkCountMismatch : ' '}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="submit"
            variant="contained"
            color={action === 'expunge' ? 'error' : 'primary'}
            disabled={!confirmed}
          >
            {!isVm
              ? action === 'recover'
                ? b.bulkRecoverButton(kind, count)
                : b.bulkExpungeButton(kind, count)
              : action === 'recover'
                ? startAfter
                  ? m.bulkRecoverAndStartButton(count)
                  : m.bulkRecoverButton(count)
                : m.bulkExpungeButton(count)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
