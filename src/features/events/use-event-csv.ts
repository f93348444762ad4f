// "Export CSV" on a deletion event: the restore plan's marks are read when the user exports (read-only calls, a
// fixed number of them: api/restore-facts.ts), judged by the plan's own rules, and written beside each item. If the
// plan cannot be read the file is still made, and says so in that column. A double click makes one file.
import { useState } from 'react';
import type { DeletionEvent } from '../../api/deletion-events.ts';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import { readOpeningPlan } from '../../api/restore-facts.ts';
import type { Selection } from '../../api/restore-plan.ts';
import { useApi, useSession } from '../../api/session.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { downloadCsv } from '../../components/csv.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';
import { type EventMarks, eventCsv } from './event-csv.ts';

/** What the plan is asked about: everything not recovered (an expunged item gets the plan's "not found"). */
function askedOf(event: DeletionEvent): Selection {
  const asked = event.items.filter((i) => i.state !== 'recovered');
  const of = (kind: DeletionEvent['items'][number]['kind']) =>
    asked.filter((i) => i.kind === kind).map((i) => i.uuid);
  return { vm: of('vm'), volume: of('volume'), image: of('image') };
}

export function useEventCsv(event: DeletionEvent, ownerOf: (uuid: string) => string) {
  const t = useT();
  const api = useApi();
  const { session } = useSession();
  const { runs } = useOperations();
  const guard = useBusyGuard();
  const [busy, setBusy] = useState(false);
  // runs are newest first and this account's own: the latest restore of this event
  const run = runs.find((r) => r.event === event.id);
  const restore = run ? { run, by: session?.accountName ?? run.account } : undefined;
  const exportCsv = async () => {
    if (!session || !guard.claim()) return;
    setBusy(true);
    try {
      const sel = askedOf(event);
      let marks: EventMarks = new Map();
      if (sel.vm.length + sel.volume.length + sel.image.length > 0)
        marks = await readOpeningPlan(api.client, sel, session).then(
          (plan) => new Map(plan.items.map((i) => [i.uuid, i.marks])),
          (): EventMarks => 'unchecked',
        );
      downloadCsv(t.events.csvFile(event.id), eventCsv(event, t, { ownerOf, marks, restore }));
    } finally {
      guard.release();
      setBusy(false);
    }
  };
  return { busy, exportCsv };
}
