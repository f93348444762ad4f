// The query API's parameters: q=field<op>value (AND-ed), start, limit, sort, fields.
// docs/zstack-protocol.md#query-parameters and #query-conditions.

export type QueryOp =
  '=' | '!=' | '>' | '>=' | '<' | '<=' | '?=' | '!?=' | '~=' | '!~=' | 'is null' | 'not null';

/** The order in which the server looks for an operator: the first one contained anywhere in `q` wins. */
const SERVER_PRIORITY: readonly QueryOp[] = [
  '!=',
  '>=',
  '<=',
  '!?=',
  '!~=',
  '~=',
  '?=',
  '=',
  '>',
  '<',
  'is null',
  'not null',
];

export type Condition =
  | { field: string; op: Exclude<QueryOp, '?=' | '!?=' | 'is null' | 'not null'>; value: string | number }
  | { field: string; op: '?=' | '!?='; value: readonly (string | number)[] }
  | { field: string; op: 'is null' | 'not null' };

export interface QuerySpec {
  conditions?: readonly Condition[];
  start?: number;
  limit?: number;
  replyWithCount?: boolean;
  /** Only the count, no inventories. */
  count?: boolean;
  sort?: { field: string; direction: 'asc' | 'desc' };
  fields?: readonly string[];
}

export const eq = (field: string, value: string | number): Condition => ({ field, op: '=', value });
export const inList = (field: string, values: readonly (string | number)[]): Condition => ({
  field,
  op: '?=',
  value: values,
});
export const like = (field: string, pattern: string): Condition => ({ field, op: '~=', value: pattern });
/**
 * "The field contains `text`", with `%`, `_` and `\` in it matching themselves. ZStack's REST layer maps `~=` to
 * QueryOp.LIKE (RestServer), and its query builder (MysqlQueryBuilderImpl3) binds the value as a JPQL parameter in
 * `field like :value` with no ESCAPE clause, so the escape character is MySQL's default for LIKE, the backslash; a
 * bound parameter is not a string literal, so one backslash is enough.
 */
export const contains = (field: string, text: string): Condition =>
  like(field, `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
export const isNull = (field: string): Condition => ({ field, op: 'is null' });

export function conditionText(c: Condition): string {
  if (!('value' in c)) return `${c.field} ${c.op}`;
  return `${c.field}${c.op}${Array.isArray(c.value) ? c.value.join(',') : String(c.value)}`;
}

/**
 * The server has no escaping: it splits `q` at the first operator of the highest priority it contains. Returns
 * that operator when it is not the one meant (the server would read another condition), else undefined.
 */
export function misreadOperator(c: Condition): QueryOp | undefined {
  const text = conditionText(c);
  const found = SERVER_PRIORITY.find((op) => text.includes(op));
  const at = c.field.length + ('value' in c ? 0 : 1);
  return found === c.op && text.indexOf(found) === at ? undefined : (found ?? c.op);
}

/**
 * An account name the parser would split in the wrong place cannot be filtered by (the audit log's
 * `operator=<name>`): the operator it would misread, or undefined when it reads the name whole or it is blank.
 */
export const operatorNameMisread = (name: string) =>
  name.trim() ? misreadOperator(eq('operator', name.trim())) : undefined;

export function buildQuery(spec: QuerySpec): string {
  const parts: string[] = [];
  for (const c of spec.conditions ?? []) parts.push(`q=${encodeURIComponent(conditionText(c))}`);
  if (spec.start !== undefined) parts.push(`start=${Math.max(0, Math.trunc(spec.start))}`);
  if (spec.limit !== undefined) parts.push(`limit=${Math.max(0, Math.trunc(spec.limit))}`);
  if (spec.replyWithCount) parts.push('replyWithCount=true');
  if (spec.count) parts.push('count=true');
  // `+` must be encoded: a raw one decodes to a space (the server would trim it, but be exact).
  if (spec.sort)
    parts.push(
      `sort=${encodeURIComponent(`${spec.sort.direction === 'asc' ? '+' : '-'}${spec.sort.field}`)}`,
    );
  if (spec.fields?.length) parts.push(`fields=${encodeURIComponent(spec.fields.join(','))}`);
  return parts.join('&');
}
