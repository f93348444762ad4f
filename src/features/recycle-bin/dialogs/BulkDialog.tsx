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
import { type FormEvent, useEffect, useState } from 'react';
import { useBusyGuard } from '../../../components/busy-guard.ts';
import { type BulkTarget, bulkQueries } from '../../../api/bulk.ts';
import { loadRunEngine, useOperations } from '../../../api/operations/OperationsProvider.tsx';
import { readConcurrency } from '../../../api/operations/storage.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';
import { useApi } from '../../../api/session.ts';
import { DialogLiveRegion } from '../../../components/plain/Notifier.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import '../../../i18n/en/bin-dialogs.ts';

export interface BulkDialogProps {
  action: 'recover' | 'expunge';
  resource: ResourceKind;
  items: readonly BulkTarget[];
  onClose: () => void;
  /** The run has started: the page clears its selection. */
  onStarted: () => void;
}

type Texts = ReturnType<typeof useT>;

/** The title and the confirming button: VMs have their own texts (start after recovery), the others name their kind. */
function wording(
  t: Texts,
  action: BulkDialogProps['action'],
  resource: ResourceKind,
  count: number,
  startAfter: boolean,
) {
  const m = t.binDialogs;
  const b = t.bin;
  if (resource === 'vm')
    return action === 'recover'
      ? {
          title: m.bulkRecoverTitle(count),
          button: startAfter ? m.bulkRecoverAndStartButton(count) : m.bulkRecoverButton(count),
        }
      : { title: m.bulkExpungeTitle(count), button: m.bulkExpungeButton(count) };
  return action === 'recover'
    ? { title: b.bulkRecoverTitle(resource, count), button: b.bulkRecoverButton(resource, count) }
    : { title: b.bulkExpungeTitle(resource, count), button: b.bulkExpungeButton(resource, count) };
}

/** What recovering VMs will do: how many accounts, stopped, their detached data volumes; and start after. */
function VmRecoverWhat(props: {
  items: readonly BulkTarget[];
  startAfter: boolean;
  onStartAfter: (on: boolean) => void;
}) {
  const api = useApi();
  const m = useT().binDialogs;
  const count = props.items.length;
  const preview = useQuery(
    bulkQueries.preview(
      api,
      props.items.map((i) => i.uuid),
    ),
  );
  return (
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
        control={
          <Checkbox checked={props.startAfter} onChange={(e) => props.onStartAfter(e.target.checked)} />
        }
        label={m.bulkStartAfter}
      />
    </>
  );
}

/** An expunge cannot be undone: the number of items must be typed. */
function ExpungeConfirm(props: {
  resource: ResourceKind;
  count: number;
  typed: string;
  confirmed: boolean;
  onTyped: (text: string) => void;
}) {
  const t = useT();
  const m = t.binDialogs;
  const format = useFormat();
  const { resource, count, typed, confirmed } = props;
  return (
    <>
      <Alert role="note" severity="warning" sx={{ mb: 2 }}>
        {resource === 'vm' ? m.bulkExpungeWarning(count) : t.bin.bulkExpungeWarning(resource, count)}
      </Alert>
      <Typography gutterBottom>{m.bulkTypeCount(format.number(count))}</Typography>
      <TextField
        label={m.bulkCountLabel}
        value={typed}
        onChange={(e) => props.onTyped(e.target.value)}
        fullWidth
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
        autoFocus
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        error={typed !== '' && !confirmed}
        helperText={typed !== '' && !confirmed ? m.bulkCountMismatch : ' '}
      />
    </>
  );
}

export function BulkDialog({ action, resource, items, onClose, onStarted }: BulkDialogProps) {
  const t = useT();
  const operations = useOperations();
  // The run's machinery loads while the user reads the confirmation, so the jobs leave as soon as it is given.
  useEffect(() => {
    loadRunEngine().catch(() => undefined);
  }, []);
  const [startAfter, setStartAfter] = useState(false);
  const [typed, setTyped] = useState('');
  // One-shot: a double click must not start two runs, and the dialog closes once one has started.
  const once = useBusyGuard();
  const count = items.length;
  const confirmed = action === 'recover' || typed.trim() === String(count);
  const titleId = `bulk-${action}-title`;
  const words = wording(t, action, resource, count, startAfter);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed || !once.claim()) return;
    operations.start({ action, resource, items, startAfter });
    onStarted();
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogLiveRegion />
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{words.title}</DialogTitle>
        <DialogContent>
          {action === 'expunge' ? (
            <ExpungeConfirm
              resource={resource}
              count={count}
              typed={typed}
              confirmed={confirmed}
              onTyped={setTyped}
            />
          ) : resource === 'vm' ? (
            <VmRecoverWhat items={items} startAfter={startAfter} onStartAfter={setStartAfter} />
          ) : (
            <Box component="ul" sx={{ mt: 0, pl: 3 }}>
              <li>{t.bin.bulkRecoverWhat(resource, count)}</li>
              <li>{t.binDialogs.bulkConcurrency(readConcurrency())}</li>
            </Box>
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
            {words.button}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
