import type { OpCtx } from './context.ts';
import { removeVm } from './vm-rows.ts';

/**
 * VmInstanceManagerImpl.startVmExpungeTask on the sim clock: runs at the node start and then every
 * vm.expungeInterval seconds; evaluated lazily, so a clock jump runs the latest due pass once.
 * The seeded node started before the sim clock, so its passes are not aligned with the clock start.
 */
export class ExpungeTask {
  private base = 0;
  private lastRun = 0;

  constructor(private readonly ctx: () => OpCtx) {}

  /** Restarts the period at `at`: `runNow` runs a pass at `at`, otherwise `at` counts as a pass already run. */
  restart(at: number, runNow: boolean): void {
    this.base = at;
    this.lastRun = runNow ? at - 1 : at;
  }

  /** Returns how many VMs were expunged. */
  tick(): number {
    const ctx = this.ctx();
    const interval = Number(ctx.store.configValue('vm', 'expungeInterval')) * 1000;
    if (!(interval > 0)) return 0;
    const now = ctx.clock.now();
    const runAt = this.base + Math.floor((now - this.base) / interval) * interval;
    if (runAt <= this.lastRun) return 0;
    this.lastRun = runAt;
    if (ctx.store.configValue('vm', 'deletionPolicy') === 'Never') return 0;
    const period = Number(ctx.store.configValue('vm', 'expungePeriod')) * 1000;
    const due = [...ctx.store.vms.values()].filter(
      (vm) => vm.state === 'Destroyed' && runAt >= vm.lastOpDate + period,
    );
    for (const vm of due) removeVm(ctx, vm);
    return due.length;
  }
}
