// The word for a run item's job, for the results list and the reports that quote it (a bulk run's CSV, a deletion
// event's CSV): never the resource's own state (a job "In progress", a VM "Running").
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/operations.ts';
import type { Run, RunItem } from './run.ts';

export function jobOutcome(item: RunItem, resource: Run['resource'], m: Messages['operations']): string {
  if (item.status === 'failed' && item.startFailed) return m.outcome.startFailed;
  if (item.status === 'failed' && item.stage === 'attach') return m.outcome.attachFailed;
  if (item.status === 'failed' && item.stage === 'ip') return m.outcome.ipFailed;
  if (item.status === 'unknown') return m.outcome.unknown(resource);
  return m.outcome[item.status];
}
