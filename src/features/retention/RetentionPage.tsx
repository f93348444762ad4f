// Retention: each recycle bin's deletion policy, expunge period and check interval (with ZStack's defaults), what
// they mean, what each bin holds and when its next item goes. Admins pause, resume and change; others read.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { retentionQueries } from '../../api/retention.ts';
import { RETENTION_DEFAULTS, RETENTION_KINDS, isPolicy } from '../../api/retention-window.ts';
import { useApi, useSession } from '../../api/session.ts';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { Alert, PlainButton } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/retention.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import { ChangePanel } from './ChangePanel.tsx';
import { NextToGo } from './NextToGo.tsx';
import { PausePanel } from './PausePanel.tsx';
import { type RetentionState, useRetention } from './use-retention.ts';

function RetentionTable({
  state,
  isAdmin,
  onEdit,
}: {
  state: RetentionState;
  isAdmin: boolean;
  onEdit: (kind: ResourceKind) => void;
}) {
  const m = useT().retention;
  const format = useFormat();
  const api = useApi();
  const held = useQuery(retentionQueries.held(api)).data;
  const policyText = (p: string) => (isPolicy(p) ? m.policies[p] : p);
  return (
    <PlainTable
      label={m.tableLabel}
      headers={[
        m.colKind,
        m.colPolicy,
        m.colPeriod,
        m.colInterval,
        m.colHeld,
        m.colNext,
        ...(isAdmin ? [''] : []),
      ]}
    >
      {RETENTION_KINDS.map((kind) => {
        const c = state.configs?.[kind];
        const d = RETENTION_DEFAULTS[kind];
        return (
          <tr key={kind}>
            <th scope="row">{m.kinds[kind]}</th>
            <td>
              {c ? policyText(c.policy) : '…'}
              <span className="rb-secondary">{m.defaultIs(d.policy)}</span>
            </td>
            <td>
              {c ? format.period(c.periodSeconds) : '…'}
              <span className="rb-secondary">{m.defaultIs(format.period(d.periodSeconds))}</span>
            </td>
            <td>
              {c ? format.period(c.intervalSeconds) : '…'}
              <span className="rb-secondary">{m.defaultIs(format.period(d.intervalSeconds))}</span>
            </td>
            <td>{held ? format.number(held[kind]) : '…'}</td>
            <td>
              <NextToGo kind={kind} state={state} />
            </td>
            {isAdmin && (
              <td>
                <PlainButton variant="outlined" size="small" onClick={() => onEdit(kind)} disabled={!c}>
                  {m.change(m.kinds[kind])}
                </PlainButton>
              </td>
            )}
          </tr>
        );
      })}
    </PlainTable>
  );
}

export function RetentionPage() {
  const m = useT().retention;
  const { session } = useSession();
  const state = useRetention(30_000);
  const [editing, setEditing] = useState<ResourceKind>();
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);
  const isAdmin = session?.isAdmin ?? false;
  const { configs } = state;
  return (
    <section className="rb-stack" aria-labelledby="retention-title">
      <h1 id="retention-title" className="rb-h4">
        {m.title}
      </h1>
      <p className="rb-p">{m.intro}</p>
      <ul className="rb-p">
        <li>{m.windowRule}</li>
        <li>{m.clockRule}</li>
        <li>{m.directRule}</li>
        <li>{m.imageCopies}</li>
      </ul>
      {!isAdmin && (
        <Alert severity="info" role="note">
          {m.readOnly}
        </Alert>
      )}
      {isAdmin && configs && <PausePanel state={state} />}
      <RetentionTable state={state} isAdmin={isAdmin} onEdit={setEditing} />
      {isAdmin && editing && configs && (
        <ChangePanel key={editing} kind={editing} state={state} onClose={() => setEditing(undefined)} />
      )}
    </section>
  );
}
