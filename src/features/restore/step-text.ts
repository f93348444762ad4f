// What the run will do with an item of the plan, in the user's language.
import type { PlanItem } from '../../api/restore-plan.ts';
import type { Messages } from '../../i18n/en/index.ts';
import '../../i18n/en/restore.ts';

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
