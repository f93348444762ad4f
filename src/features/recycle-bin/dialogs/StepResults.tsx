// The steps of a recovery with the data volumes deleted with the VM, each with its outcome (in the words of the
// operations results), and a failed step's error inline with its causes.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  fromStoredError,
  type ItemStage,
  type ItemStatus,
  itemResource,
  type Run,
  type RunItem,
} from '../../../api/operations/run.ts';
import { ErrorCodeView } from '../../../components/plain/ErrorCodeView.tsx';
import '../../../i18n/en/bin-dialogs.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import '../../../i18n/en/operations.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

interface StepView {
  key: string;
  label: string;
  status: ItemStatus;
  item: RunItem;
}

const ORDER: Record<ItemStage, number> = { main: 0, attach: 1, ip: 2, start: 3 };

/** Every step of every item, in the order they can run: recoveries, attaches, the start. */
function stepsOf(run: Run, m: Messages['binDialogs']['together']): StepView[] {
  const steps: (StepView & { order: number })[] = [];
  for (const item of run.items) {
    const volume = itemResource(run, item) === 'volume';
    const stages: ItemStage[] = volume ? ['main', 'attach'] : run.startAfter ? ['main', 'start'] : ['main'];
    const at = stages.indexOf(item.stage);
    stages.forEach((stage, k) => {
      const status: ItemStatus =
        k < at ? 'done' : k === at ? item.status : item.status === 'waiting' ? 'waiting' : 'skipped';
      const kind =
        stage === 'main'
          ? volume
            ? 'recover-volume'
            : 'recover-vm'
          : stage === 'attach'
            ? 'attach-volume'
            : 'start-vm';
      steps.push({
        key: `${stage}:${item.uuid}`,
        label: m.step[kind](item.name),
        status,
        item,
        order: ORDER[stage],
      });
    });
  }
  return steps.sort((a, b) => a.order - b.order);
}

export function StepResults({ run }: { run: Run }) {
  const t = useT();
  const m = t.binDialogs.together;
  const outcome = t.operations.outcome;
  return (
    <Box component="section" aria-labelledby="recover-steps" sx={{ mt: 1 }}>
      <Typography id="recover-steps" component="h3" variant="subtitle2">
        {m.stepsLabel}
      </Typography>
      <Box component="ol" sx={{ mt: 0.5, pl: 3, display: 'grid', gap: 0.5 }}>
        {stepsOf(run, m).map(({ key, label, status, item }) => (
          <li key={key}>
            <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
              {label}
            </Box>
            {': '}
            <strong>
              {status === 'unknown' ? outcome.unknown(itemResource(run, item)) : outcome[status]}
            </strong>
            {item.error && status === item.status && status !== 'done' && (
              <Box sx={{ mt: 0.5 }}>
                <ErrorCodeView
                  subject={itemResource(run, item)}
                  error={fromStoredError(item.error)}
                  title={m.stepFailed(label)}
                />
              </Box>
            )}
          </li>
        ))}
      </Box>
    </Box>
  );
}
