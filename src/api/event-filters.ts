// What the deletion events views are asked for: filters that live in the URL, and who is looking.
import { startOfDay } from './bin-filters.ts';
import { DEFAULT_GAP_MINUTES } from './deletion-events.ts';
import type { SessionSnapshot } from './session.ts';

export interface EventFilters {
  /** The audit log's operator name, or ''. */
  operator: string;
  /** First and last day (yyyy-mm-dd, the browser's days), or ''. */
  from: string;
  to: string;
  /** The longest pause, in minutes, between two deletions of one event. */
  gap: number;
}

export interface Viewer {
  isAdmin: boolean;
  accountUuid: string;
  offsetMinutes: number;
}

/** Who the session's user is, as the events queries key and filter by it. */
export function viewerOf({ session, offset }: Pick<SessionSnapshot, 'session' | 'offset'>): Viewer {
  return {
    isAdmin: session?.isAdmin ?? false,
    accountUuid: session?.accountUuid ?? '',
    offsetMinutes: offset.minutes,
  };
}

export const EVENTS_PAGE_SIZE = 20;
/** Gaps the view offers, in minutes. */
export const MAX_GAP_MINUTES = 24 * 60;

/** A gap from a URL: a whole number of minutes in 1..MAX_GAP_MINUTES, else the default. */
export function gapFrom(text: string | null): number {
  const n = Number(text);
  return text && Number.isInteger(n) && n >= 1 && n <= MAX_GAP_MINUTES ? n : DEFAULT_GAP_MINUTES;
}

/** The filters and 0-based page of a URL's query string (`by`, `from`, `to`, `gap`, `page`). */
export function eventParams(search: URLSearchParams): { filters: EventFilters; page: number } {
  const day = (name: string) => {
    const text = search.get(name) ?? '';
    return startOfDay(text) ? text : '';
  };
  const page = Number(search.get('page'));
  return {
    filters: {
      operator: search.get('by') ?? '',
      from: day('from'),
      to: day('to'),
      gap: gapFrom(search.get('gap')),
    },
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

export function eventSearch(filters: EventFilters, page: number): URLSearchParams {
  const s = new URLSearchParams();
  if (filters.operator) s.set('by', filters.operator);
  if (filters.from) s.set('from', filters.from);
  if (filters.to) s.set('to', filters.to);
  if (filters.gap !== DEFAULT_GAP_MINUTES) s.set('gap', String(filters.gap));
  if (page > 0) s.set('page', String(page + 1));
  return s;
}
