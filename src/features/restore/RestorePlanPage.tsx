// The restore plan of some deleted items (`paths.restorePlan`): what a restore will do and what will fail, checked
// with read-only calls before anything runs; items can be left out; "Restore" starts one run on the operations
// engine (recover, attach, old IP, start) and the page then reports what the run did, also after a reload.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import { restorePlanQueries } from '../../api/restore-facts.ts';
import { computePlan, initiallyIncluded, type PlanFacts, type Selection } from '../../api/restore-plan.ts';
import { latestRestoreRun } from '../../api/restore-run.ts';
import { useApi, useSession } from '../../api/session.ts';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { Alert, PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/restore.ts';
import { PlanTable } from './PlanTable.tsx';
import { RunSummary } from './RunSummary.tsx';
import { useRestore } from './use-restore.ts';

const UUID = /^[0-9a-f]{32}$/iu;

/** The items the address names; anything that is not a ZStack uuid is dropped (it could not be in a bin). */
function selectionFrom(search: URLSearchParams): Selection {
  const list = (k: string) => [...new Set((search.get(k) ?? '').split(',').filter((u) => UUID.test(u)))];
  return { vm: list('vm'), volume: list('volume'), image: list('image') };
}

function PlanView({ known, sel, event }: { known: PlanFacts; sel: Selection; event: string | undefined }) {
  const m = useT().restore;
  const ops = useOperations();
  const [included, setIncluded] = useState(() => initiallyIncluded(known));
  const [startAfter, setStartAfter] = useState(true);
  const plan = useMemo(() => computePlan(known, included), [known, included]);
  const restore = useRestore(plan, included, startAfter, event);
  const uuids = useMemo(
    () => new Set([...sel.vm, ...sel.volume, ...sel.image, ...plan.items.map((i) => i.uuid)]),
    [plan, sel],
  );
  const run = latestRestoreRun(ops.runs, uuids);
  const toggle = (uuid: string, on: boolean) =>
    setIncluded((s) => {
      const next = new Set(s);
      if (on) next.add(uuid);
      else next.delete(uuid);
      return next;
    });
  return (
    <>
      <p role="status">{m.summary(included.size, plan.failing)}</p>
      <PlanTable
        plan={plan}
        included={included}
        onToggle={toggle}
        startAfter={startAfter}
        ips={restore.ips}
        ipErrors={restore.ipErrors}
        onIp={restore.setIp}
      />
      <label className="rb-row">
        <input
          type="checkbox"
          className="rb-checkbox"
          checked={startAfter}
          onChange={(e) => setStartAfter(e.target.checked)}
        />
        {m.startAfter}
      </label>
      <p className="rb-muted">{m.ipHelp}</p>
      <Alert severity="info" role="note" title={m.cannotKnowTitle}>
        <ul>
          {m.cannotKnow.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Alert>
      <div className="rb-row">
        <PlainButton
          variant="contained"
          disabled={included.size === 0 || restore.busy}
          onClick={() => void restore.start()}
        >
          {restore.busy ? m.restoring : m.restore(included.size)}
        </PlainButton>
      </div>
      {run && <RunSummary run={run} />}
    </>
  );
}

export function RestorePlanPage() {
  const m = useT().restore;
  const [search] = useSearchParams();
  const sel = useMemo(() => selectionFrom(search), [search]);
  const event = search.get('event') ?? undefined;
  const api = useApi();
  const { session } = useSession();
  const caller = {
    accountUuid: session?.accountUuid ?? '',
    isAdmin: session?.isAdmin ?? false,
    accountName: session?.accountName ?? '',
  };
  const facts = useQuery(restorePlanQueries.facts(api, sel, caller));
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);
  const empty = sel.vm.length + sel.volume.length + sel.image.length === 0;
  return (
    <div className="rb-stack">
      <h1 className="rb-h">{m.title}</h1>
      <p>{m.intro}</p>
      {event !== undefined && <p className="rb-muted">{m.fromEvent(event)}</p>}
      {empty ? (
        <Alert severity="info">{m.empty}</Alert>
      ) : facts.isPending ? (
        <p role="status">{m.loading}</p>
      ) : facts.isError ? (
        <>
          <ErrorCodeView error={facts.error} title={m.loadFailed} />
          <PlainButton onClick={() => void facts.refetch()}>{m.checkAgain}</PlainButton>
        </>
      ) : (
        <PlanView known={facts.data} sel={sel} event={event} />
      )}
    </div>
  );
}
