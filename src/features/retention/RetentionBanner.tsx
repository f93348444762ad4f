// On every page while automatic expunging is paused (a deletion policy is Never after another value, see
// api/retention-pause.ts): nothing is being expunged automatically. Who paused and when come from the audit log
// when the node has one and lets this account read it.
import { Link } from 'react-router-dom';
import { usePause } from '../../api/retention-pause.ts';
import { paths } from '../../components/paths.ts';
import { Alert } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';

export function RetentionBanner() {
  const t = useT().app;
  const format = useFormat();
  const { paused, record } = usePause();
  if (paused.length === 0) return null;
  const kinds = format.list(paused.map((k) => t.pausedKinds[k]));
  const since = record?.at ? format.dateTime(record.at) : undefined;
  return (
    <div className="rb-paused-banner">
      <Alert
        severity="warning"
        role="note"
        title={t.pausedBanner}
        action={
          <Link to={paths.retention} className="rb-link">
            {t.pausedLink}
          </Link>
        }
      >
        <p className="rb-p">{t.pausedDetail(kinds, since, record?.operator)}</p>
      </Alert>
    </div>
  );
}
