// Progress and results of one bulk run: counts, a bar, and a row per item (ResultRow.tsx); once it has ended, the
// failed list to copy and the CSV to save (ResultsExport.tsx). Closing keeps the run going.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useOperations } from '../../../api/operations/OperationsProvider.tsx';
import { countRun, isFinished, itemResource, notDone, type Run } from '../../../api/operations/run.ts';
import { useSession } from '../../../api/session.ts';
import { SignInAgain } from '../../../components/plain/SignInAgain.tsx';
import { DialogLiveRegion } from '../../../components/plain/Notifier.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/operations.ts';
import '../../../i18n/en/session.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import { ResultRow } from './ResultRow.tsx';
import { ResultsExport } from './ResultsExport.tsx';

/** The results table's look, on one styled element (see the comment inside). */
const TABLE_SX = {
  maxHeight: '50vh',
  overflow: 'auto',
  // One styled element for the whole table: a hundred rows of MUI TableCells cost ~100 ms per update.
  '& table': { width: '100%', borderCollapse: 'collapse', typography: 'body2' },
  '& th, & td': { textAlign: 'left', px: 2, py: 0.75, borderBottom: 1, borderColor: 'divider' },
  '& th': { position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', fontWeight: 500 },
  '& a': { color: 'primary.main' },
  '& td': { overflowWrap: 'anywhere' },
  // A failed job stands out in colour as well as in its word.
  '& td.rb-result-bad': { color: 'error.main', fontWeight: 500 },
} as const;

function runTitle(run: Run, m: Messages['operations'], total: number, finished: boolean): string {
  const volumes = run.items.filter((i) => i.resource === 'volume' && run.resource === 'vm').length;
  return volumes > 0
    ? m.titleTogether(total - volumes, volumes, finished)
    : m.title(run.action, run.resource, total, finished);
}

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
      <DialogTitle id="operations-title">{runTitle(run, m, c.total, finished)}</DialogTitle>
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
        {c.paused > 0 && <RunSignIn paused={c.paused} />}
        <Box sx={TABLE_SX}>
          <table aria-label={m.resultsLabel(run.resource)}>
            <thead>
              <tr>
                <th scope="col">{m.columns.name(run.resource)}</th>
                <th scope="col">{m.columns.job}</th>
                <th scope="col">{m.columns.state(run.resource)}</th>
                <th scope="col">{m.columns.reason}</th>
              </tr>
            </thead>
            <tbody>
              {run.items.map((item) => (
                <ResultRow
                  key={item.uuid}
                  item={item}
                  action={run.action}
                  resource={itemResource(run, item)}
                  open={open === item.uuid}
                  onToggle={toggle}
                  onNavigate={close}
                />
              ))}
            </tbody>
          </table>
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        {!finished && !run.cancelled && <Button onClick={() => ops.cancel(run.id)}>{m.cancel}</Button>}
        {finished && notDone(c) > 0 && (
          <Button variant="outlined" onClick={() => ops.retryFailed(run.id)}>
            {m.retryFailed(notDone(c), notDone(c) === c.failed)}
          </Button>
        )}
        {finished && <ResultsExport run={run} />}
        {finished && <Button onClick={() => ops.dismiss(run.id)}>{m.dismiss}</Button>}
        <Button variant="contained" onClick={close}>
          {t.common.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The run paused because the session ended: the same account signing in again resumes it (OperationsProvider). */
function RunSignIn({ paused }: { paused: number }) {
  const { session, store } = useSession();
  const t = useT();
  const prompt = { accountName: session?.accountName ?? '', signIn: store.signInAgain };
  return (
    <SignInAgain prompt={prompt} title={t.session.again.title}>
      <p>{t.operations.paused.text(paused)}</p>
      <p>{t.operations.paused.otherAccount}</p>
    </SignInAgain>
  );
}
