// Who deleted something, when ZStack's audit log knows: operator, client IP and time.
import { cls } from './classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';

export interface DeletedByProps {
  operator: string | undefined;
  clientIp: string | undefined;
  at: Date | undefined;
}

export function DeletedBy({ operator, clientIp, at }: DeletedByProps) {
  const m = useT().common;
  const format = useFormat();
  return (
    <>
      {operator ?? m.unknownOperator}
      {/* One line, so the answer arriving does not make its row taller. */}
      <span className={cls.secondary} style={{ whiteSpace: 'nowrap' }}>
        {m.deletedFrom(clientIp ?? '—', format.dateTime(at))}
      </span>
    </>
  );
}
