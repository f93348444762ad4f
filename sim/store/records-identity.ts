/** Accounts, ownership, sharing, sessions, global configs and audit rows. */

/** The quotas the simulator checks (docs/zstack-protocol.md#recover-data-volume, #recover-image). */
export type QuotaName = 'vm.totalNum' | 'volume.data.num' | 'image.size';

export type AccountRec = {
  uuid: string;
  name: string;
  description?: string;
  type: string;
  state: string;
  passwordHash: string;
  /** QuotaVO values that differ from the defaults (ops/quotas.ts), by quota name. */
  quotas: Partial<Record<QuotaName, number>>;
  createDate: number;
  lastOpDate: number;
};
export type RefRec = {
  uuid: string;
  accountUuid: string;
  ownerAccountUuid: string;
  resourceUuid: string;
  resourceType: string;
  permission: number;
  isShared: boolean;
  createDate: number;
  lastOpDate: number;
};
/** SharedResourceVO: a resource shared to one account or to everyone (toPublic). */
export type SharedResourceRec = {
  ownerAccountUuid: string;
  receiverAccountUuid?: string;
  toPublic: boolean;
  resourceUuid: string;
  resourceType: string;
  /** AccountConstant: 1 = read, 2 = write. */
  permission: number;
  createDate: number;
  lastOpDate: number;
};
export type SessionRec = {
  uuid: string;
  accountUuid: string;
  userUuid: string;
  userType: string;
  createDate: number;
  expiredDate: number;
};
export type GlobalConfigRec = {
  id: number;
  name: string;
  category: string;
  description: string;
  defaultValue: string;
  value: string;
};
/** AuditsVO as AuditsInventory renders it (ZStack Cloud's ZWatch; unconfirmed, docs/zstack-protocol.md#audit-api). */
export type AuditRec = {
  id: number;
  /** Epoch ms: when the API finished and the row was written. */
  createTime: number;
  /** Epoch ms: when the API was received. */
  startTime: number;
  apiName: string;
  clientBrowser?: string;
  clientIp: string;
  duration: number;
  error?: string;
  operator: string;
  requestDump: string;
  resourceUuid: string;
  requestUuid: string;
  operatorAccountUuid: string;
  responseDump: string;
  success: boolean;
  resourceType: string;
  responseUuid: string;
  resourceName?: string;
};
