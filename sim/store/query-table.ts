import type { JsonObject } from './gson.ts';
import type { InvCtx } from './inventory-context.ts';
import type { SchemaNode } from './schema.ts';
import { ADMIN_UUID, type Store } from './store.ts';

export type FieldType = 'string' | 'number' | 'date' | 'boolean';
export type Scalar = string | number | boolean | undefined;

/** A queryable inventory with its rows type-erased, so the engine can walk expanded queries generically. */
export type Table = {
  cls: string;
  schema: SchemaNode;
  fieldType(name: string): FieldType | undefined;
  value(row: unknown, name: string, store: Store): Scalar;
  /** Expanded query (`vmNics.mac`): the related rows and their table. */
  expansion(name: string): { table: Table; rows(row: unknown, store: Store): unknown[] } | undefined;
  rows(store: Store): unknown[];
  visible(row: unknown, store: Store, accountUuid: string): boolean;
  inv(ctx: InvCtx, row: unknown): JsonObject;
  /** Field names in inventory order, for `fields=` validation. */
  fieldNames(): string[];
};

type Def<R> = {
  cls: string;
  schema?: SchemaNode;
  fields: Partial<Record<FieldType, string[]>>;
  computed?: Record<string, { type: FieldType; get(r: R, s: Store): Scalar }>;
  expands?: Record<string, { table: () => Table; rows(r: R, s: Store): unknown[] }>;
  rows(s: Store): R[];
  /** Who sees a row besides the admin; a function for rules the named ones do not cover. */
  visibility?: 'all' | 'ref' | 'self' | 'refOwner' | ((r: R, s: Store, accountUuid: string) => boolean);
  inv(ctx: InvCtx, r: R): JsonObject;
};

const scalar = (v: unknown): Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;

export function defineTable<R extends Record<string, unknown>>(def: Def<R>): Table {
  const types = new Map<string, FieldType>();
  for (const [type, names] of Object.entries(def.fields) as [FieldType, string[]][])
    for (const n of names) types.set(n, type);
  for (const [n, c] of Object.entries(def.computed ?? {})) types.set(n, c.type);
  // every row reaching these closures came from def.rows(), so the assertion only restores the erased type
  const row = (r: unknown): R => r as R;
  return {
    cls: def.cls,
    schema: def.schema ?? { cls: def.cls },
    fieldType: (name) => types.get(name),
    value(r, name, s) {
      const c = def.computed?.[name];
      return c ? c.get(row(r), s) : scalar(row(r)[name]);
    },
    expansion(name) {
      const e = def.expands?.[name];
      return e ? { table: e.table(), rows: (r, s) => e.rows(row(r), s) } : undefined;
    },
    rows: (s) => def.rows(s),
    visible(r, s, account) {
      if (account === ADMIN_UUID) return true;
      const rec = row(r);
      const rule = def.visibility ?? 'all';
      if (typeof rule === 'function') return rule(rec, s, account);
      switch (rule) {
        case 'all':
          return true;
        case 'self':
          return rec['uuid'] === account;
        case 'refOwner':
          return rec['ownerAccountUuid'] === account;
        case 'ref': {
          // IdentityZQLExtension: rows owned by someone else are hidden unless shared to the caller or to
          // everyone (SharedResourceVO); rows without a ref are not filtered
          const uuid = typeof rec['uuid'] === 'string' ? rec['uuid'] : '';
          const owner = s.ownerOf(uuid);
          return owner === undefined || owner === account || s.isSharedWith(uuid, account, 1);
        }
      }
    },
    inv: (ctx, r) => def.inv(ctx, row(r)),
    fieldNames: () => [...types.keys()],
  };
}

export const lookup = <T>(map: Map<string, T>, key: string | undefined): T[] => {
  const v = key === undefined ? undefined : map.get(key);
  return v === undefined ? [] : [v];
};

export const DATES = ['createDate', 'lastOpDate'];
