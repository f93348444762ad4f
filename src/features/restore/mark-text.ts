// The words of a plan's mark: the rule, its numbers and what to do, in the user's language.
import type { Mark, PlanItem } from '../../api/restore-plan.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/restore.ts';

export function markText(mark: Mark, t: Messages): string {
  const m = t.restore;
  switch (mark.rule) {
    case 'quota-vm':
    case 'quota-volume':
      return m.marks.quota(
        mark.rule === 'quota-vm' ? 'vm.totalNum' : 'volume.data.num',
        mark.account,
        mark.total,
        mark.used,
        mark.asked,
        mark.failing,
      );
    case 'quota-unknown':
      return m.marks.quotaUnknown(mark.quota);
    case 'host-gone':
      return m.marks.hostGone(mark.storage);
    case 'storage-unavailable':
      return m.marks.storage(mark.storage, mark.status, mark.state);
    case 'name-taken':
      return m.marks.nameTaken(mark.name, mark.count);
    case 'stays-detached':
      return m.marks.staysDetached(mark.vm, mark.why, mark.state);
    case 'backup-storage-gone':
      return m.marks.backupStorage(mark.gone, mark.of);
    case 'not-deleted':
      return m.marks.notDeleted(mark.state);
    case 'not-found':
      return m.marks.notFound;
    case 'check-failed':
      return m.marks.checkFailed(mark.check);
  }
}

/** What the run will do with an item, as the plan stands. */
export function stepText(
  item: PlanItem,
  included: boolean,
  startAfter: boolean,
  vmName: (uuid: string) => string,
  t: Messages,
): string {
  const m = t.restore;
  if (!included) return m.steps.leftOut;
  if (item.kind === 'vm') return startAfter ? m.steps.vmStart : m.steps.vm;
  if (item.kind === 'image') return m.steps.image;
  return item.attachTo === undefined ? m.steps.volume : m.steps.attach(vmName(item.attachTo));
}
