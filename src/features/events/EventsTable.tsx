// The events of one page, newest first: each row links to its event's own page (a stable address for a ticket).
import { Link } from 'react-router-dom';
import type { DeletionEvent } from '../../api/deletion-events.ts';
import { paths } from '../../components/paths.ts';
import { PlainTable } from '../../components/plain/PlainTable.tsx';
import { cls } from '../../components/plain/classes.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';
import { Deadline } from './Deadline.tsx';
import { accountText, countsText, fromText, whenText, whoText } from './event-text.ts';
import type { NodeClock } from './use-event-clock.ts';

export function EventsTable(props: {
  events: readonly DeletionEvent[];
  accounts: ReadonlyMap<string, string>;
  gap: number;
  clock: NodeClock;
}) {
  const { events, accounts, gap, clock } = props;
  const t = useT();
  const m = t.events;
  const format = useFormat();
  return (
    <PlainTable
      label={m.tableLabel}
      headers={[m.colWhen, m.colWho, m.colFrom, m.colItems, m.colDone, m.colDeadline]}
    >
      {events.map((e) => (
        <tr key={e.id}>
          <th scope="row" className={cls.nameCell}>
            <Link className={cls.nameLink} to={paths.event(e.id, gap)}>
              {whenText(e, t, format)}
            </Link>
          </th>
          <td>
            {whoText(e, t)}
            {e.who.kind === 'account' && <span className={cls.secondary}>{accountText(e, t, accounts)}</span>}
          </td>
          <td>{fromText(e)}</td>
          <td>{countsText(e, t, format)}</td>
          <td>{m.done(e.recovered, e.expunged)}</td>
          <td>
            <Deadline at={e.deadline} clock={clock} />
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
