// Progress and results of one bulk run: counts, a bar, and a row per VM with its outcome, the state ZStack
// returned, a link to it, and its error (with the whole cause chain) one click away. Closing keeps the run going.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import { countRun, fromStoredError, isFinished, type Run, type RunItem } from '../../api/operations/queue.ts';
import { ErrorCodeView } from '../../components/ErrorCodeView.tsx';
import type { Messages } from '../../i18n/en/index.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';

function outcome(item: RunItem, run: Run, m: Messages['operations']): string {
  if (item.status === 'done') return m.outcome.done[run.action];
  if (item.status === 'failed' && item.startFailed) return m.outcome.startFailed;
  return m.outcome[item.status];
}

export function OperationsDialog({ run }: { run: Run }) {
  const ops = useOperations();
  const t = useT();
  const m = t.operations;
  const [open, setOpen] = useState<string>();
  const c = countRun(run);
  const finished = isFinished(run);
  const settled = c.total - c.running - c.waiting;
  const close = () => ops.show(undefined);

  return (
    <Dialog open onClose={close} aria-labelledby="operations-title" maxWidth="md" fullWidth>
      <DialogTitle id="operations-title">{m.title(run.action, c.total, finished)}</DialogTitle>
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
        <TableContainer sx={{ maxHeight: '50vh' }}>
          <Table size="small" stickyHeader aria-label={m.resultsLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{m.columns.vm}</TableCell>
                <TableCell>{m.columns.outcome}</TableCell>
                <TableCell>{m.columns.state}</TableCell>
                <TableCell>{m.columns.error}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {run.items.map((item) => (
                <Fragment key={item.uuid}>
                  <TableRow>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      {run.action === 'recover' && item.status === 'done' ? (
                        <Box
                          component={RouterLink}
                          to={`/vms/${item.uuid}`}
                          onClick={close}
                          sx={{ color: 'primary.main' }}
                        >
                          {item.name}
                        </Box>
                      ) : (
                        item.name
                      )}
                    </TableCell>
                    <TableCell>{outcome(item, run, m)}</TableCell>
                    <TableCell>{stateLabel(t.recycleBin.states, item.state)}</TableCell>
                    <TableCell>
                      {item.error && (
                        <Button
                          size="small"
                          aria-expanded={open === item.uuid}
                          onClick={() => setOpen((o) => (o === item.uuid ? undefined : item.uuid))}
                        >
                          {open === item.uuid ? m.hideError(item.name) : m.showError(item.name)}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                  {item.error && open === item.uuid && (
                    <TableRow>
                      <TableCell colSpan={4}>
                        <ErrorCodeView error={fromStoredError(item.error)} title={m.errorTitle(item.name)} />
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
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
