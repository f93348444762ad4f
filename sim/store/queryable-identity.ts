import { accountInv, auditInv, globalConfigInv, refInv } from './inventories-identity.ts';
import { DATES, defineTable } from './query-table.ts';
import { AUDIT_SCHEMA, GLOBAL_CONFIG_SCHEMA } from './schema.ts';
import type { AuditRec } from './records-identity.ts';
import { ADMIN_UUID } from './store.ts';

// GlobalConfigInventory has no uuid, so the /{uuid} form fails as an unknown field (unconfirmed)
export const globalConfig = defineTable({
  cls: 'org.zstack.core.config.GlobalConfigInventory',
  schema: GLOBAL_CONFIG_SCHEMA,
  fields: { string: ['name', 'category', 'description', 'defaultValue', 'value'], number: ['id'] },
  rows: (s) => s.globalConfigs,
  inv: globalConfigInv,
});
export const account = defineTable({
  cls: 'org.zstack.header.identity.AccountInventory',
  fields: { string: ['uuid', 'name', 'description', 'type', 'state'], date: DATES },
  rows: (s) => [...s.accounts.values()],
  // a normal account sees only its own AccountVO (unconfirmed: IdentityZQLExtension owns no ref for it)
  visibility: 'self',
  inv: accountInv,
});
export const resourceRef = defineTable({
  cls: 'org.zstack.header.identity.AccountResourceRefInventory',
  fields: {
    string: ['uuid', 'accountUuid', 'ownerAccountUuid', 'resourceUuid', 'resourceType'],
    number: ['permission'],
    boolean: ['isShared'],
    date: DATES,
  },
  rows: (s) => [...s.refs.values()],
  // refs are filtered to the caller's own, so other accounts' VM uuids do not leak (unconfirmed)
  visibility: 'refOwner',
  inv: refInv,
});

/** Who may read an audit row: the admin everything, a normal account what it did itself (unconfirmed). */
export const auditVisible = (a: AuditRec, accountUuid: string): boolean =>
  accountUuid === ADMIN_UUID || a.operatorAccountUuid === accountUuid;

/**
 * QueryAudit (`/zwatch/audit-records`, ZStack Cloud only; element type and RBAC unconfirmed,
 * docs/zstack-protocol.md#audit-api): the admin sees every row, a normal account only what it did itself.
 */
export const auditRecord = defineTable({
  cls: AUDIT_SCHEMA.cls,
  schema: AUDIT_SCHEMA,
  fields: {
    string: [
      'apiName',
      'clientBrowser',
      'clientIp',
      'error',
      'operator',
      'requestDump',
      'resourceUuid',
      'requestUuid',
      'operatorAccountUuid',
      'responseDump',
      'resourceType',
      'responseUuid',
      'resourceName',
    ],
    number: ['id', 'createTime', 'startTime', 'duration'],
    boolean: ['success'],
  },
  rows: (s) => s.audits,
  visibility: (a, _s, account) => auditVisible(a, account),
  inv: auditInv,
});
