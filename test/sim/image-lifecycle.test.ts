import { describe, expect, it } from 'vitest';
import {
  adminLogin,
  advanceClock,
  call,
  named,
  rows,
  runJob,
  withSimulator,
  type Ctx,
  type Image,
} from './helpers.ts';

// docs/zstack-protocol.md#image-auto-expunge, #image-deletion-policy
const MIN = 60;
const DAY = 86_400;

const setConfig = async (ctx: Ctx, session: string, name: string, value: string) => {
  const r = await runJob(ctx, 'PUT', `/global-configurations/image/${name}/actions`, session, {
    updateGlobalConfig: { value },
  });
  expect(r.status, r.text).toBe(200);
};
const deletedRefs = async (ctx: Ctx, session: string): Promise<number> =>
  (await rows<Image>(ctx, session, '/images?q=backupStorageRefs.status=Deleted&limit=1000')).flatMap((i) =>
    i.backupStorageRefs.filter((r) => r.status === 'Deleted'),
  ).length;

describe('image auto-expunge, per backup-storage reference', () => {
  it('takes img-expiring-soon at the next pass; after 3 days only img-partial’s live reference is left of it', async () => {
    await withSimulator(async ({ ctx, admin, info }) => {
      const soon = named(info.scenarioImages, 'img-expiring-soon');
      const partial = named(info.scenarioImages, 'img-partial');
      await advanceClock(ctx, 49 * MIN);
      expect(await rows(ctx, admin, `/images/${soon}`)).toHaveLength(1);
      await advanceClock(ctx, 2 * MIN);
      expect(await rows(ctx, admin, `/images/${soon}`)).toEqual([]);
      expect(await deletedRefs(ctx, admin)).toBeGreaterThan(0);

      await advanceClock(ctx, 3 * DAY);
      const again = await adminLogin(ctx);
      expect(await deletedRefs(ctx, again)).toBe(0);
      expect(await rows(ctx, again, '/images?q=status=Deleted')).toEqual([]);
      const [p] = await rows<Image>(ctx, again, `/images/${partial}`);
      expect(p?.status).toBe('Ready');
      expect(p?.backupStorageRefs.map((r) => [r.backupStorageUuid, r.status])).toEqual([
        [named(info.backupStorages, 'bs-hz-imagestore'), 'Ready'],
      ]);
    });
  });

  it('keeps every Deleted reference under Never', async () => {
    await withSimulator(async ({ ctx, admin }) => {
      const before = await deletedRefs(ctx, admin);
      await setConfig(ctx, admin, 'deletionPolicy', 'Never');
      await advanceClock(ctx, 4 * DAY);
      expect(await deletedRefs(ctx, await adminLogin(ctx))).toBe(before);
    });
  });
});

describe('image.deletionPolicy Direct', () => {
  it('drops the references at once, and the image row with the last one', async () => {
    await withSimulator(async ({ ctx, admin, info }) => {
      await setConfig(ctx, admin, 'deletionPolicy', 'Direct');
      const [centos] = await rows<Image>(ctx, admin, '/images?q=name=centos-7.9');
      const uuid = centos?.uuid ?? '';
      const hz = named(info.backupStorages, 'bs-hz-imagestore');
      await runJob(ctx, 'DELETE', `/images/${uuid}?backupStorageUuids=${hz}`, admin);
      const [left] = await rows<Image>(ctx, admin, `/images/${uuid}`);
      expect(left?.status).toBe('Ready');
      expect(left?.backupStorageRefs.map((r) => r.backupStorageUuid)).toEqual([
        named(info.backupStorages, 'bs-sh-ceph'),
      ]);
      await runJob(ctx, 'DELETE', `/images/${uuid}`, admin);
      expect(await rows(ctx, admin, `/images/${uuid}`)).toEqual([]);
      // VMs made from it keep running, their link to the image cleared
      const r = await call(ctx, 'GET', `/vm-instances?q=imageUuid=${uuid}&count=true`, { session: admin });
      expect(r.json()['total']).toBe(0);
    });
  });
});
