// Actions on ZStack resources (recover, expunge, start, attach): async jobs with exactly-once delivery
// (jobs.ts). Apart from the queries in endpoints.ts, so the first paint, which only lists, does not load the job
// machinery. Paths and bodies: docs/zstack-protocol.md.
import type * as v from 'valibot';
import type { ZStackClient } from './client.ts';
import {
  emptyReply,
  globalConfigSchema,
  imageSchema,
  inventoryReply,
  vmInstanceSchema,
  volumeSchema,
} from './inventories.ts';
import type { JobTiming } from './job-timing.ts';
import { type JobEvent, runAction } from './jobs.ts';

export interface ActionOptions {
  signal?: AbortSignal | undefined;
  followOnly?: boolean | undefined;
  timing?: Partial<JobTiming> | undefined;
  onEvent?: ((event: JobEvent) => void) | undefined;
  jobUuid?: string;
}

const vmReply = inventoryReply(vmInstanceSchema);
const volumeReply = inventoryReply(volumeSchema);
const imageReply = inventoryReply(imageSchema);

/** `PUT /v1/<resources>/{uuid}/actions` with `{"<action>": {...}}`: how ZStack takes most resource actions. */
function putAction<TSchema extends v.GenericSchema>(
  client: ZStackClient,
  resources: string,
  uuid: string,
  body: Record<string, unknown>,
  schema: TSchema,
  what: string,
  options: ActionOptions,
) {
  return runAction(client, {
    method: 'PUT',
    path: `/v1/${resources}/${encodeURIComponent(uuid)}/actions`,
    body,
    schema,
    what,
    ...options,
  });
}

export const recoverVm = (client: ZStackClient, uuid: string, options: ActionOptions = {}) =>
  putAction(client, 'vm-instances', uuid, { recoverVmInstance: {} }, vmReply, 'Recover VM', options);

export const startVm = (client: ZStackClient, uuid: string, options: ActionOptions = {}) =>
  putAction(client, 'vm-instances', uuid, { startVmInstance: {} }, vmReply, 'Start VM', options);

/** SetVmStaticIp: the address the VM's NIC on that L3 network takes at its next start (docs/zstack-protocol.md#checking-a-restore). */
export const setVmStaticIp = (
  client: ZStackClient,
  uuid: string,
  { l3NetworkUuid, ip }: { l3NetworkUuid: string; ip: string },
  options: ActionOptions = {},
) =>
  putAction(
    client,
    'vm-instances',
    uuid,
    { setVmStaticIp: { l3NetworkUuid, ip } },
    emptyReply,
    'Set static IP',
    options,
  );

export const expungeVm = (client: ZStackClient, uuid: string, options: ActionOptions = {}) =>
  putAction(client, 'vm-instances', uuid, { expungeVmInstance: {} }, emptyReply, 'Expunge VM', options);

/** RecoverDataVolume: Deleted -> Ready (or NotInstantiated); it stays detached (docs/zstack-protocol.md#data-volumes). */
export const recoverDataVolume = (client: ZStackClient, uuid: string, options: ActionOptions = {}) =>
  putAction(client, 'volumes', uuid, { recoverDataVolume: {} }, volumeReply, 'Recover data volume', options);

export const expungeDataVolume = (client: ZStackClient, uuid: string, options: ActionOptions = {}) =>
  putAction(client, 'volumes', uuid, { expungeDataVolume: {} }, emptyReply, 'Expunge data volume', options);

/** An empty list means "every backup storage where it is Deleted" (docs/zstack-protocol.md#images). */
const onBackupStorages = (uuids: readonly string[]) =>
  uuids.length > 0 ? { backupStorageUuids: uuids } : {};

/** RecoverImage / ExpungeImage on the given backup storages (all where it is Deleted when none are given). */
function imageAction<TSchema extends v.GenericSchema>(
  action: 'recoverImage' | 'expungeImage',
  schema: TSchema,
  what: string,
) {
  return (
    client: ZStackClient,
    uuid: string,
    backupStorageUuids: readonly string[] = [],
    options: ActionOptions = {},
  ) =>
    putAction(
      client,
      'images',
      uuid,
      { [action]: onBackupStorages(backupStorageUuids) },
      schema,
      what,
      options,
    );
}

export const recoverImage = imageAction('recoverImage', imageReply, 'Recover image');
export const expungeImage = imageAction('expungeImage', emptyReply, 'Expunge image');

export const attachDataVolume = (
  client: ZStackClient,
  volumeUuid: string,
  vmUuid: string,
  options: ActionOptions = {},
) =>
  runAction(client, {
    method: 'POST',
    path: `/v1/volumes/${encodeURIComponent(volumeUuid)}/vm-instances/${encodeURIComponent(vmUuid)}`,
    body: { params: {} },
    schema: volumeReply,
    what: 'Attach data volume',
    ...options,
  });

const globalConfigReply = inventoryReply(globalConfigSchema);

/**
 * UpdateGlobalConfig (`PUT /v1/global-configurations/{category}/{name}/actions`): async, admin-only. Its key in
 * the ledger is the path and the value, so a retry after a lost answer resends the same X-Job-UUID.
 */
export const updateGlobalConfig = (
  client: ZStackClient,
  category: string,
  name: string,
  value: string,
  options: ActionOptions = {},
) =>
  runAction(client, {
    method: 'PUT',
    path: `/v1/global-configurations/${encodeURIComponent(category)}/${encodeURIComponent(name)}/actions`,
    body: { updateGlobalConfig: { value } },
    schema: globalConfigReply,
    what: 'Update global configuration',
    ...options,
  });
