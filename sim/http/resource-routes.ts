import { deleteImage, expungeImage, recoverImage } from '../ops/image.ts';
import { attachDataVolume, destroyVm, expungeVm, recoverVm, startVm, stopVm } from '../ops/vm.ts';
import { setVmStaticIp } from '../ops/static-ip.ts';
import { deleteDataVolume, expungeDataVolume, recoverDataVolume } from '../ops/volume.ts';
import type { JsonObject } from '../store/gson.ts';
import { IMAGE_SCHEMA, VM_SCHEMA, VOLUME_SCHEMA } from '../store/schema.ts';
import { submitAsync, type AsyncSpec, type AuditSpec } from './async-api.ts';
import { query } from './query-api.ts';
import { asRecord, text } from './replies.ts';
import { seg, type Route, type RouteCtx } from './route.ts';

const optString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A JSON list of uuids; anything else counts as absent (unconfirmed: Gson may refuse it with a 400). */
const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

const HEADER = 'org.zstack.header.';

/** The audit part of an API spec: class names and the row's resource name, read when the job starts. */
function audited(
  apiName: string,
  resourceType: string,
  name: () => string | undefined,
  request: JsonObject,
): AuditSpec {
  return { apiName: `${HEADER}${apiName}`, resourceType, resourceName: name, request };
}

/** VM actions and destroy, and attaching a data volume (docs/zstack-protocol.md#vm-lifecycle). */
export function vmRoutes(rc: RouteCtx): Route[] {
  const { call, url } = rc;
  const { core } = call;
  const vmName = (uuid: string) => () => core.store.vms.get(uuid)?.name;
  return [
    {
      pattern: new RegExp(`^/v1/vm-instances/${seg}/actions$`),
      methods: { PUT: ([uuid = '']) => vmAction(rc, uuid) },
    },
    {
      pattern: new RegExp(`^/v1/vm-instances/${seg}$`),
      methods: {
        GET: ([uuid = '']) => query(core, call.request, 'vm-instances', uuid, url),
        DELETE: ([uuid = '']) =>
          submitAsync(call, {
            action: 'destroyVmInstance',
            resourceUuid: uuid,
            serialKey: uuid,
            audit: audited('vm.APIDestroyVmInstanceMsg', 'VmInstanceVO', vmName(uuid), {
              uuid,
              deleteMode: url.searchParams.get('deleteMode') ?? 'Permissive',
            }),
            run: (c) => destroyVm(core.ctx(), c, uuid),
          }),
      },
    },
    {
      pattern: new RegExp(`^/v1/volumes/${seg}/vm-instances/${seg}$`),
      methods: {
        POST: ([vol = '', vm = '']) =>
          submitAsync(call, {
            action: 'attachDataVolumeToVm',
            resourceUuid: vol,
            serialKey: vm,
            schema: VOLUME_SCHEMA,
            run: (c) => attachDataVolume(core.ctx(), c, vol, vm),
          }),
      },
    },
  ];
}

function vmAction(rc: RouteCtx, uuid: string): Response {
  const { call, payload } = rc;
  const { core } = call;
  const name = () => core.store.vms.get(uuid)?.name;
  const spec = (action: string, run: AsyncSpec['run'], more: Partial<AsyncSpec> = {}): Response =>
    submitAsync(call, { action, resourceUuid: uuid, serialKey: uuid, run, ...more });
  if (payload && 'recoverVmInstance' in payload)
    return spec('recoverVmInstance', (c) => recoverVm(core.ctx(), c, uuid), {
      schema: VM_SCHEMA,
      audit: audited('vm.APIRecoverVmInstanceMsg', 'VmInstanceVO', name, { uuid }),
    });
  if (payload && 'startVmInstance' in payload) {
    const p = asRecord(payload['startVmInstance']);
    const clusterUuid = optString(p?.['clusterUuid']);
    const hostUuid = optString(p?.['hostUuid']);
    const want = { ...(clusterUuid ? { clusterUuid } : {}), ...(hostUuid ? { hostUuid } : {}) };
    return spec('startVmInstance', (c) => startVm(core.ctx(), c, uuid, want), { schema: VM_SCHEMA });
  }
  if (payload && 'setVmStaticIp' in payload) {
    const p = asRecord(payload['setVmStaticIp']);
    const l3 = optString(p?.['l3NetworkUuid']);
    return spec('setVmStaticIp', (c) => setVmStaticIp(core.ctx(), c, uuid, l3, optString(p?.['ip'])));
  }
  if (payload && 'stopVmInstance' in payload)
    return spec('stopVmInstance', (c) => stopVm(core.ctx(), c, uuid), { schema: VM_SCHEMA });
  if (payload && 'expungeVmInstance' in payload)
    // APIExpungeVmInstanceMsg carries @DefaultTimeout of 3 h
    return spec('expungeVmInstance', (c) => expungeVm(core.ctx(), c, uuid), {
      apiTimeoutMs: 10_800_000,
      audit: audited('vm.APIExpungeVmInstanceMsg', 'VmInstanceVO', name, { uuid }),
    });
  return text(400, rc.actionUrl);
}

/** DeleteDataVolume, RecoverDataVolume, ExpungeDataVolume (docs/zstack-protocol.md#data-volumes). */
export function volumeRoutes(rc: RouteCtx): Route[] {
  const { call, url, payload } = rc;
  const { core } = call;
  const name = (uuid: string) => () => core.store.volumes.get(uuid)?.name;
  return [
    {
      pattern: new RegExp(`^/v1/volumes/${seg}/actions$`),
      methods: {
        PUT: ([uuid = '']) => {
          const spec = (action: string, api: string, run: AsyncSpec['run']): Response =>
            submitAsync(call, {
              action,
              resourceUuid: uuid,
              serialKey: uuid,
              ...(action === 'recoverDataVolume' ? { schema: VOLUME_SCHEMA } : {}),
              audit: audited(api, 'VolumeVO', name(uuid), { uuid }),
              run,
            });
          if (payload && 'recoverDataVolume' in payload)
            return spec('recoverDataVolume', 'volume.APIRecoverDataVolumeMsg', (c) =>
              recoverDataVolume(core.ctx(), c, uuid),
            );
          if (payload && 'expungeDataVolume' in payload)
            return spec('expungeDataVolume', 'volume.APIExpungeDataVolumeMsg', (c) =>
              expungeDataVolume(core.ctx(), c, uuid),
            );
          return text(400, rc.actionUrl);
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/volumes/${seg}$`),
      methods: {
        GET: ([uuid = '']) => query(core, call.request, 'volumes', uuid, url),
        // deleteMode=Enforcing only skips cascade checks, and no cascade runs here
        DELETE: ([uuid = '']) =>
          submitAsync(call, {
            action: 'deleteDataVolume',
            resourceUuid: uuid,
            serialKey: uuid,
            audit: audited('volume.APIDeleteDataVolumeMsg', 'VolumeVO', name(uuid), {
              uuid,
              deleteMode: url.searchParams.get('deleteMode') ?? 'Permissive',
            }),
            run: (c) => deleteDataVolume(core.ctx(), c, uuid),
          }),
      },
    },
  ];
}

/** DeleteImage, RecoverImage, ExpungeImage (docs/zstack-protocol.md#images). */
export function imageRoutes(rc: RouteCtx): Route[] {
  const { call, url, payload } = rc;
  const { core } = call;
  const name = (uuid: string) => () => core.store.images.get(uuid)?.name;
  return [
    {
      pattern: new RegExp(`^/v1/images/${seg}/actions$`),
      methods: {
        PUT: ([uuid = '']) => {
          const spec = (action: string, api: string, run: (bs: string[] | undefined) => AsyncSpec['run']) => {
            const bs = stringList(asRecord(payload?.[action])?.['backupStorageUuids']);
            return submitAsync(call, {
              action,
              resourceUuid: uuid,
              serialKey: uuid,
              ...(action === 'recoverImage' ? { schema: IMAGE_SCHEMA } : {}),
              audit: audited(api, 'ImageVO', name(uuid), {
                imageUuid: uuid,
                ...(bs ? { backupStorageUuids: bs } : {}),
              }),
              run: run(bs),
            });
          };
          if (payload && 'recoverImage' in payload)
            return spec(
              'recoverImage',
              'image.APIRecoverImageMsg',
              (bs) => (c) => recoverImage(core.ctx(), c, uuid, bs),
            );
          if (payload && 'expungeImage' in payload)
            return spec(
              'expungeImage',
              'image.APIExpungeImageMsg',
              (bs) => (c) => expungeImage(core.ctx(), c, uuid, bs),
            );
          return text(400, rc.actionUrl);
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/images/${seg}$`),
      methods: {
        GET: ([uuid = '']) => query(core, call.request, 'images', uuid, url),
        DELETE: ([uuid = '']) => {
          // a list parameter of a DELETE travels as repeated query parameters; none means every backup storage
          const listed = url.searchParams.getAll('backupStorageUuids');
          const bs = listed.length > 0 ? listed : undefined;
          return submitAsync(call, {
            action: 'deleteImage',
            resourceUuid: uuid,
            serialKey: uuid,
            audit: audited('image.APIDeleteImageMsg', 'ImageVO', name(uuid), {
              uuid,
              deleteMode: url.searchParams.get('deleteMode') ?? 'Permissive',
              ...(bs ? { backupStorageUuids: bs } : {}),
            }),
            run: (c) => deleteImage(core.ctx(), c, uuid, bs),
          });
        },
      },
    },
  ];
}
