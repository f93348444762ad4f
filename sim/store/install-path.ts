import type { Store } from './store.ts';

/** Where a volume's bits live on its primary storage, in the layout each storage type uses. */
export function volumeInstallPath(
  store: Store,
  psUuid: string,
  owner: string,
  volUuid: string,
  kind: 'rootVolumes' | 'dataVolumes',
): string {
  const ps = store.primaryStorages.get(psUuid);
  if (ps?.type === 'Ceph') return `ceph://zstack-pool/${volUuid}`;
  const root = ps?.mountPath ?? ps?.url ?? '/zstack_ps';
  return `${root}/${kind}/acct-${owner}/vol-${volUuid}/${volUuid}.qcow2`;
}
