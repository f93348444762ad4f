// Deletion events: what was deleted together, newest first, with who, from where, what and the deadline of what
// is left. Filters and page live in the URL; `?around=<uuid>` (a bin row's "deleted by") goes to that row's event.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { type EventFilters, eventParams, eventSearch, gapFrom } from '../../api/event-filters.ts';
import { eventQueries } from '../../api/events.ts';
import { useApi } from '../../api/session.ts';
import { useAnswer } from '../../api/use-answer.ts';
import { paths } from '../../components/paths.ts';
import { ListLoadFailed, ListLoading } from '../../components/plain/ListStates.tsx';
import { PlainButton } from '../../components/plain/ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/events.ts';
import { EventFilterBar } from './EventFilterBar.tsx';
import { EventsTable } from './EventsTable.tsx';
import { useNodeClock, useViewer } from './use-event-clock.ts';

function Around({ uuid, gap }: { uuid: string; gap: number }) {
  const m = useT().events;
  const found = useQuery(eventQueries.around(useApi(), useViewer(), uuid, gap));
  if (found.data) return <Navigate replace to={paths.event(found.data, gap)} />;
  if (found.isError)
    return <ListLoadFailed error={found.error} title={m.loadFailed} onRetry={() => void found.refetch()} />;
  if (found.data === null)
    return (
      <p className="rb-p">
        {m.noEventFor}{' '}
        <Link className="rb-text-link" to={paths.events}>
          {m.allEvents}
        </Link>
      </p>
    );
  return <ListLoading label={m.finding} rows={4} />;
}

function PageButtons({ page, more, onPage }: { page: number; more: boolean; onPage: (p: number) => void }) {
  const t = useT();
  const m = t.events;
  if (page === 0 && !more) return null;
  return (
    <nav aria-label={t.common.pages} className="rb-row">
      <PlainButton disabled={page === 0} onClick={() => onPage(page - 1)}>
        {m.newer}
      </PlainButton>
      <span className="rb-body2">{m.pageNumber(page + 1)}</span>
      <PlainButton disabled={!more} onClick={() => onPage(page + 1)}>
        {m.older}
      </PlainButton>
    </nav>
  );
}

function EventList() {
  const m = useT().events;
  const [search, setSearch] = useSearchParams();
  const { filters, page } = eventParams(search);
  const viewer = useViewer();
  const clock = useNodeClock();
  // Each answer renders in the background (a page of events is a few hundred elements): see use-answer.ts.
  const list = useDeferredValue(
    useAnswer(useQuery({ ...eventQueries.page(useApi(), viewer, filters, page), placeholderData: (p) => p })),
  );
  const go = (f: EventFilters, p: number) => setSearch(eventSearch(f, p));
  const mode = list.data?.mode;
  return (
    <>
      <p className="rb-p">{mode === 'account' ? m.introAccount : m.intro}</p>
      {mode === 'audit' && !viewer.isAdmin && <p className="rb-p">{m.introOwn}</p>}
      <EventFilterBar filters={filters} operators={mode !== 'account'} onChange={(f) => go(f, 0)} />
      {list.isPending && <ListLoading label={m.loading} rows={4} />}
      {list.isError && (
        <ListLoadFailed error={list.error} title={m.loadFailed} onRetry={() => void list.refetch()} />
      )}
      {list.data?.events.length === 0 && <p className="rb-p">{m.empty}</p>}
      {list.data && list.data.events.length > 0 && (
        <EventsTable
          events={list.data.events}
          accounts={list.data.accounts}
          gap={filters.gap}
          clock={clock}
        />
      )}
      {list.data && <PageButtons page={page} more={list.data.more} onPage={(p) => go(filters, p)} />}
    </>
  );
}

export function EventsPage() {
  const m = useT().events;
  const [search] = useSearchParams();
  const around = search.get('around');
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);
  return (
    <section className="rb-stack" aria-labelledby="events-title">
      <h1 id="events-title" className="rb-h4">
        {m.title}
      </h1>
      {around ? <Around uuid={around} gap={gapFrom(search.get('gap'))} /> : <EventList />}
    </section>
  );
}
