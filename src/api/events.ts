// Deletion events as the views need them (docs/zstack-protocol.md#deletion-events). With the audit log the deletions
// are its rows of the three delete APIs, read newest first in chunks with only the fields the grouping needs, so
// the first page of events costs one chunk plus a few batched queries of where its items are now, whatever the
// size of the log. Without it, events are built from the bins themselves (events-without-audit.ts).
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { breathe } from '../lib/main-thread.ts';
import { query } from '../zstack/endpoints.ts';
import { type Condition, eq, inList } from '../zstack/query.ts';
import { auditQueries } from './audit.ts';
import {
  type DeletionEvent,
  type DeletionRecord,
  type EventWho,
  groupDeletions,
  parseEventId,
} from './deletion-events.ts';
import { type EventFilters, EVENTS_PAGE_SIZE, type Viewer } from './event-filters.ts';
import { type ResolveContext, resolveRecords } from './event-items.ts';
import { auditRows, dayRange, DELETES, FIELDS, MAX_ROWS, type Row, rowsOf, toRow } from './event-rows.ts';
import { accountEvents, ownersOf } from './events-without-audit.ts';
import { retentionQueries } from './retention.ts';
import { type Api, scopeKey } from './session.ts';

/**
 * Audit rows per request: one chunk holds the first page of events even when an event is hundreds of deletions (a
 * script, a bulk expunge of a project); with `fields=` a row is about 400 bytes.
 */
const CHUNK = 2000;

export type EventMode = 'audit' | 'account';

const chunkQuery = (api: Api, conditions: readonly Condition[], index: number) =>
  queryOptions({
    queryKey: [...scopeKey(api), 'events', 'audit-chunk', conditions, index] as const,
    queryFn: ({ signal }) =>
      auditRows(api, conditions, { index, size: CHUNK, direction: 'desc' }, signal).then((rows) => ({
        rows,
        full: rows.length === CHUNK,
      })),
    staleTime: 30_000,
  });

function latestOf(rows: readonly Row[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of rows) {
    const seen = latest.get(r.uuid);
    if (seen === undefined || r.at > seen) latest.set(r.uuid, r.at);
  }
  return latest;
}

/** The events of `rows` with where their items are now and the volumes that went with their VMs. */
async function resolveEvents(
  ctx: ResolveContext,
  events: readonly DeletionEvent[],
  rows: readonly Row[],
  gap: number,
) {
  const byRecord = new Map<DeletionRecord, Row>();
  for (const r of rows) byRecord.set(r, r);
  const records = events.flatMap((e) => e.items.flatMap((i) => byRecord.get(i) ?? []));
  const resolved = await resolveRecords(ctx, records, latestOf(rows));
  await breathe();
  return groupDeletions(resolved, { audit: true, gapMinutes: gap });
}

export interface EventsPage {
  mode: EventMode;
  events: DeletionEvent[];
  /** Whether older events follow this page. */
  more: boolean;
  /** Account names by uuid (events by account). */
  accounts: ReadonlyMap<string, string>;
}

const auditConditions = (f: EventFilters) => [
  ...(f.operator ? [eq('operator', f.operator)] : []),
  ...dayRange(f),
];

/**
 * The events of page `page`, newest first. Chunks are read until the events up to this page are settled: an event
 * is settled once a row older than its first deletion by more than the gap has been read (or the log is done).
 * Events are ordered by their last deletion, which is known from the first row read of them.
 */
async function auditPage(
  qc: QueryClient,
  ctx: ResolveContext,
  f: EventFilters,
  page: number,
): Promise<EventsPage> {
  const conditions = auditConditions(f);
  const want = (page + 1) * EVENTS_PAGE_SIZE;
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (let index = 0; ; index += 1) {
    const chunk = await qc.fetchQuery(chunkQuery(ctx.api, conditions, index));
    for (const r of chunk.rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      rows.push(r);
    }
    const done = !chunk.full || rows.length >= MAX_ROWS;
    await breathe();
    const events = groupDeletions(rows, { audit: true, gapMinutes: f.gap });
    const oldest = rows.at(-1)?.at ?? 0;
    const open = done ? -1 : events.findIndex((e) => e.first - f.gap * 60_000 <= oldest);
    const settled = open === -1 ? events : events.slice(0, open);
    if (done || settled.length > want) {
      const shown = settled.slice(page * EVENTS_PAGE_SIZE, want);
      await breathe();
      const resolved = await resolveEvents(ctx, shown, rows, f.gap);
      return { mode: 'audit', events: resolved, more: settled.length > want || !done, accounts: new Map() };
    }
  }
}

/**
 * The event of `who` that `match` picks, read from the rows around `at`: the window widens until the event lies
 * inside it with a gap to spare on both sides (its first and last deletions are then certain).
 */
async function eventAround(
  ctx: ResolveContext,
  who: EventWho,
  at: number,
  gap: number,
  match: (e: DeletionEvent) => boolean,
) {
  const gapMs = gap * 60_000;
  for (let span = Math.max(6 * gapMs, 6 * 3_600_000), tries = 0; tries < 6; span *= 4, tries += 1) {
    const rows = await rowsOf(ctx.api, who, at - span, at + span, ctx.signal);
    const found = groupDeletions(rows, { audit: true, gapMinutes: gap }).find(match);
    if (!found) return undefined;
    if (found.first - gapMs > at - span && found.last + gapMs < at + span)
      return (await resolveEvents(ctx, [found], rows, gap)).find(match) ?? found;
  }
  return undefined;
}

async function context(qc: QueryClient, api: Api, viewer: Viewer, signal: AbortSignal) {
  const [support, retentions] = await Promise.all([
    qc.fetchQuery(auditQueries.support(api)),
    qc.fetchQuery(retentionQueries.configs(api)),
  ]);
  const ctx: ResolveContext = { api, retentions, offsetMinutes: viewer.offsetMinutes, signal };
  return { mode: support === 'present' ? ('audit' as const) : ('account' as const), ctx };
}

export interface OneEvent {
  mode: EventMode;
  event: DeletionEvent | undefined;
  /** The owning account's name of each item (admin); a normal account owns what it sees. */
  owners: ReadonlyMap<string, string>;
  accounts: ReadonlyMap<string, string>;
}

export const eventQueries = {
  all: (api: Api) => [...scopeKey(api), 'events'] as const,
  page: (api: Api, viewer: Viewer, f: EventFilters, page: number) =>
    queryOptions({
      queryKey: [...eventQueries.all(api), 'page', viewer, f, page] as const,
      queryFn: async ({ signal, client: qc }): Promise<EventsPage> => {
        // The log's first chunk leaves with the probe, not after it: one round trip less before the first page
        // where the node has the log. Where it has none, the chunk's failure is dropped and never shown.
        const support = qc.getQueryData(auditQueries.support(api).queryKey);
        if (support === undefined || support === 'present')
          void qc.prefetchQuery(chunkQuery(api, auditConditions(f), 0));
        const { mode, ctx } = await context(qc, api, viewer, signal);
        if (mode === 'audit') return auditPage(qc, ctx, f, page);
        const { events, accounts } = await accountEvents(ctx, viewer, f);
        const shown = events.slice(page * EVENTS_PAGE_SIZE, (page + 1) * EVENTS_PAGE_SIZE);
        return { mode, events: shown, more: events.length > (page + 1) * EVENTS_PAGE_SIZE, accounts };
      },
      staleTime: 30_000,
    }),
  one: (api: Api, viewer: Viewer, id: string, gap: number) =>
    queryOptions({
      queryKey: [...eventQueries.all(api), 'one', viewer, id, gap] as const,
      queryFn: async ({ signal, client: qc }): Promise<OneEvent> => {
        const { mode, ctx } = await context(qc, api, viewer, signal);
        const parsed = parseEventId(id, mode === 'audit');
        let event: DeletionEvent | undefined;
        let accounts: ReadonlyMap<string, string> = new Map();
        if (parsed && mode === 'audit') {
          const at = parsed.firstSecond * 1000 + 999;
          event = await eventAround(ctx, parsed.who, at, gap, (e) => e.id === id);
        } else if (parsed) {
          const all = await accountEvents(ctx, viewer, { operator: '', from: '', to: '', gap });
          event = all.events.find((e) => e.id === id);
          accounts = all.accounts;
        }
        const owners =
          event && viewer.isAdmin
            ? await ownersOf(
                ctx,
                event.items.map((i) => i.uuid),
              )
            : new Map();
        return { mode, event, owners, accounts };
      },
      staleTime: 30_000,
    }),
  /** The id of the event holding the latest deletion of `uuid` in the audit log, or null. */
  around: (api: Api, viewer: Viewer, uuid: string, gap: number) =>
    queryOptions({
      queryKey: [...eventQueries.all(api), 'around', viewer, uuid, gap] as const,
      queryFn: async ({ signal, client: qc }): Promise<string | null> => {
        const { mode, ctx } = await context(qc, api, viewer, signal);
        if (mode !== 'audit') return null;
        const latest = await query(
          api.client,
          'auditRecords',
          {
            conditions: [eq('resourceUuid', uuid), inList('apiName', DELETES)],
            sort: { field: 'createTime', direction: 'desc' },
            limit: 1,
            fields: FIELDS,
          },
          signal,
        );
        const row = toRow(latest.inventories[0]);
        if (!row) return null;
        const who: EventWho = {
          kind: 'operator',
          operator: row.operator ?? '',
          clientIp: row.clientIp ?? '',
        };
        const hit = (e: DeletionEvent) => e.items.some((i) => i.uuid === uuid && i.at === row.at);
        return (await eventAround(ctx, who, row.at, gap, hit))?.id ?? null;
      },
      staleTime: 30_000,
    }),
};
