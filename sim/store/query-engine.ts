import { argerr, err, type ErrorCode } from './error-codes.ts';
import { gsonDate, parseDateValue, type JsonObject } from './gson.ts';
import type { InvCtx } from './inventory-context.ts';
import type { FieldType, Scalar, Table } from './query-table.ts';
import { buildSchema } from './schema.ts';
import type { Store } from './store.ts';

export type Op = '!=' | '>=' | '<=' | '!?=' | '!~=' | '~=' | '?=' | '=' | '>' | '<' | 'is null' | 'not null';
/** RestServer.QUERY_OP_MAPPING order: the first operator contained in the condition wins. */
export const OPS: readonly Op[] = [
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
const OP_NAMES: Record<Op, string> = {
  '!=': '!=',
  '>=': '>=',
  '<=': '<=',
  '!?=': 'not in',
  '!~=': 'not like',
  '~=': 'like',
  '?=': 'in',
  '=': '=',
  '>': '>',
  '<': '<',
  'is null': 'is null',
  'not null': 'is not null',
};

export type Cond = { field: string; op: Op; value: string };
export type QueryParams = {
  conds: Cond[];
  limit: number;
  start: number;
  count: boolean;
  replyWithCount: boolean;
  sort?: { field: string; desc: boolean };
  fields?: string[];
};

/** commons-lang StringUtils.splitByWholeSeparator(str, sep, 2): empty tokens are skipped. */
function splitOnce(str: string, sep: string): string[] {
  const out: string[] = [];
  let beg = 0;
  while (beg < str.length) {
    const end = str.indexOf(sep, beg);
    if (end < 0) {
      out.push(str.slice(beg));
      break;
    }
    if (end > beg) {
      if (out.length === 1) {
        out.push(str.slice(beg));
        break;
      }
      out.push(str.slice(beg, end));
    }
    beg = end + sep.length;
  }
  return out;
}

const JAVA_INT = /^[+-]?\d+$/;
const javaInt = (v: string): number | undefined =>
  JAVA_INT.test(v) && Math.abs(Number(v)) <= 2 ** 31 - 1 ? Number(v) : undefined;

/** RestServer.handleQueryApi: returns a 400 text on malformed parameters. */
export function parseQueryParams(search: URLSearchParams): QueryParams | { badRequest: string } {
  const p: QueryParams = { conds: [], limit: 1000, start: 0, count: false, replyWithCount: false };
  const keys = [...new Set([...search.keys()])];
  for (const key of keys) {
    const name = key.trim();
    const values = search.getAll(key);
    const value = (values[0] ?? '').trim();
    if (name === 'limit' || name === 'start') {
      const n = javaInt(value);
      if (n === undefined) return { badRequest: `Invalid query parameter. '${name}' must be an integer` };
      p[name] = n;
    } else if (name === 'count') p.count = value.toLowerCase() === 'true';
    else if (name === 'replyWithCount') p.replyWithCount = value.toLowerCase() === 'true';
    else if (name === 'sort') {
      // a raw '+' arrives as a space and was trimmed above, which still means ascending
      const desc = value.startsWith('-');
      p.sort = { field: value.replace(/^[+-]+/, ''), desc };
    } else if (name === 'q' || name === '') {
      for (const cond of values) {
        const op = OPS.find((o) => cond.includes(o));
        if (op === undefined) {
          return {
            badRequest: `Invalid query parameter. The '${cond}' in the parameter[q] doesn't contain any query operator. Valid query operators are [${OPS.join(', ')}]`,
          };
        }
        const parts = splitOnce(cond, op);
        if (op === 'is null' || op === 'not null')
          p.conds.push({ field: (parts[0] ?? '').trim(), op, value: '' });
        else if (parts.length !== 2)
          return {
            badRequest: `Invalid query parameter. The '${cond}' in parameter[q] is not a key-value pair split by ${OP_NAMES[op]}`,
          };
        // the value is deliberately not trimmed: a space is valid in some conditions
        else p.conds.push({ field: (parts[0] ?? '').trim(), op, value: parts[1] ?? '' });
      }
    } else if (name === 'fields') {
      p.fields = value.split(',').map((f) => f.trim());
    }
    // sortBy, sortDirection, condition and anything else are ignored by the REST layer
  }
  return p;
}

type Pred = (row: unknown) => boolean;

// Zero-padded only (Timestamp.valueOf also takes a one-digit month or day; the console always pads).
const TIMESTAMP_VALUE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,9})?$/u;

const noField = (t: Table, f: string): ErrorCode =>
  argerr(`inventory class[class ${t.cls}] not having field[${f}]`);

function likeRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length)
      re += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  // MySQL's default utf8 collation compares case-insensitively, LIKE included
  return new RegExp(`^${re}$`, 'is');
}

/** A comparable key for a column value; strings fold case like utf8_general_ci. */
function key(type: FieldType, v: string | number | boolean, tz: number): string | number | undefined {
  if (type === 'string') return String(v).toLowerCase();
  if (type === 'number') {
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    return Number.isNaN(n) ? undefined : n;
  }
  if (type === 'date') return typeof v === 'number' ? v : parseDateValue(String(v), tz);
  return typeof v === 'boolean' ? (v ? 1 : 0) : String(v).trim().toLowerCase() === 'true' ? 1 : 0;
}

function leaf(t: Table, field: string, op: Op, value: string, store: Store, tz: number): Pred | ErrorCode {
  const type = t.fieldType(field);
  if (type === undefined) return noField(t, field);
  const get = (row: unknown): Scalar => t.value(row, field, store);
  if (op === 'is null') return (r) => get(r) === undefined;
  if (op === 'not null') return (r) => get(r) !== undefined;
  if (op === '~=' || op === '!~=') {
    const re = likeRegex(value);
    const text = (v: string | number | boolean): string =>
      type === 'date' && typeof v === 'number' ? gsonDate(v, tz) : String(v);
    // SQL three-valued logic: NULL never matches LIKE nor NOT LIKE
    return op === '~='
      ? (r) => {
          const v = get(r);
          return v !== undefined && re.test(text(v));
        }
      : (r) => {
          const v = get(r);
          return v !== undefined && !re.test(text(v));
        };
  }
  if (op === '?=' || op === '!?=') {
    const set = new Set(value.split(',').map((v) => key(type, v, tz)));
    const neg = op === '!?=';
    return (r) => {
      const v = get(r);
      return v !== undefined && set.has(key(type, v, tz)) !== neg;
    };
  }
  // MysqlQueryBuilderImpl3.doNormalizeValue reads a Timestamp column's value with Timestamp.valueOf: only
  // `yyyy-[m]m-[d]d hh:mm:ss[.f…]` (node time) parses; anything else (a Gson date, epoch ms) fails the query.
  if (type === 'date' && !TIMESTAMP_VALUE.test(value))
    return err(
      'SYS.1000',
      `failed to parse value[${value}], error: [Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]]`,
    );
  const want = key(type, value, tz);
  if (want === undefined) return op === '!=' ? (r) => get(r) !== undefined : () => false;
  const cmp = (r: unknown): number | undefined => {
    const v = get(r);
    if (v === undefined) return undefined;
    const k = key(type, v, tz);
    if (k === undefined) return undefined;
    return k < want ? -1 : k > want ? 1 : 0;
  };
  const test: Record<'=' | '!=' | '>' | '>=' | '<' | '<=', (c: number) => boolean> = {
    '=': (c) => c === 0,
    '!=': (c) => c !== 0,
    '>': (c) => c > 0,
    '>=': (c) => c >= 0,
    '<': (c) => c < 0,
    '<=': (c) => c <= 0,
  };
  const t2 = test[op];
  return (r) => {
    const c = cmp(r);
    return c !== undefined && t2(c);
  };
}

/** `vmNics.l3Network.name=x` becomes "some related row matches", as ZQL's sub-selects do. */
function compile(t: Table, cond: Cond, store: Store, tz: number): Pred | ErrorCode {
  const path = cond.field.split('.');
  const field = path.pop() ?? '';
  if (path.length === 0) return leaf(t, field, cond.op, cond.value, store, tz);
  const chain: ((row: unknown) => unknown[])[] = [];
  let cur = t;
  for (const name of path) {
    const e = cur.expansion(name);
    if (!e)
      return argerr(
        `invalid nested query condition[${cond.field}] on class ${cur.cls},the expanded target[class ${cur.cls}] have no expanded query[${name}]`,
      );
    chain.push((row) => e.rows(row, store));
    cur = e.table;
  }
  const pred = leaf(cur, field, cond.op, cond.value, store, tz);
  if (typeof pred !== 'function') return pred;
  const walk = (rows: unknown[], depth: number): boolean => {
    const step = chain[depth];
    if (!step) return rows.some(pred);
    return rows.some((r) => walk(step(r), depth + 1));
  };
  return (row) => walk([row], 0);
}

export type QueryResult = { ok: true; body: JsonObject } | { ok: false; error: ErrorCode };

/** Runs an APIQueryMessage the way ZQL does: visibility, conditions, count, sort, paging, fields, schema. */
export function runQuery(t: Table, p: QueryParams, ctx: InvCtx, accountUuid: string): QueryResult {
  const preds: Pred[] = [];
  for (const c of p.conds) {
    const pred = compile(t, c, ctx.store, ctx.tz);
    if (typeof pred !== 'function') return { ok: false, error: pred };
    preds.push(pred);
  }
  if (p.sort && t.fieldType(p.sort.field) === undefined)
    return { ok: false, error: noField(t, p.sort.field) };
  for (const f of p.fields ?? [])
    if (t.fieldType(f) === undefined) return { ok: false, error: noField(t, f) };

  let rows = t
    .rows(ctx.store)
    .filter((r) => t.visible(r, ctx.store, accountUuid) && preds.every((pred) => pred(r)));
  if (p.count) return { ok: true, body: { total: rows.length, schema: {} } };
  const sort = p.sort;
  if (sort) {
    const type = t.fieldType(sort.field) ?? 'string';
    const keyed = rows.map((r) => {
      const v = t.value(r, sort.field, ctx.store);
      return { r, k: v === undefined ? undefined : key(type, v, ctx.tz) };
    });
    // MySQL sorts NULL first ascending and last descending; Array.sort is stable for ties
    keyed.sort((a, b) => {
      if (a.k === b.k) return 0;
      if (a.k === undefined) return sort.desc ? 1 : -1;
      if (b.k === undefined) return sort.desc ? -1 : 1;
      const c = a.k < b.k ? -1 : 1;
      return sort.desc ? -c : c;
    });
    rows = keyed.map((x) => x.r);
  }
  const start = Math.max(0, p.start);
  const page = rows.slice(start, start + Math.max(0, p.limit));
  const inventories = page.map((r) => {
    const inv = t.inv(ctx, r);
    if (!p.fields) return inv;
    const picked: JsonObject = {};
    for (const f of p.fields) picked[f] = inv[f];
    return picked;
  });
  const schema = buildSchema('inventories', inventories, t.schema);
  const body: JsonObject = { inventories };
  if (p.replyWithCount) body['total'] = rows.length;
  body['schema'] = schema;
  return { ok: true, body };
}
