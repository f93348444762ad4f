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
  const first = result.issues[0];
  const path = first ? (v.getDotPath(first) ?? '') : '';
  const message = first?.message ?? 'unexpected shape';
  throw new ZStackError('malformed', {
    details: `${what}: ${path ? `${path}: ` : ''}${message}`,
    ...(rawBody === undefined ? {} : { rawBody }),
  });
}
