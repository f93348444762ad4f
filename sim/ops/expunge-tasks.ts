import type { OpCtx } from './context.ts';
import { expungeDueImageRefs } from './image.ts';
import { expungeDueVolumes } from './volume.ts';
import { removeVm } from './vm-rows.ts';

/** The three periodic expunge tasks, each reading its own global config category. */
export type ExpungeCategory = 'vm' | 'volume' | 'image';

/** Expunges what is due at `runAt` and returns how many rows (VMs, volumes, image references) went. */
type Pass = (ctx: OpCtx, runAt: number, periodMs: number) => number;

function expungeDueVms(ctx: OpCtx, runAt: number, periodMs: number): number {
  const due = [...ctx.store.vms.values()].filter(
    (vm) => vm.state === 'Destroyed' && runAt >= vm.lastOpDate + periodMs,
  );
  for (const vm of due) removeVm(ctx, vm);
  return due.length;
}

/**
 * A periodic expunge task on the sim clock (VmInstanceManagerImpl.startVmExpungeTask, VolumeManagerImpl's
 * `expunging-volume-task`, ImageManagerImpl's `expunge-image`): runs at the node start and then every
 * `<category>.expungeInterval` seconds; evaluated lazily, so a clock jump runs the latest due pass once.
 * The policy is read when the pass runs, so Never skips it. The seeded node started before the sim clock,
 * so its passes are not aligned with the clock start.
 */
export class ExpungeTask {
  private base = 0;
  private lastRun = 0;

  constructor(
    private readonly ctx: () => OpCtx,
    private readonly category: ExpungeCategory,
    private readonly pass: Pass,
  ) {}

  /** Restarts the period at `at`: `runNow` runs a pass at `at`, otherwise `at` counts as a pass already run. */
  restart(at: number, runNow: boolean): void {
    this.base = at;
    this.lastRun = runNow ? at - 1 : at;
  }

  /** Returns how many rows were expunged. */
  tick(): number {
    const ctx = this.ctx();
    const interval = Number(ctx.store.configValue(this.category, 'expungeInterval')) * 1000;
    if (!(interval > 0)) return 0;
    const now = ctx.clock.now();
    const runAt = this.base + Math.floor((now - this.base) / interval) * interval;
    if (runAt <= this.lastRun) return 0;
    this.lastRun = runAt;
    if (ctx.store.configValue(this.category, 'deletionPolicy') === 'Never') return 0;
    const period = Number(ctx.store.configValue(this.category, 'expungePeriod')) * 1000;
    return this.pass(ctx, runAt, period);
  }
}

export type ExpungeTasks = Record<ExpungeCategory, ExpungeTask>;

export function createExpungeTasks(ctx: () => OpCtx): ExpungeTasks {
  return {
    vm: new ExpungeTask(ctx, 'vm', expungeDueVms),
    volume: new ExpungeTask(ctx, 'volume', expungeDueVolumes),
    image: new ExpungeTask(ctx, 'image', expungeDueImageRefs),
  };
}

/**
 * Which config changes restart a task (installGlobalConfigUpdater of each manager): the VM task
 * (VmInstanceManagerImpl) and the volume task on interval, period or policy, the image task on interval or policy.
 */
export function restartsTask(category: string, name: string): ExpungeCategory | undefined {
  const all = ['expungeInterval', 'expungePeriod', 'deletionPolicy'];
  if (category === 'vm' && all.includes(name)) return 'vm';
  if (category === 'volume' && all.includes(name)) return 'volume';
  if (category === 'image' && ['expungeInterval', 'deletionPolicy'].includes(name)) return 'image';
  return undefined;
}
