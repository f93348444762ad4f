// "Restore": the old IPs entered are checked with ZStack first (CheckIpAvailability), then one run starts on the
// operations engine with every item left in. A double click starts one run (useBusyGuard).
import { useState } from 'react';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import type { StaticIp } from '../../api/operations/run.ts';
import type { Plan } from '../../api/restore-plan.ts';
import { checkOldIps, restoreSpec } from '../../api/restore-run.ts';
import { useApi } from '../../api/session.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/restore.ts';

export function useRestore(plan: Plan, included: ReadonlySet<string>, startAfter: boolean, event?: string) {
  const m = useT().restore;
  const api = useApi();
  const ops = useOperations();
  const guard = useBusyGuard();
  const [busy, setBusy] = useState(false);
  const [ips, setIps] = useState<Record<string, string>>({});
  const [ipErrors, setIpErrors] = useState<Record<string, string>>({});
  const setIp = (uuid: string, value: string) => {
    setIps((s) => ({ ...s, [uuid]: value }));
    setIpErrors((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== uuid)));
  };
  const start = async () => {
    if (!guard.claim()) return;
    setBusy(true);
    try {
      const wanted = plan.items
        .filter((i) => i.kind === 'vm' && included.has(i.uuid) && (ips[i.uuid] ?? '').trim() !== '')
        .map((i) => ({ vm: i.uuid, l3NetworkUuid: i.l3Networks?.[0], ip: (ips[i.uuid] ?? '').trim() }));
      const checks = await checkOldIps(api.client, wanted);
      const errors: Record<string, string> = {};
      const good = new Map<string, StaticIp>();
      for (const w of wanted) {
        const c = checks.get(w.vm);
        if (c?.ok) good.set(w.vm, c.ip);
        else if (c?.why === 'unavailable') errors[w.vm] = m.ipUnavailable(w.ip, c.reason ?? '');
        else if (c?.why === 'invalid') errors[w.vm] = m.ipInvalid;
        else errors[w.vm] = m.ipCheckFailed(w.ip);
      }
      setIpErrors(errors);
      if (Object.keys(errors).length > 0) return;
      ops.start(restoreSpec(plan, included, { startAfter, ips: good, event }));
    } finally {
      guard.release();
      setBusy(false);
    }
  };
  return { busy, ips, ipErrors, setIp, start };
}
