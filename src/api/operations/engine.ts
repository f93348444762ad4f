// The machinery of a bulk run: the queue and the ZStack action of each item. Loaded when a run starts (the bulk
// dialog brings it along) or when a reload finds a run to resume; the first paint does not need it.
import {
  attachDataVolume,
  expungeDataVolume,
  expungeImage,
  expungeVm,
  recoverDataVolume,
  recoverImage,
  recoverVm,
  setVmStaticIp,
  startVm,
} from '../../zstack/actions.ts';
import type { ZStackClient } from '../../zstack/client.ts';
import { newJobUuid } from '../../zstack/crypto.ts';
import { pacedTiming } from '../../zstack/job-pace.ts';
import type { JobTiming } from '../../zstack/job-timing.ts';
import { type Executor, RunQueue } from './queue.ts';
import { itemResource, type Run } from './run.ts';

/**
 * Polls of a bulk run: once the run knows how long its jobs take, the same pacing as each single action (the first
 * poll just before that, the next soon after); until then the client's pace for that action, learned in this tab.
 */
export function bulkTiming(typicalMs: number | undefined): Partial<JobTiming> | undefined {
  return typicalMs === undefined ? undefined : pacedTiming(typicalMs);
}

/** A queue for `run` that sends each item's action through the client of the moment. */
export function createQueue(run: Run, client: () => ZStackClient, onChange: (run: Run) => void): RunQueue {
  const execute: Executor = async (item, stage, jobUuid, signal, typicalMs, followOnly) => {
    const c = client();
    const options = { jobUuid, signal, timing: bulkTiming(typicalMs), followOnly };
    if (stage === 'ip') {
      await setVmStaticIp(c, item.uuid, item.ip ?? { l3NetworkUuid: '', ip: '' }, options);
      return {};
    }
    if (stage === 'attach') {
      const vmUuid = item.attachTo ?? '';
      return { state: (await attachDataVolume(c, item.uuid, vmUuid, options)).value.inventory.status };
    }
    const resource = itemResource(run, item);
    if (resource === 'volume') {
      if (run.action === 'expunge') {
        await expungeDataVolume(c, item.uuid, options);
        return {};
      }
      return { state: (await recoverDataVolume(c, item.uuid, options)).value.inventory.status };
    }
    if (resource === 'image') {
      // In bulk, on every backup storage where the image is Deleted.
      if (run.action === 'expunge') {
        await expungeImage(c, item.uuid, [], options);
        return {};
      }
      return { state: (await recoverImage(c, item.uuid, [], options)).value.inventory.status };
    }
    if (run.action === 'expunge') {
      await expungeVm(c, item.uuid, options);
      return {};
    }
    const outcome =
      stage === 'start' ? await startVm(c, item.uuid, options) : await recoverVm(c, item.uuid, options);
    return { state: outcome.value.inventory.state };
  };
  return new RunQueue(run, { execute, newJobUuid, now: () => Date.now(), onChange });
}
