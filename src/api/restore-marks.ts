// The words of a restore plan's mark: the rule, its numbers and what to do, in the user's language. Here beside the
// plan, because the plan page and the deletion event's CSV both say them (as operations/outcome.ts for a job's word).
import type { Messages } from '../i18n/en/index.ts';
import '../i18n/en/restore.ts';
import type { Mark } from './restore-types.ts';

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

/** A mark as the plan page shows it: its severity, then the rule, numbers and what to do (for reports). */
export function markLine(mark: Mark, t: Messages): string {
  return t.restore.markLine(t.restore.severity[mark.severity], markText(mark, t));
}
