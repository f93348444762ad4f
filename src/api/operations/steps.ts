// The order of a run's steps, as pure rules the queue follows (also after a reload or a retry, since they read only
// the saved run): an item's steps run one after another (`main`, then `attach`, or `ip` and `start`), an attach only
// once both recoveries succeeded (its own item's and its VM's), and a VM's start only after its own `ip` succeeded and
// every attach to it has ended, whatever its outcome. A VM recovered with the data volumes deleted with it is such a run; so is a larger restore.
import { isSettled, itemResource, type ItemStage, type Run, type RunItem } from './run.ts';

/** The step that follows a successful `stage` of `item`, if any. */
export function nextStage(run: Run, item: RunItem): ItemStage | undefined {
  if (run.action !== 'recover') return undefined;
  if (item.stage === 'main' && item.attachTo !== undefined) return 'attach';
  const vm = itemResource(run, item) === 'vm';
  if (item.stage === 'main' && vm && item.ip !== undefined) return 'ip';
  if (item.stage !== 'start' && vm && run.startAfter) return 'start';
  return undefined;
}

/** Whether the `main` step of the item (its recovery) has succeeded. */
function recovered(item: RunItem | undefined): boolean {
  return item !== undefined && (item.status === 'done' || item.stage !== 'main');
}

export type Readiness = 'ready' | 'wait' | 'blocked';

/** Whether a waiting item's next step may be sent now, must wait for another step, or can no longer happen. */
export function readiness(run: Run, item: RunItem): Readiness {
  if (item.stage === 'attach') {
    const vm = run.items.find((i) => i.uuid === item.attachTo);
    // A VM that is not in the run is taken as live; ZStack answers for it.
    if (vm === undefined || recovered(vm)) return 'ready';
    return isSettled(vm) ? 'blocked' : 'wait';
  }
  if (item.stage === 'start') {
    const attaches = run.items.filter((i) => i.attachTo === item.uuid);
    return attaches.every(isSettled) ? 'ready' : 'wait';
  }
  return 'ready';
}

/**
 * The next item to send: a later step first (an attach or a start finishes what is under way, so a VM is usable
 * sooner), then in the run's order. Blocked items are reported through `onBlocked` and never returned.
 */
export function nextReady(run: Run, onBlocked: (item: RunItem) => void): RunItem | undefined {
  let first: RunItem | undefined;
  for (const item of run.items) {
    if (item.status !== 'waiting') continue;
    const r = readiness(run, item);
    if (r === 'blocked') onBlocked(item);
    else if (r === 'ready') {
      if (item.stage !== 'main') return item;
      first ??= item;
    }
  }
  return first;
}
