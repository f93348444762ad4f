// In the app bar while this account has bulk runs: how far the newest is, and a way to reopen its results.
// It also announces, once, when a run ends.
import { useEffect, useRef } from 'react';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import { countRun, isFinished } from '../../api/operations/run.ts';
import { Icon } from '../../components/plain/icons.tsx';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { preloadable } from '../../components/plain/preloadable.tsx';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

const { Component: OperationsDialog, preload } = preloadable(
  () => import('./dialogs/OperationsDialog.tsx'),
  (module) => module.OperationsDialog,
  { what: 'operationsDialog', floating: true },
);

export function OperationsIndicator() {
  const ops = useOperations();
  const t = useT();
  const notify = useNotify();
  const finishedBefore = useRef<Set<string> | undefined>(undefined);

  useEffect(() => {
    const finished = new Set(ops.runs.filter((r) => r.finishedAt !== undefined).map((r) => r.id));
    // Runs that were already over when this tab loaded are not news.
    if (finishedBefore.current) {
      for (const run of ops.runs) {
        if (!finished.has(run.id) || finishedBefore.current.has(run.id)) continue;
        const c = countRun(run);
        notify(
          t.app.operationsFinished(run.action, c.done, c.failed, c.unknown),
          c.failed + c.unknown > 0 ? 'warning' : 'success',
        );
      }
    }
    finishedBefore.current = finished;
  }, [ops.runs, notify, t]);

  const latest = ops.runs[0];
  const c = latest && countRun(latest);
  const settled = c ? c.total - c.running - c.waiting : 0;
  const attention = c !== undefined && c.failed + c.unknown > 0;
  return (
    <>
      {latest && c && (
        <PlainButton
          color="inherit"
          variant="outlined"
          className={attention ? 'rb-ops-failed' : undefined}
          size="small"
          startIcon={<Icon name={attention ? 'errorOutline' : 'playlistAddCheck'} />}
          onPointerEnter={() => void preload()}
          onClick={() => ops.show(latest.id)}
          aria-label={t.app.operationsIndicator(settled, c.total, !isFinished(latest), c.failed, c.unknown)}
        >
          {t.app.operationsIndicatorShort(settled, c.total, c.failed, c.unknown)}
        </PlainButton>
      )}
      {ops.shown && <OperationsDialog run={ops.shown} onCancel={() => ops.show(undefined)} />}
    </>
  );
}
