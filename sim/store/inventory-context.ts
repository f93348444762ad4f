import { gsonDate } from './gson.ts';
import type { Store } from './store.ts';

/** How to render: the node's zone, and whether @APINoSee fields stay (action results) or go (query results). */
export type InvCtx = { store: Store; tz: number; noSee: boolean };

/** A date column as Gson writes it; NULL stays absent. */
export const wireDate = (ctx: InvCtx, ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : gsonDate(ms, ctx.tz);
