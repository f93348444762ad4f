// Every page's address in one place: links and navigations build them here and the router matches the same
// patterns, so moving a page is one edit and a typo is a type error instead of a 404. Uuids come from the server:
// they are encoded, so a strange one cannot change the path.
import type { ResourceKind } from '../zstack/inventories.ts';

const BIN: Record<ResourceKind, string> = { vm: '/', volume: '/volumes', image: '/images' };
const PAGES: Record<ResourceKind, string> = { vm: '/vms', volume: '/volumes', image: '/images' };

/** Deleted items by kind, by uuid: what a restore plan is asked about. */
export type RestoreSelection = Record<ResourceKind, readonly string[]>;

const page = (kind: ResourceKind, uuid: string) => `${PAGES[kind]}/${encodeURIComponent(uuid)}`;

export const paths = {
  home: BIN.vm,
  login: '/login',
  settings: '/settings',
  retention: '/retention',
  expiring: '/expiring',
  /** Deletion events: what was deleted together (filters live in the query string). */
  events: '/events',
  /**
   * One deletion event, by its stable id (api/deletion-events.ts eventId): the address to paste into a ticket.
   * `gap` (minutes) when the events were grouped with another gap than the default (10, DEFAULT_GAP_MINUTES of
   * api/deletion-events.ts), which makes other events.
   */
  event: (id: string, gap?: number) =>
    `/events/${encodeURIComponent(id)}${gap === undefined || gap === 10 ? '' : `?gap=${String(gap)}`}`,
  /** The event holding the latest deletion of a resource (the events view finds it and goes there). */
  eventOf: (uuid: string) => `/events?around=${encodeURIComponent(uuid)}`,
  /**
   * The restore plan of some deleted items, checked before anything runs; `event` when it was opened from one (the
   * run is then labelled with it, so the event's report can show what its restore did).
   */
  restorePlan: (items: RestoreSelection, event?: string) => {
    const q = new URLSearchParams();
    if (event !== undefined) q.set('event', event);
    for (const kind of ['vm', 'volume', 'image'] as const)
      if (items[kind].length > 0) q.set(kind, items[kind].join(','));
    return `/restore?${q.toString()}`;
  },
  /** The recycle bin of one kind: the VM bin is the home page. */
  bin: (kind: ResourceKind) => BIN[kind],
  /** The page of one resource. */
  page,
  vm: (uuid: string) => page('vm', uuid),
  volume: (uuid: string) => page('volume', uuid),
  image: (uuid: string) => page('image', uuid),
};

/** The router's patterns for the same pages. */
export const routes = {
  home: BIN.vm,
  login: paths.login,
  settings: paths.settings,
  retention: paths.retention,
  expiring: paths.expiring,
  events: paths.events,
  event: '/events/:id',
  restorePlan: '/restore',
  volumes: BIN.volume,
  images: BIN.image,
  vm: `${PAGES.vm}/:uuid`,
  volume: `${PAGES.volume}/:uuid`,
  image: `${PAGES.image}/:uuid`,
} as const;

/** The three recycle bins' addresses (one section of the app bar). */
export const binPaths: readonly string[] = Object.values(BIN);

/**
 * What the recover dialog leaves in the history entry of the VM page it opens: the page then offers to start the
 * VM it has just recovered. History state survives reloads and can be anything, so it is read by shape, not cast.
 */
export interface VmPageState {
  recovered: true;
}

export const justRecovered: VmPageState = { recovered: true };

export function cameFromRecovery(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'recovered' in state && state.recovered === true;
}
