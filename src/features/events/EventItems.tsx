// Every item of one deletion event: kind, name (a link to its page while it exists), state now, owner, when it
// was deleted and when ZStack expunges it.
import { Link } from 'react-router-dom';
import type { DeletionEvent, DeletionRecord } from '../../api/deletion-events.ts';
import { paths } from '../../components/paths.ts';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { cls } from '../../components/plain/classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';

function ItemName({ item, vmName }: { item: DeletionRecord; vmName: string | undefined }) {
  const m = useT().events;
  return (
    <>
      {item.state === 'expunged' ? (
        item.name
      ) : (
        <Link className={cls.nameLink} to={paths.page(item.kind, item.uuid)}>
          {item.name}
        </Link>
      )}
      <span className={`${cls.secondary} ${cls.mono}`}>{item.uuid}</span>
      {vmName !== undefined && <span className={cls.secondary}>{m.withVm(vmName)}</span>}
    </>
  );
}

export function EventItems(props: { event: DeletionEvent; ownerOf: (uuid: string) => string }) {
  const { event, ownerOf } = props;
  const m = useT().events;
  const format = useFormat();
  const names = new Map(event.items.map((i) => [i.uuid, i.name]));
  return (
    <PlainTable
      label={m.items}
      headers={[m.colName, m.colKind, m.colState, m.colOwner, m.colDeletedAt, m.colExpunge]}
      wrapClassName="rb-print-all"
    >
      {event.items.map((i) => (
        <tr key={`${i.kind}-${i.uuid}-${String(i.at)}`}>
          <th scope="row" className={cls.nameCell}>
            <ItemName
              item={i}
              vmName={i.withVm === undefined ? undefined : (names.get(i.withVm) ?? i.withVm)}
            />
          </th>
          <td>{m.kinds[i.kind]}</td>
          <td>{m.states[i.state]}</td>
          <td>{ownerOf(i.uuid) || '—'}</td>
          <td>{format.dateTime(new Date(i.at))}</td>
          <td>
            {i.state === 'deleted' && i.expungeAt !== undefined
              ? format.dateTime(new Date(i.expungeAt))
              : '—'}
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
