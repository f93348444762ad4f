import type { Json } from './gson.ts';

/**
 * Java class of each nested org.zstack object, for the `schema` map (docs/zstack-protocol.md#query-response).
 */
export type SchemaNode = {
  cls: string;
  /** In the Java class's field declaration order, which decides the key order of `schema`. */
  children?: Record<string, SchemaNode>;
};

const USED_IP: SchemaNode = { cls: 'org.zstack.header.network.l3.UsedIpInventory' };
export const VOLUME_SCHEMA: SchemaNode = { cls: 'org.zstack.header.volume.VolumeInventory' };
export const VM_SCHEMA: SchemaNode = {
  cls: 'org.zstack.header.vm.VmInstanceInventory',
  children: {
    vmNics: { cls: 'org.zstack.header.vm.VmNicInventory', children: { usedIps: USED_IP } },
    allVolumes: VOLUME_SCHEMA,
    vmCdRoms: { cls: 'org.zstack.header.vm.cdrom.VmCdRomInventory' },
  },
};
export const SESSION_SCHEMA: SchemaNode = { cls: 'org.zstack.header.identity.SessionInventory' };
export const GLOBAL_CONFIG_SCHEMA: SchemaNode = { cls: 'org.zstack.core.config.GlobalConfigInventory' };
export const IMAGE_SCHEMA: SchemaNode = {
  cls: 'org.zstack.header.image.ImageInventory',
  children: { backupStorageRefs: { cls: 'org.zstack.header.image.ImageBackupStorageRefInventory' } },
};
// the SDK's org.zstack.sdk.zwatch.migratedb.AuditsInventory mirrored into the server's package (unconfirmed)
export const AUDIT_SCHEMA: SchemaNode = { cls: 'org.zstack.zwatch.migratedb.AuditsInventory' };
/** GetAuditData's rows (the SDK maps this class to its zwatch.datatype.AuditData). */
export const AUDIT_DATA_SCHEMA: SchemaNode = { cls: 'org.zstack.zwatch.datatype.AuditData' };

/**
 * JsonSchemaBuilder.build() for one reply entry: a key per nested org.zstack object path, one per array index.
 * ZStack walks fields in declaration order and items in index order, recording each object after its children.
 */
export function buildSchema(key: string, value: Json | undefined, node: SchemaNode): Record<string, string> {
  const keys: [string, string][] = [];
  const walk = (path: string, v: Json | undefined, n: SchemaNode): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(`${path}[${i}]`, item, n));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [field, child] of Object.entries(n.children ?? {})) walk(`${path}.${field}`, v[field], child);
    keys.push([path, n.cls]);
  };
  walk(key, value, node);
  // then Collections.reverse(keys): every parent precedes its children, and siblings run last index/field first
  return Object.fromEntries(keys.reverse());
}
