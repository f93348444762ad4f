import type { Table } from './query-table.ts';
import { cluster, host, ipRange, l3, offering, primaryStorage, zone } from './queryable-infra.ts';
import { account, auditRecord, globalConfig, resourceRef } from './queryable-identity.ts';
import { backupStorage, image, localStorageRef } from './queryable-storage.ts';
import { vm, volume } from './queryable-vm.ts';

/** The query APIs the node serves, by their path under /v1 (`GET /v1/<path>` and `GET /v1/<path>/{uuid}`). */
export const QUERY_PATHS: Readonly<Record<string, Table>> = {
  'vm-instances': vm,
  volumes: volume,
  'l3-networks': l3,
  // APIQueryIpRangeMsg: /l3-networks/ip-ranges, matched before /l3-networks/{uuid}
  'l3-networks/ip-ranges': ipRange,
  hosts: host,
  zones: zone,
  clusters: cluster,
  'primary-storage': primaryStorage,
  // APIQueryLocalStorageResourceRefMsg, matched before /primary-storage/{uuid} (http/routes.ts)
  'primary-storage/local-storage/resource-refs': localStorageRef,
  images: image,
  'backup-storage': backupStorage,
  'instance-offerings': offering,
  'global-configurations': globalConfig,
  accounts: account,
  'accounts/resources/refs': resourceRef,
  // served only while the audit API is on (SimOptions.audit); http/routes.ts answers 404 otherwise
  'zwatch/audit-records': auditRecord,
};
