// One item of a bulk run's results: its name (a link once recovered), the job's outcome, the state ZStack
// returned, and for a failure its one-line reason with the whole cause chain one click away.
import Button from '@mui/material/Button';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { fromStoredError, type Run, type RunItem } from '../../../api/operations/run.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/operations.ts';
import { stateLabel } from '../../../i18n/states.ts';
import { jobOutcome } from '../../../api/operations/outcome.ts';
import { failureReason } from './results-export.ts';
import { paths } from '../../../components/paths.ts';

export const RESULT_COLUMNS = 4;

interface ResultRowProps {
  item: RunItem;
  action: Run['action'];
  resource: Run['resource'];
  open: boolean;
  onToggle: (uuid: string) => void;
  onNavigate: () => void;
}

/** Memoised, so only the rows whose item changed render again. */
export const ResultRow = memo(function ResultRow({
  item,
  action,
  resource,
  open,
  onToggle,
  onNavigate,
}: ResultRowProps) {
  const t = useT();
  const m = t.operations;
  const bad = item.status === 'failed' || item.status === 'unknown';
  return (
    <>
      <tr>
        <td>
          {action === 'recover' && item.status === 'done' ? (
            <RouterLink to={paths.page(resource, item.uuid)} onClick={onNavigate}>
              {item.name}
            </RouterLink>
          ) : (
            item.name
          )}
        </td>
        <td className={bad ? 'rb-result-bad' : undefined}>{jobOutcome(item, resource, m)}</td>
        <td>{stateLabel(t.common.states, item.state)}</td>
        <td>
          {item.error && (
            <>
              {failureReason(item, resource, t)}{' '}
              <Button
                size="small"
                aria-expanded={open}
                aria-label={open ? m.hideError(item.name) : m.showError(item.name)}
                onClick={() => onToggle(item.uuid)}
              >
                {open ? m.hideDetails : m.details}
              </Button>
            </>
          )}
        </td>
      </tr>
      {item.error && open && (
        <tr>
          <td colSpan={RESULT_COLUMNS}>
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
