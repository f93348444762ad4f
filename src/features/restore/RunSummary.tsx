// What the restore run did, in one line ("28 of 30 VMs running, 22 of 24 volumes re-attached, 2 failed: quota"),
// with the run's results one click away and a link to each item that did not succeed.
import { Link } from 'react-router-dom';
import { useOperations } from '../../api/operations/OperationsProvider.tsx';
import { isSettled, itemResource, type Run } from '../../api/operations/run.ts';
import { restoreOutcome } from '../../api/restore-run.ts';
import { paths } from '../../components/paths.ts';
import { cls } from '../../components/plain/classes.ts';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/restore.ts';

export function RunSummary({ run }: { run: Run }) {
  const m = useT().restore;
  const ops = useOperations();
  const o = restoreOutcome(run);
  const steps = run.items.length;
  const settled = run.items.filter(isSettled).length;
  const reasons = [...o.reasons]
    .map(([code, n]) => `${n} ${code === 'ID.1003' ? m.reasonQuota : code}`)
    .join(', ');
  const bad = run.items.filter((i) => ['failed', 'unknown', 'skipped'].includes(i.status));
  return (
    <section aria-labelledby="restore-run" className="rb-stack">
      <h2 id="restore-run" className="rb-h">
        {m.runTitle}
      </h2>
      <p role="status">
        {o.finished ? m.result({ ...o, reasons: reasons || m.reasonOther }) : m.running(settled, steps)}
      </p>
      {o.finished && bad.length > 0 && (
        <ul>
          {bad.map((i) => (
            <li key={i.uuid}>
              <Link className={cls.nameLink} to={paths.page(itemResource(run, i), i.uuid)}>
                {i.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="rb-row">
        <PlainButton size="small" variant="outlined" onClick={() => ops.show(run.id)}>
          {m.showResults}
        </PlainButton>
      </div>
    </section>
  );
}
