// Progress and results of one bulk run: counts, a bar, and a row per VM with its outcome, the state ZStack
// returned, a link to it, and its error (with the whole cause chain) one click away. Closing keeps the run going.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useOperations } from '../../../api/operations/OperationsProvider.tsx';
import {
  countRun,
  fromStoredError,
  isFinished,
  type Run,
  type RunItem,
} from '../../../api/operations/run.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { DialogLiveRegion } from '../../../components/plain/Notifier.tsx';
import type { Messages } from '../../../i18n/en/index.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/operations.ts';
import { stateLabel } from '../../../i18n/states.ts';
import { SignInAgain } from './SignInAgain.tsx';

function outcome(item: RunItem, action: Run['action'], m: Messages['operations']): string {
  if (item.status === 'done') return m.outcome.done[action];
  if (item.status === 'failed' && item.startFailed) return m.outcome.startFailed;
  return m.outcome[item.status];
}

interface ResultRowProps {
  item: RunItem;
  action: Run['action'];
  resource: Run['resource'];
  open: boolean;
  onToggle: (uuid: string) => void;
  onNavigate: () => void;
}

/** One VM's result; memoised, so only the rows whose item changed render again. */
const PAGE_OF: Record<Run['resource'], string> = { vm: '/vms', volume: '/volumes', image: '/images' };

const ResultRow = memo(function ResultRow({
  item,
  action,
  resource,
  open,
  onToggle,
  onNavigate,
}: ResultRowProps) {
  const t = useT();
  const m = t.operations;
  return (
    <>
      <tr>
        <td>
          {action === 'recover' && item.status === 'done' ? (
            <RouterLink to={`${PAGE_OF[resource]}/${item.uuid}`} onClick={onNavigate}>
              {item.name}
            </RouterLink>
          ) : (
            item.name
          )}
        </td>
        <td>{outcome(item, action, m)}</td>
        <td>{stateLabel(t.common.states, item.state)}</td>
        <td>
          {item.error && (
            <Button size="small" aria-expanded={open} onClick={() => onToggle(item.uuid)}>
              {open ? m.hideError(item.name) : m.showError(item.name)}
            </Button>
          )}
        </td>
      </tr>
      {item.error && open && (
        <tr>
          <td colSpan={4}>
            <ErrorCodeView
              subject={resource}
              error={fromStoredError(item.error)}
              title={m.errorTitle(item.name)}
            />
          </td>
        </tr>
      )}
    </>
  );
});

export function OperationsDialog({ run }: { run: Run }) {
  const ops = useOperations();
  const t = useT();
  const m = t.operations;
  const [open, setOpen] = useState<string>();
  const c = countRun(run);
  const finished = isFinished(run);
  const settled = c.total - c.running - c.waiting;
  const { show } = ops;
  const close = useCallback(() => show(undefined), [show]);
  const toggle = useCallback((uuid: string) => setOpen((o) => (o === uuid ? undefined : uuid)), []);

  return (
    <Dialog open onClose={close} aria-labelledby="operations-title" maxWidth="md" fullWidth>
      <DialogLiveRegion />
      <DialogTitle id="operations-title">{m.title(run.action, run.resource, c.total, finished)}</DialogTitle>
      <DialogContent>
        <LinearProgress
          variant="determinate"
          value={c.total === 0 ? 100 : (settled / c.total) * 100}
          aria-label={m.progressLabel}
          aria-valuetext={m.counts(c)}
          sx={{ height: 8, borderRadius: 4, mb: 1 }}
        />
        <Typography sx={{ mb: 1 }}>{m.counts(c)}</Typography>
        {run.cancelled && <Typography color="text.secondary">{m.cancelledNote}</Typography>}
        {c.paused > 0 && <SignInAgain paused={c.paused} />}
        <Box
          sx={{
            maxHeight: '50vh',
            overflow: 'auto',
            // One styled element for the whole table: a hundred rows of MUI TableCells cost ~100 ms per update.
            '& table': { width: '100%', borderCollapse: 'collapse', typography: 'body2' },
            '& th, & td': { textAlign: 'left', px: 2, py: 0.75, borderBottom: 1, borderColor: 'divider' },
            '& th': { position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', fontWeight: 500 },
            '& a': { color: 'primary.main' },
            '& td': { overflowWrap: 'anywhere' },
          }}
        >
          <table aria-label={m.resultsLabel(run.resource)}>
            <thead>
              <tr>
                <th scope="col">{m.columns.name(run.resource)}</th>
                <th scope="col">{m.columns.outcome}</th>
                <th scope="col">{m.columns.state}</th>
                <th scope="col">{m.columns.error}</th>
              </tr>
            </thead>
            <tbody>
              {run.items.map((item) => (
                <ResultRow
                  key={item.uuid}
                  item={item}
                  action={run.action}
                  resource={run.resource}
                  open={open === item.uuid}
                  onToggle={toggle}
                  onNavigate={close}
                />
              ))}
            </tbody>
          </table>
        </Box>
      </DialogContent>
      <DialogActions>
        {!finished && !run.cancelled && <Button onClick={() => ops.cancel(run.id)}>{m.cancel}</Button>}
        {finished && c.failed > 0 && (
          <Button variant="outlined" onClick={() => ops.retryFailed(run.id)}>
            {m.retryFailed(c.failed)}
          </Button>
        )}
        {finished && <Button onClick={() => ops.dismiss(run.id)}>{m.dismiss}</Button>}
        <Button variant="contained" onClick={close}>
          {t.common.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
