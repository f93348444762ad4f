import { accountInv, globalConfigInv, refInv } from './inventories-identity.ts';
import { DATES, defineTable } from './query-table.ts';
import { GLOBAL_CONFIG_SCHEMA } from './schema.ts';

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
