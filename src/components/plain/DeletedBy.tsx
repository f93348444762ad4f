// Who deleted something, when ZStack's audit log knows: operator, client IP and time; for a data volume that went
// with its VM, that VM's destroy.
import { Link } from 'react-router-dom';
import { paths } from '../paths.ts';
import { cls } from './classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';

export interface DeletedByProps {
  operator: string | undefined;
  clientIp: string | undefined;
  at: Date | undefined;
  /** Deleted by this VM's destroy, whose audit row is the record. */
  withVm?: { uuid: string; name: string | undefined } | undefined;
}

/**
 * Who deleted `uuid` (a link to the deletion event holding it: a volume deleted with its VM is in that VM's event).
 */
export function DeletedBy({
  operator,
  clientIp,
  at,
  withVm,
  uuid,
}: DeletedByProps & { uuid?: string | undefined }) {
  const m = useT().common;
  const format = useFormat();
  const who = operator ?? m.unknownOperator;
  const text = withVm ? m.deletedWithVm(withVm.name ?? withVm.uuid, who) : who;
  const target = withVm?.uuid ?? uuid;
  return (
    <>
      {target === undefined ? (
        text
      ) : (
        <Link to={paths.eventOf(target)} className="rb-text-link" aria-label={`${text}${m.seeDeletionEvent}`}>
          {text}
        </Link>
      )}
      {/* One line, so the answer arriving does not make its row taller. */}
      <span className={cls.secondary} style={{ whiteSpace: 'nowrap' }}>
        {m.deletedFrom(clientIp ?? '—', format.dateTime(at))}
      </span>
    </>
  );
}

/** The audit log's answer for one row: '…' while it loads, or why there is no name to show. */
export type DeletionAnswer = DeletedByProps | null | 'unknown' | 'hidden';

export function DeletionText({ answer, uuid }: { answer: DeletionAnswer; uuid?: string | undefined }) {
  const m = useT().common;
  if (answer === null) return <>…</>;
  if (answer === 'unknown') return <>{m.notInAudit}</>;
  if (answer === 'hidden') return <>{m.notVisibleToAccount}</>;
  return <DeletedBy {...answer} uuid={uuid} />;
}
