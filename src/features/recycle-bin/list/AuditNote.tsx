// Said once above a list, not on every row: this node keeps no audit log, or this account may not read it.
import { Alert } from '../../../components/plain/ui.tsx';
import type { AuditSupport } from '../../../zstack/endpoints.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

export function AuditNote({ support }: { support: AuditSupport | undefined }) {
  const t = useT();
  if (support !== 'absent' && support !== 'denied') return null;
  return (
    <Alert severity="info" role="note">
      {support === 'absent' ? t.common.notRecorded : t.common.auditDenied}
    </Alert>
  );
}
