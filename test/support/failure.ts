import { ZStackError } from '../../src/zstack/errors.ts';

/** The ZStackError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<ZStackError> {
  const e: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(e instanceof ZStackError)) throw new Error(`expected a ZStackError, got ${String(e)}`);
  return e;
}
