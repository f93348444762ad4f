// "Export CSV" above a bin: its current search and filters, fetched page by page into a file, with progress said
// politely, a Cancel, and a word when the cap cut it short. The fetching and the CSV load on first use.
import { useEffect, useRef, useState } from 'react';
import type { BinView } from '../../../api/bulk.ts';
import { useApi } from '../../../api/session.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { Icon } from '../../../components/plain/icons.tsx';
import { PlainButton } from '../../../components/plain/ui.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import type { ResourceKind } from '../../../zstack/inventories.ts';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number | undefined }
  | { phase: 'done'; rows: number; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown };

export interface BinExportProps {
  resource: ResourceKind;
  view: BinView;
  order: { field: string; dir: 'asc' | 'desc' };
}

function useBinExport({ resource, view, order }: BinExportProps) {
  const api = useApi();
  const t = useT();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  // Leaving the page stops the fetching.
  useEffect(() => () => running.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'running', done: 0, total: undefined });
    try {
      const [{ exportCsv }, { downloadCsv }] = await Promise.all([
        import('./export-csv.ts'),
        import('../../../components/csv.ts'),
      ]);
      const onProgress = (p: { done: number; total: number | undefined }) => {
        if (!controller.signal.aborted) setState({ phase: 'running', ...p });
      };
      const file = await exportCsv(api, resource, view, order, t, onProgress, controller.signal);
      if (controller.signal.aborted) return;
      downloadCsv(file.fileName, file.text);
      setState({ phase: 'done', rows: file.rows, total: file.total });
    } catch (error) {
      if (!controller.signal.aborted) setState({ phase: 'failed', error });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };
  const cancel = () => {
    running.current?.abort();
    setState({ phase: 'cancelled' });
  };
  return { state, start, cancel };
}

/** What the polite status line says in each phase (a failure is shown below it, in full). */
function useStatusText(state: State): string {
  const m = useT().recycleBin.export;
  const n = useFormat().number;
  switch (state.phase) {
    case 'running':
      return m.progress(n(state.done), state.total === undefined ? '' : n(state.total));
    case 'done':
      return state.total > state.rows ? m.capped(n(state.rows), n(state.total)) : m.done(n(state.rows));
    case 'cancelled':
      return m.cancelled;
    default:
      return '';
  }
}

export function BinExport(props: BinExportProps) {
  const m = useT().recycleBin.export;
  const { state, start, cancel } = useBinExport(props);
  const message = useStatusText(state);
  return (
    <div>
      <div className="rb-row">
        {state.phase === 'running' ? (
          <PlainButton size="small" onClick={cancel}>
            {m.cancel}
          </PlainButton>
        ) : (
          <PlainButton
            size="small"
            startIcon={<Icon name="download" />}
            aria-label={m.label(props.resource)}
            onClick={() => void start()}
          >
            {m.button}
          </PlainButton>
        )}
        <p role="status" aria-live="polite" className="rb-p rb-muted">
          {message}
        </p>
      </div>
      {state.phase === 'failed' && <ErrorCodeView error={state.error} title={m.failed} />}
    </div>
  );
}
