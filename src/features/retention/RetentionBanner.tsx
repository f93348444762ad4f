// On every page while a deletion policy is Never: nothing is being expunged automatically. Who paused and when
// come from the audit log when the node has one.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { auditQueries } from '../../api/audit.ts';
import { pauseRecordQuery } from '../../api/retention-change.ts';
import { useApi } from '../../api/session.ts';
import { paths } from '../../components/paths.ts';
import { Alert } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { useRetention } from './use-retention.ts';

export function RetentionBanner() {
  const api = useApi();
  const t = useT().app;
  const format = useFormat();
  const { paused } = useRetention();
  const audit = useQuery(auditQueries.support(api)).data;
  const record = useQuery({
    ...pauseRecordQuery(api, paused),
    enabled: paused.length > 0 && audit === 'present',
  }).data;
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
