// "Expiring soon": across the three bins, what the expunge tasks take within the user's lead time, soonest first,
// each with its exact window. The lead time is the user's own (kept in this browser).
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { type ExpiringItem, expiringQuery } from '../../api/retention-items.ts';
import { retentionQueries } from '../../api/retention.ts';
import { LEAD_HOURS } from '../../api/retention-memory.ts';
import { useApi } from '../../api/session.ts';
import { paths } from '../../components/paths.ts';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { SelectField } from '../../components/plain/SelectField.tsx';
import { cls } from '../../components/plain/classes.ts';
import { ListLoadFailed, ListLoading } from '../../components/plain/ListStates.tsx';
import { Alert } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import { WindowText } from './NextToGo.tsx';
import { type RetentionState, cutoffsAt, minute, useLeadHours, useRetention } from './use-retention.ts';

function LeadSelect({ lead, setLead }: { lead: number; setLead: (hours: number) => void }) {
  const m = useT().retention;
  const format = useFormat();
  return (
    <SelectField
      id="lead-time"
      label={m.leadLabel}
      value={lead}
      options={LEAD_HOURS.map((h) => ({ value: h, label: format.period(h * 3600) }))}
      onChange={setLead}
    />
  );
}

function ExpiringTable({ rows, state }: { rows: readonly ExpiringItem[]; state: RetentionState }) {
  const m = useT().retention;
  return (
    <PlainTable label={m.expiringTable} headers={[m.colName, m.colKind, m.colWhen]}>
      {rows.map((r) => (
        <tr key={`${r.kind}-${r.uuid}`}>
          <td>
            <Link className={cls.nameLink} to={paths.page(r.kind, r.uuid)}>
              {r.name ?? r.uuid}
            </Link>
          </td>
          <td>{m.kinds[r.kind]}</td>
          <td>
            <WindowText lastOpDate={r.clockStart} kind={r.kind} state={state} />
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}

export function ExpiringPage() {
  const m = useT().retention;
  const format = useFormat();
  const api = useApi();
  const state = useRetention(30_000);
  const [lead, setLead] = useLeadHours();
  useEffect(() => {
    document.title = m.expiringDocumentTitle;
  }, [m]);
  const cutoffs = state.configs
    ? cutoffsAt(state.configs, minute(state.nodeNow) + lead * 3_600_000)
    : undefined;
  // The same query usePause reads (deduplicated): its failure would otherwise leave the list waiting for good.
  const configs = useQuery(retentionQueries.configs(api));
  const items = useQuery({
    ...expiringQuery(api, cutoffs ?? { vm: 0, volume: 0, image: 0 }, state.offsetMinutes),
    enabled: cutoffs !== undefined,
  });
  const failed = configs.isError ? configs : items.isError ? items : undefined;
  const rows = [...(items.data ?? [])].sort((a, b) => {
    const period = (k: typeof a.kind) => (state.configs?.[k].periodSeconds ?? 0) * 1000;
    return a.clockStart + period(a.kind) - (b.clockStart + period(b.kind));
  });
  return (
    <section className="rb-stack" aria-labelledby="expiring-title">
      <h1 id="expiring-title" className="rb-h4">
        {m.expiringTitle}
      </h1>
      <p className="rb-p">{m.expiringIntro(format.period(lead * 3600))}</p>
      <LeadSelect lead={lead} setLead={setLead} />
      {state.paused.length > 0 && (
        <Alert severity="info" role="note">
          {m.pausedNote}
        </Alert>
      )}
      {failed ? (
        <ListLoadFailed error={failed.error} title={m.expiringFailed} onRetry={() => void failed.refetch()} />
      ) : !items.data ? (
        <ListLoading label={m.expiringLoading} rows={4} />
      ) : rows.length === 0 ? (
        <p className="rb-p">{m.noneExpiring}</p>
      ) : (
        <ExpiringTable rows={rows} state={state} />
      )}
    </section>
  );
}
