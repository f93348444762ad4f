// "Copy failed list" and "Export CSV" for a finished run: what a help-desk ticket needs, without retyping.
import Button from '@mui/material/Button';
import type { Run } from '../../../api/operations/run.ts';
import { copyText } from '../../../components/clipboard.ts';
import { downloadCsv } from '../../../components/csv.ts';
import { useNotify } from '../../../components/plain/Notifier.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/operations.ts';
import { csvFileName, failedListText, resultsCsv, unsuccessful } from './results-export.ts';

export function ResultsExport({ run }: { run: Run }) {
  const t = useT();
  const notify = useNotify();
  const failed = unsuccessful(run).length;
  return (
    <>
      {failed > 0 && (
        <Button
          onClick={(event) => {
            copyText(failedListText(run, t), event.currentTarget).then(
              () => notify(t.common.copiedToClipboard, 'info'),
              () => notify(t.common.copyRefused, 'warning'),
            );
          }}
        >
          {t.operations.copyFailed(failed)}
        </Button>
      )}
      <Button onClick={() => downloadCsv(csvFileName(run), resultsCsv(run, t))}>
        {t.operations.exportCsv}
      </Button>
    </>
  );
}
