import type { JobOutcome } from '../http/job-table.ts';
import type { Sessions } from '../http/sessions.ts';
import { adminOnly, argerr, invalidSession } from '../store/error-codes.ts';
import { globalConfigInv } from '../store/inventories-identity.ts';
import { sessionInv } from '../store/inventories-vm.ts';
import type { GlobalConfigRec } from '../store/records-identity.ts';
import { actionInv, fail, isAdmin, type Caller, type OpCtx } from './context.ts';

const isLong = (v: string): boolean => /^-?\d+$/.test(v.trim());

/** The validators declared in vm.xml, volume.xml, image.xml and identity.xml for the configs the simulator knows. */
function validate(g: GlobalConfigRec, value: string): string | undefined {
  const key = `${g.category}.${g.name}`;
  const bad = `invalid value[${value}] for global config[category:${g.category}, name:${g.name}]`;
  switch (key) {
    case 'vm.deletionPolicy':
    case 'volume.deletionPolicy':
    case 'image.deletionPolicy':
      return ['Direct', 'Delay', 'Never'].includes(value)
        ? undefined
        : `${bad}, valid values are [Direct, Delay, Never]`;
    case 'vm.expungePeriod':
    case 'volume.expungePeriod':
    case 'image.expungePeriod':
    case 'image.deletion.gcInterval':
    case 'identity.session.timeout':
    case 'identity.session.maxConcurrent':
      return isLong(value) && Number(value) > 0 ? undefined : `${bad}, it must be a number greater than 0`;
    case 'vm.expungeInterval':
    case 'volume.expungeInterval':
    case 'image.expungeInterval':
      return isLong(value) && Number(value) > 1 ? undefined : `${bad}, it must be a number greater than 1`;
    case 'vm.dataVolume.deleteOnVmDestroy':
      return ['true', 'false'].includes(value.toLowerCase()) ? undefined : `${bad}, it must be a boolean`;
    default:
      return undefined;
  }
}

/** APIUpdateGlobalConfigMsg is admin-only (RBACInfo). */
export function updateGlobalConfig(
  ctx: OpCtx,
  caller: Caller,
  category: string,
  name: string,
  value: unknown,
  onChange: (g: GlobalConfigRec) => void,
): JobOutcome {
  if (!isAdmin(caller)) return fail(adminOnly('org.zstack.core.config.APIUpdateGlobalConfigMsg'));
  const g = ctx.store.config(category, name);
  if (!g) return fail(argerr(`unable to find global config[category:${category}, name:${name}]`));
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    return fail(
      argerr(
        'field[value] of message[org.zstack.core.config.APIUpdateGlobalConfigMsg] is mandatory, can not be null',
      ),
    );
  }
  const text = String(value);
  const problem = validate(g, text);
  if (problem) return fail(argerr(problem));
  const next = g.name === 'dataVolume.deleteOnVmDestroy' ? text.toLowerCase() : text;
  // GlobalConfig.updateValue returns early on an equal value: no update extension runs, no task restarts
  if (next !== g.value) {
    g.value = next;
    onChange(g);
  }
  return { ok: true, body: { inventory: globalConfigInv(actionInv(ctx), g) } };
}

/** APIRenewSessionMsg: duration in seconds, 60..31536000. */
export function renewSession(
  ctx: OpCtx,
  sessions: Sessions,
  sessionUuid: string,
  duration: unknown,
): JobOutcome {
  const d =
    typeof duration === 'number'
      ? duration
      : typeof duration === 'string' && isLong(duration)
        ? Number(duration)
        : 7200;
  if (d < 60 || d > 31_536_000)
    return fail(argerr(`field[duration] must be in range of [60, 31536000], but got ${d}`));
  const s = sessions.renew(sessionUuid, d);
  if (!s) return fail(invalidSession());
  return { ok: true, body: { inventory: sessionInv(actionInv(ctx), s) } };
}
