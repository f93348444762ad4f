// Whether a row a dialog acts on is still in the recycle bin: asked again when the dialog opens and after every
// refresh, so a stale row (someone else recovered or expunged it) does not offer what cannot happen.
import { useQuery } from '@tanstack/react-query';
import { deletedRefs, imageQueries } from '../../../api/images.ts';
import { useApi } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import { volumeQueries } from '../../../api/volumes.ts';
import type { Image, VmInstance, Volume } from '../../../zstack/inventories.ts';

export type Whereabouts =
  | { where: 'bin' }
  /** No longer in the bin: ZStack reports it in `state` now (e.g. Stopped, Ready). */
  | { where: 'moved'; state: string | undefined }
  /** Expunged: ZStack no longer knows it. */
  | { where: 'gone' };

function judge<T>(
  data: T | null | undefined,
  inBin: (value: T) => boolean,
  state: (value: T) => string | undefined,
): Whereabouts {
  if (data === undefined) return { where: 'bin' };
  if (data === null) return { where: 'gone' };
  return inBin(data) ? { where: 'bin' } : { where: 'moved', state: state(data) };
}

/**
 * `watch`: false while the dialog's own action runs or once it has worked: its answer is the news then, and the
 * page that follows reads the inventory it returned without another request.
 */
export function useWhereabouts(kind: 'vm' | 'volume' | 'image', uuid: string, watch = true): Whereabouts {
  const api = useApi();
  const vm = useQuery({ ...vmQueries.check(api, uuid), enabled: watch && kind === 'vm' });
  const volume = useQuery({ ...volumeQueries.check(api, uuid), enabled: watch && kind === 'volume' });
  const image = useQuery({ ...imageQueries.check(api, uuid), enabled: watch && kind === 'image' });
  if (kind === 'vm')
    return judge<VmInstance>(
      vm.data,
      (v) => v.state === 'Destroyed',
      (v) => v.state,
    );
  if (kind === 'volume')
    return judge<Volume>(
      volume.data,
      (v) => v.status === 'Deleted',
      (v) => v.status,
    );
  return judge<Image>(
    image.data,
    (i) => deletedRefs(i).length > 0,
    (i) => i.status,
  );
}
