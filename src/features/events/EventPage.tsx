// One deletion event at its stable address: who, from where, when, what and where each item is now, with its
// deadline counting down; "Plan restore" for what is still in the bins, a CSV for the ticket, and a clean print.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { DeletionEvent } from '../../api/deletion-events.ts';
import { gapFrom } from '../../api/event-filters.ts';
import { eventQueries, type OneEvent } from '../../api/events.ts';
import { useApi, useSession } from '../../api/session.ts';
import { paths } from '../../components/paths.ts';
import { buttonClass, PlainButton } from '../../components/plain/ui.tsx';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';
import { Deadline } from './Deadline.tsx';
import { EventItems } from './EventItems.tsx';
import { ListLoadFailed, ListLoading } from '../../components/plain/ListStates.tsx';
import { accountText, countsText, fromText, whenText, whoText } from './event-text.ts';
import { useNodeClock, useViewer } from './use-event-clock.ts';
import { useEventCsv } from './use-event-csv.ts';

function Summary({ event, data }: { event: DeletionEvent; data: OneEvent }) {
  const t = useT();
  const m = t.events;
  const format = useFormat();
  const clock = useNodeClock();
  const account = accountText(event, t, data.accounts);
  const rows: [string, ReactNode][] = [
    [m.colWho, account ? `${whoText(event, t)} (${account})` : whoText(event, t)],
    [m.colFrom, fromText(event)],
    [m.colWhen, whenText(event, t, format)],
    [m.colItems, countsText(event, t, format)],
    [m.colDone, m.done(event.recovered, event.expunged)],
    [m.colDeadline, <Deadline key="deadline" at={event.deadline} clock={clock} />],
  ];
  return (
    <dl className="rb-details" aria-label={m.summaryLabel}>
      {rows.map(([term, value], i) => (
        <div key={term} className="rb-details-row">
          <dt id={`event-term-${String(i)}`}>{term}</dt>
          <dd aria-labelledby={`event-term-${String(i)}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Actions({ event, ownerOf }: { event: DeletionEvent; ownerOf: (uuid: string) => string }) {
  const m = useT().events;
  const left = event.items.filter((i) => i.state === 'deleted');
  const selection = {
    vm: left.filter((i) => i.kind === 'vm').map((i) => i.uuid),
    volume: left.filter((i) => i.kind === 'volume').map((i) => i.uuid),
    image: left.filter((i) => i.kind === 'image').map((i) => i.uuid),
  };
  const csv = useEventCsv(event, ownerOf);
  return (
    <div className="rb-row rb-no-print">
      {left.length > 0 ? (
        <Link className={buttonClass({ variant: 'contained' })} to={paths.restorePlan(selection, event.id)}>
          {m.planRestore}
        </Link>
      ) : (
        <p className="rb-p">{m.planNothing}</p>
      )}
      <PlainButton variant="outlined" aria-busy={csv.busy} onClick={() => void csv.exportCsv()}>
        {m.exportCsv}
      </PlainButton>
      <PlainButton variant="outlined" onClick={() => window.print()}>
        {m.print}
      </PlainButton>
      <span role="status" className="rb-muted">
        {csv.busy ? m.csvChecking : ''}
      </span>
    </div>
  );
}

function EventView({ data }: { data: OneEvent }) {
  const t = useT();
  const m = t.events;
  const format = useFormat();
  const { session } = useSession();
  const event = data.event;
  if (!event)
    return (
      <>
        <h1 id="event-title" className="rb-h4">
          {m.title}
        </h1>
        <p className="rb-p">{m.notFound}</p>
      </>
    );
  const ownerOf = (uuid: string) =>
    session?.isAdmin ? (data.owners.get(uuid) ?? '') : (session?.accountName ?? '');
  return (
    <>
      <h1 id="event-title" className="rb-h4">
        {m.eventTitle(whoText(event, t), whenText(event, t, format))}
      </h1>
      <Summary event={event} data={data} />
      <Actions event={event} ownerOf={ownerOf} />
      <h2 className="rb-h6">{m.items}</h2>
      <EventItems event={event} ownerOf={ownerOf} />
    </>
  );
}

export function EventPage() {
  const m = useT().events;
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const gap = gapFrom(search.get('gap'));
  const one = useQuery(eventQueries.one(useApi(), useViewer(), id, gap));
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);
  return (
    <section className="rb-stack" aria-labelledby="event-title">
      <p className="rb-no-print">
        <Link className="rb-text-link" to={paths.events}>
          {m.allEvents}
        </Link>
      </p>
      {one.isPending && <ListLoading label={m.loading} rows={4} />}
      {one.isError && (
        <ListLoadFailed error={one.error} title={m.loadFailed} onRetry={() => void one.refetch()} />
      )}
      {one.data && <EventView data={one.data} />}
    </section>
  );
}
