// Names of the resources a VM refers to: one batched query per kind, the UUID until it arrives.
import { useQueries } from '@tanstack/react-query';
import { useApi } from '../../api/session.ts';
import { type NamedKind, nameQueries } from '../../api/resources.ts';
import type { VmInstance, Volume } from '../../zstack/inventories.ts';

export interface ResolvedName {
  /** The name, or the UUID while loading or when the resource has none (or is gone). */
  text: string;
  uuid: string;
  resolved: boolean;
}

export type NameOf = (kind: NamedKind, uuid: string | undefined) => ResolvedName | undefined;

const KINDS = [
  'zones',
  'clusters',
  'hosts',
  'images',
  'instanceOfferings',
  'l3Networks',
  'ipRanges',
  'primaryStorages',
] as const;
type Kind = (typeof KINDS)[number];

function defined(values: readonly (string | undefined)[]): string[] {
  return values.filter((x): x is string => x !== undefined && x !== '');
}

function uuidsByKind(vm: VmInstance, detached: readonly Volume[]): Record<Kind, string[]> {
  return {
    zones: defined([vm.zoneUuid]),
    clusters: defined([vm.clusterUuid]),
    hosts: defined([vm.hostUuid, vm.lastHostUuid]),
    images: defined([vm.imageUuid]),
    instanceOfferings: defined([vm.instanceOfferingUuid]),
    l3Networks: defined([
      vm.defaultL3NetworkUuid,
      ...vm.vmNics.flatMap((n) => [n.l3NetworkUuid, ...n.usedIps.map((ip) => ip.l3NetworkUuid)]),
    ]),
    ipRanges: defined(vm.vmNics.flatMap((n) => n.usedIps.map((ip) => ip.ipRangeUuid))),
    primaryStorages: defined([...vm.allVolumes, ...detached].map((v) => v.primaryStorageUuid)),
  };
}

/**
 * `detached` joins the primary-storage lookup once its own query has settled (pass undefined until then), so
 * primary storage names still take one request.
 */
export function useVmNames(vm: VmInstance, detached: readonly Volume[] | undefined): NameOf {
  const api = useApi();
  const byKind = uuidsByKind(vm, detached ?? []);
  const results = useQueries({
    queries: KINDS.map((kind) => ({
      ...nameQueries.names(api, kind, byKind[kind]),
      enabled: byKind[kind].length > 0 && (kind !== 'primaryStorages' || detached !== undefined),
    })),
  });
  const maps = new Map<NamedKind, Map<string, string> | undefined>(
    KINDS.map((kind, i) => [kind, results[i]?.data]),
  );
  return (kind, uuid) => {
    if (uuid === undefined || uuid === '') return undefined;
    const name = maps.get(kind)?.get(uuid);
    return name !== undefined && name !== ''
      ? { text: name, uuid, resolved: true }
      : { text: uuid, uuid, resolved: false };
  };
}
