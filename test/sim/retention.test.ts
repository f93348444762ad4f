import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../../sim/store/gson.ts';
import {
  adminLogin,
  advanceClock,
  call,
  errorOf,
  login,
  rows,
  runJob,
  simInfo,
  start,
  withSimulator,
  type Ctx,
  type Image,
} from './helpers.ts';

// Retention: the three expunge tasks read the current deletionPolicy and expungePeriod on every pass
// (VmInstanceManagerImpl.startVmExpungeTask, VolumeManagerImpl.startExpungeTask, ImageManagerImpl.startExpungeTask),
// and UpdateGlobalConfig restarts them (installGlobalConfigUpdater). docs/zstack-protocol.md#retention

const BINS = {
  vm: '/vm-instances?q=state=Destroyed&q=type=UserVm',
  volume: '/volumes?q=status=Deleted&q=type=Data',
  image: '/images?q=backupStorageRefs.status=Deleted',
} as const;
type Kind = keyof typeof BINS;
const KINDS = Object.keys(BINS) as Kind[];

const total = async (ctx: Ctx, session: string, path: string): Promise<number> => {
  const r = await call(ctx, 'GET', `${path}&count=true`, { session });
  expect(r.status, r.text).toBe(200);
  return r.json()['total'] as number;
};
/** Per image in the bin, how many of its backup-storage copies are Deleted: the expunge task works per copy. */
const deletedCopies = async (ctx: Ctx, session: string) =>
  new Map(
    (await rows<Image>(ctx, session, `${BINS.image}&limit=1000`)).map((i) => [
      i.uuid,
      i.backupStorageRefs.filter((r) => r.status === 'Deleted').length,
    ]),
  );
async function counts(ctx: Ctx, session: string): Promise<Record<Kind, number>> {
  const [vm, volume, image] = await Promise.all(KINDS.map((k) => total(ctx, session, BINS[k])));
  return { vm: vm ?? -1, volume: volume ?? -1, image: image ?? -1 };
}
const setConfig = (ctx: Ctx, session: string, category: string, name: string, value: unknown) =>
  runJob(ctx, 'PUT', `/global-configurations/${category}/${name}/actions`, session, {
    updateGlobalConfig: { value },
  });

/** The node's local wall time of an instant, as MysqlQueryBuilderImpl3 parses a Timestamp condition. */
function nodeLocal(ms: number, tzOffsetMinutes: number): string {
  return new Date(ms + tzOffsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}
const dueCondition = (kind: Kind, at: string) =>
  kind === 'image' ? `q=backupStorageRefs.lastOpDate<=${at}` : `q=lastOpDate<=${at}`;

/**
 * Images with a Deleted copy due. Two expanded conditions on backupStorageRefs may match different copies (one
 * subquery each), so the server narrows the candidates and the copies are checked here, as the console does.
 */
async function dueImages(ctx: Ctx, session: string, at: string, tz: number): Promise<number> {
  const limit = parseDateValue(at, tz) ?? 0;
  const candidates = await rows<Image>(ctx, session, `${BINS.image}&${dueCondition('image', at)}&limit=1000`);
  return candidates.filter((i) =>
    i.backupStorageRefs.some(
      (r) => r.status === 'Deleted' && (parseDateValue(r.lastOpDate, tz) ?? Infinity) <= limit,
    ),
  ).length;
}

describe('UpdateGlobalConfig', () => {
  it('answers 202 and a job whose result is the GlobalConfigInventory', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      const r = await call(ctx, 'PUT', '/global-configurations/vm/deletionPolicy/actions', {
        session: admin,
        body: { updateGlobalConfig: { value: 'Never' } },
      });
      expect(r.status).toBe(202);
      const done = await runJob(ctx, 'PUT', '/global-configurations/image/expungePeriod/actions', admin, {
        updateGlobalConfig: { value: '86400' },
      });
      expect(done.json()['inventory']).toMatchObject({
        category: 'image',
        name: 'expungePeriod',
        value: '86400',
        defaultValue: '259200',
      });
    });
  });

  // @GlobalConfigValidation in VmGlobalConfig, VolumeGlobalConfig, ImageGlobalConfig
  it.each([
    ['vm', 'deletionPolicy', 'Later'],
    ['volume', 'expungePeriod', '0'],
    ['image', 'expungePeriod', '-5'],
    ['vm', 'expungeInterval', '1'],
    ['volume', 'expungeInterval', 'hourly'],
  ])('refuses %s.%s = %s with an argument error', async (category, name, value) => {
    await withSimulator(async ({ ctx, admin }) => {
      expect(errorOf(await setConfig(ctx, admin, category, name, value)).code).toBe('SYS.1007');
    });
  });

  it('is admin only: a normal account gets ID.1002 and the value stays', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      const alice = await login(ctx, 'alice', 'alice-password');
      expect(errorOf(await setConfig(ctx, alice, 'vm', 'deletionPolicy', 'Never')).code).toBe('ID.1002');
      const [policy] = await rows(ctx, admin, '/global-configurations?q=category=vm&q=name=deletionPolicy');
      expect(policy?.['value']).toBe('Delay');
    });
  });

  it('leaves an audit row saying who changed which config', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      expect((await setConfig(ctx, admin, 'volume', 'deletionPolicy', 'Never')).status).toBe(200);
      const [row] = await rows(
        ctx,
        admin,
        '/zwatch/audit-records?q=apiName=org.zstack.core.config.APIUpdateGlobalConfigMsg&sort=-createTime&limit=1',
      );
      expect(row).toMatchObject({ operator: 'admin', resourceUuid: 'volume.deletionPolicy', success: true });
    });
  });
});

describe('GetCurrentTime', () => {
  it('answers the node clock at once, without a session, and follows an advanced clock', async () => {
    const ctx = await start();
    try {
      const read = async () => {
        const r = await call(ctx, 'PUT', '/management-nodes/actions', { body: { getCurrentTime: {} } });
        expect(r.status, r.text).toBe(200);
        return (r.json()['currentTime'] as { MillionSeconds: number }).MillionSeconds;
      };
      const first = await read();
      await advanceClock(ctx, 86_400);
      expect((await read()) - first).toBeGreaterThanOrEqual(86_400_000);
    } finally {
      await ctx.srv.close();
    }
  });
});

describe('pausing the expunge tasks with deletionPolicy=Never', () => {
  it('keeps everything past every deadline, and resuming expunges at once exactly what a lastOpDate count found due', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      for (const k of KINDS)
        expect((await setConfig(ctx, admin, k, 'deletionPolicy', 'Never')).status).toBe(200);
      const before = await counts(ctx, admin);
      const copies = await deletedCopies(ctx, admin);
      await advanceClock(ctx, 2 * 86_400);
      const session = await adminLogin(ctx);
      expect(await counts(ctx, session)).toEqual(before);
      const { nowMs, tzOffsetMinutes } = await simInfo(ctx);
      const due: Record<Kind, number> = { vm: 0, volume: 0, image: 0 };
      for (const k of KINDS) {
        const [period] = await rows(
          ctx,
          session,
          `/global-configurations?q=category=${k}&q=name=expungePeriod`,
        );
        const at = nodeLocal(nowMs - Number(period?.['value']) * 1000, tzOffsetMinutes);
        due[k] =
          k === 'image'
            ? await dueImages(ctx, session, at, tzOffsetMinutes)
            : await total(ctx, session, `${BINS[k]}&${dueCondition(k, at)}`);
        expect(due[k]).toBeGreaterThan(0);
      }
      // some are due, not all: the count depends on each item's own clock
      expect(due['vm']).toBeLessThan(before.vm);
      // each update restarts its task, and the restarted task runs a pass at once (initial delay 0)
      for (const k of KINDS)
        expect((await setConfig(ctx, session, k, 'deletionPolicy', 'Delay')).status).toBe(200);
      const after = await counts(ctx, session);
      for (const k of ['vm', 'volume'] as const) expect(after[k], k).toBe(before[k] - due[k]);
      // an image counts when at least one of its Deleted copies went
      const left = await deletedCopies(ctx, session);
      const touched = [...copies].filter(([uuid, n]) => (left.get(uuid) ?? 0) < n);
      expect(touched.length).toBe(due['image']);
    });
  });

  it('a shorter vm.expungePeriod restarts the VM task, whose immediate pass uses the new period', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      const before = await total(ctx, admin, BINS.vm);
      expect(before).toBeGreaterThan(0);
      expect((await setConfig(ctx, admin, 'vm', 'expungePeriod', '1')).status).toBe(200);
      expect(await total(ctx, admin, BINS.vm)).toBe(0);
    });
  });
});
