// Queries by a list of values (`field?=a,b,c`), a batch of values per request, and reads that may fail without
// failing their caller: the building blocks of checks that must not cost one request per item.
import type { ZStackClient } from '../zstack/client.ts';
import { query } from '../zstack/endpoints.ts';
import { type Condition, inList } from '../zstack/query.ts';
import { batches } from './list-params.ts';

export type Kind = Parameters<typeof query>[1];

/** Every row matching `field ?= values`, a batch of uuids per request (one request for a plan of normal size). */
export async function byList<K extends Kind>(
  client: ZStackClient,
  kind: K,
  field: string,
  values: readonly string[],
  more: { conditions?: readonly Condition[]; fields?: readonly string[] },
  signal: AbortSignal | undefined,
) {
  const unique = [...new Set(values)];
  const pages = await Promise.all(
    batches(unique).map((batch) =>
      query(
        client,
        kind,
        {
          conditions: [inList(field, batch), ...(more.conditions ?? [])],
          ...(more.fields ? { fields: more.fields } : {}),
        },
        signal,
      ),
    ),
  );
  return pages.flatMap((p) => p.inventories);
}

/** The fact, or undefined when it could not be read (the plan says so instead of guessing). */
export async function maybe<T>(
  read: () => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (signal?.aborted) throw e;
    return undefined;
  }
}
