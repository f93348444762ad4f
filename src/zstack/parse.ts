// Boundary parsing: everything ZStack sends is untrusted until it has passed one of these schemas.
import * as v from 'valibot';
import { readServerTime } from './dates.ts';
import { ZStackError } from './errors.ts';

// The client drops `null` members before parsing (Gson omits them; other servers may send them), so here
// "optional" only has to mean absent.

/** An optional field. */
export function opt<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(schema);
}

/** A list that may be absent: always an array afterwards. */
export function listOf<TSchema extends v.GenericSchema>(item: TSchema) {
  return v.optional(v.array(item), []);
}

/** Gson writes longs as integers; its old doc generator wrote `8.589934592E9`. JSON.parse reads both. */
export const num = v.pipe(v.number(), v.finite());

/** A Gson date (management-node wall clock) as a ServerTime; the session's offset makes it an instant. */
export const zsDate = v.pipe(
  v.union([v.string(), v.number()]),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const d = readServerTime(dataset.value);
    if (!d) {
      addIssue({ message: `not a date: ${String(dataset.value).slice(0, 40)}` });
      return NEVER;
    }
    return d;
  }),
);

export function parseOrThrow<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  what: string,
  rawBody?: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw malformed(result.issues, what, '', rawBody);
}

function malformed(issues: readonly v.BaseIssue<unknown>[], what: string, at: string, rawBody?: string) {
  const first = issues[0];
  const path = [at, first ? (v.getDotPath(first) ?? '') : ''].filter(Boolean).join('.');
  const message = first?.message ?? 'unexpected shape';
  return new ZStackError('malformed', {
    details: `${what}: ${path ? `${path}: ` : ''}${message}`,
    ...(rawBody === undefined ? {} : { rawBody }),
  });
}

/**
 * A page's rows from `first` on, each by `schema`, as parseOrThrow would read them within the page: an issue names
 * its row by its place in the whole answer (`inventories.1234.createTime`).
 */
export function parseRows<TSchema extends v.GenericSchema>(
  schema: TSchema,
  rows: readonly unknown[],
  first: number,
  what: string,
  rawBody?: string,
): v.InferOutput<TSchema>[] {
  return rows.map((row, i) => {
    const result = v.safeParse(schema, row);
    if (result.success) return result.output;
    throw malformed(result.issues, what, `inventories.${first + i}`, rawBody);
  });
}
