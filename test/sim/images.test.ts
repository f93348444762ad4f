import { describe, expect, it } from 'vitest';
import {
  simulatorForFile,
  call,
  checkWire,
  control,
  errorOf,
  login,
  rows,
  runJob,
  type Image,
} from './helpers.ts';

// docs/zstack-protocol.md#images: DeleteImage, RecoverImage, ExpungeImage, per backup storage
const sim = simulatorForFile();

const imageOf = async (session: string, uuid: string): Promise<Image | undefined> =>
  (await rows<Image>(sim.ctx, session, `/images/${uuid}`))[0];
const refStatus = (i: Image | undefined): string[][] =>
  (i?.backupStorageRefs ?? []).map((r) => [r.backupStorageUuid, r.status]).sort();
const action = (session: string, uuid: string, body: object, headers?: Record<string, string>) =>
  runJob(sim.ctx, 'PUT', `/images/${uuid}/actions`, session, body, headers);

describe('the image recycle bin as the seed has it', () => {
  it('lists Deleted images with one reference per backup storage, each with its own status and clock', async () => {
    const r = await call(
      sim.ctx,
      'GET',
      '/images?q=status=Deleted&q=system=false&sort=-lastOpDate&replyWithCount=true',
      {
        session: sim.admin,
      },
    );
    checkWire(r.json());
    const list = r.json()['inventories'] as Image[];
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.every((i) => !i.system && i.backupStorageRefs.every((ref) => ref.status === 'Deleted'))).toBe(
      true,
    );
    for (const name of ['img-centos-7', 'img-public-readonly', 'img-quota-bob', 'img-iso-virtio-win'])
      expect(list.map((i) => i.uuid)).toContain(sim.image(name));
    const both = list.find((i) => i.uuid === sim.image('img-public-readonly'));
    expect(both?.backupStorageRefs.map((ref) => ref.imageUuid)).toEqual([both?.uuid, both?.uuid]);
    // JsonSchemaBuilder order: every image before its references
    const keys = Object.keys(r.json()['schema'] as object);
    const refKeys = keys.filter((k) => k.includes('.backupStorageRefs['));
    expect(refKeys.length).toBeGreaterThan(list.length);
    for (const k of refKeys) expect(keys.indexOf(k.split('.')[0] ?? '')).toBeLessThan(keys.indexOf(k));
    expect((r.json()['schema'] as Record<string, string>)['inventories[0].backupStorageRefs[0]']).toBe(
      'org.zstack.header.image.ImageBackupStorageRefInventory',
    );
  });

  it('finds the partly deleted image through backupStorageRefs.status, and the ISO and system image by their fields', async () => {
    const partial = await rows<Image>(
      sim.ctx,
      sim.admin,
      '/images?q=status!=Deleted&q=backupStorageRefs.status=Deleted',
    );
    expect(partial.map((i) => i.name)).toEqual(['img-partial']);
    expect(refStatus(partial[0])).toEqual(
      [
        [sim.backupStorage('bs-hz-imagestore'), 'Ready'],
        [sim.backupStorage('bs-sh-ceph'), 'Deleted'],
      ].sort(),
    );
    const iso = await rows<Image>(sim.ctx, sim.admin, '/images?q=status=Deleted&q=mediaType=ISO');
    expect(iso.map((i) => i.name)).toEqual(['img-iso-virtio-win']);
    const system = await rows<Image>(sim.ctx, sim.admin, '/images?q=status=Deleted&q=system=true');
    expect(system.map((i) => i.name)).toEqual(['img-vrouter-5.1.0']);
  });

  it('serves the backup storages to every account', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const list = await rows<{ uuid: string; name: string }>(sim.ctx, alice, '/backup-storage?sort=name');
    expect(list.map((b) => b.name)).toEqual(['bs-hz-imagestore', 'bs-sh-ceph']);
    expect((await rows(sim.ctx, alice, `/backup-storage/${sim.backupStorage('bs-sh-ceph')}`)).length).toBe(1);
  });

  it('shows a normal account its own images and the public ones, Deleted included, but nobody else’s', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const names = (await rows<Image>(sim.ctx, alice, '/images?limit=1000')).map((i) => i.name);
    expect(names).toContain('img-centos-7');
    expect(names).toContain('img-public-readonly');
    expect(names).toContain('centos-7.9');
    expect(names).not.toContain('img-quota-bob');
    expect(names).not.toContain('img-partial');
  });
});

describe('RecoverImage', () => {
  it('img-centos-7: every Deleted reference and the image become Ready; the result is the inventory', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const r = await action(
      alice,
      sim.image('img-centos-7'),
      { recoverImage: {} },
      { 'X-JSON-Schema': 'true' },
    );
    expect(r.status).toBe(200);
    checkWire(r.json());
    const inv = r.json()['inventory'] as Image;
    expect(inv.status).toBe('Ready');
    expect(inv.backupStorageRefs.map((ref) => ref.status)).toEqual(['Ready']);
    expect(r.json()['schema']).toEqual({
      inventory: 'org.zstack.header.image.ImageInventory',
      'inventory.backupStorageRefs[0]': 'org.zstack.header.image.ImageBackupStorageRefInventory',
    });
    expect(errorOf(await action(alice, sim.image('img-centos-7'), { recoverImage: {} }))).toMatchObject({
      code: 'SYS.1006',
      details: `the image[uuid:${sim.image('img-centos-7')}, name:img-centos-7] is not deleted on any backup storage`,
    });
  });

  it('names the backup storage a listed reference is missing from or not Deleted on (SYS.1007)', async () => {
    const uuid = sim.image('img-partial');
    const label = `the image[uuid:${uuid}, name:img-partial]`;
    const unknown = '0123456789ab4def8123456789abcdef';
    expect(
      errorOf(await action(sim.admin, uuid, { recoverImage: { backupStorageUuids: [unknown] } })),
    ).toMatchObject({
      code: 'SYS.1007',
      details: `${label} is not on the backup storage[uuid:${unknown}]`,
    });
    expect(
      errorOf(
        await action(sim.admin, uuid, {
          recoverImage: { backupStorageUuids: [sim.backupStorage('bs-hz-imagestore')] },
        }),
      ),
    ).toMatchObject({
      code: 'SYS.1007',
      details: `${label}'s status[Ready] is not Deleted on the backup storage[uuid:${sim.backupStorage('bs-hz-imagestore')}]`,
    });
  });

  it('refuses an unknown image (SYS.1003), someone else’s (SYS.1006) and bob over image.size (ID.1003)', async () => {
    const unknown = '0123456789ab4def8123456789abcdef';
    expect(errorOf(await action(sim.admin, unknown, { recoverImage: {} }))).toMatchObject({
      code: 'SYS.1003',
      details: `invalid field[imageUuid], resource[uuid:${unknown}, type:ImageVO] not found`,
    });
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    expect(errorOf(await action(bob, sim.image('img-centos-7'), { recoverImage: {} })).details).toBe(
      `permission denied, the account[uuid:${sim.info.accounts['bob'] ?? ''}] is not the owner of the resource[uuid:${sim.image('img-centos-7')}, type:ImageVO]`,
    );
    const GiB = 1024 ** 3;
    expect(errorOf(await action(bob, sim.image('img-quota-bob'), { recoverImage: {} }))).toMatchObject({
      code: 'ID.1003',
      details: `quota exceeding.The resource owner(or target resource owner) account[uuid: ${sim.info.accounts['bob'] ?? ''} name: bob] exceeds a quota[name: image.size, value: ${150 * GiB}], Current used:${140 * GiB}, Request:${80 * GiB}. Please contact the administrator.`,
    });
    expect((await imageOf(sim.admin, sim.image('img-quota-bob')))?.status).toBe('Deleted');
  });

  it('img-public-readonly: alice sees it Deleted but may neither recover nor expunge it', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const uuid = sim.image('img-public-readonly');
    expect((await imageOf(alice, uuid))?.status).toBe('Deleted');
    const denied = `permission denied, the account[uuid:${sim.info.accounts['alice'] ?? ''}] is not the owner of the resource[uuid:${uuid}, type:ImageVO]`;
    for (const body of [{ recoverImage: {} }, { expungeImage: {} }])
      expect(errorOf(await action(alice, uuid, body))).toMatchObject({ code: 'SYS.1006', details: denied });
    expect(errorOf(await runJob(sim.ctx, 'DELETE', `/images/${uuid}`, alice)).details).toBe(denied);
  });
});

describe('DeleteImage and ExpungeImage, reference by reference', () => {
  it('deletes on the listed backup storages only (repeated query parameters), the image turning Deleted with the last one', async () => {
    const [ready] = await rows<Image>(
      sim.ctx,
      sim.admin,
      `/images?q=name=centos-7.9&q=backupStorageRefs.backupStorageUuid=${sim.backupStorage('bs-sh-ceph')}`,
    );
    const uuid = ready?.uuid ?? '';
    const first = await runJob(
      sim.ctx,
      'DELETE',
      `/images/${uuid}?deleteMode=Permissive&backupStorageUuids=${sim.backupStorage('bs-sh-ceph')}`,
      sim.admin,
    );
    expect([first.status, first.text]).toEqual([200, '{}']);
    let after = await imageOf(sim.admin, uuid);
    expect(after?.status).toBe('Ready');
    expect(refStatus(after)).toEqual(
      [
        [sim.backupStorage('bs-hz-imagestore'), 'Ready'],
        [sim.backupStorage('bs-sh-ceph'), 'Deleted'],
      ].sort(),
    );
    await runJob(
      sim.ctx,
      'DELETE',
      `/images/${uuid}?backupStorageUuids=${sim.backupStorage('bs-hz-imagestore')}&backupStorageUuids=${sim.backupStorage('bs-sh-ceph')}`,
      sim.admin,
    );
    after = await imageOf(sim.admin, uuid);
    expect(after?.status).toBe('Deleted');
    // deleting a Deleted image again is no error
    expect((await runJob(sim.ctx, 'DELETE', `/images/${uuid}`, sim.admin)).text).toBe('{}');

    const e = errorOf(
      await runJob(
        sim.ctx,
        'DELETE',
        `/images/${uuid}?backupStorageUuids=0123456789ab4def8123456789abcdef`,
        sim.admin,
      ),
    );
    expect(e).toMatchObject({
      code: 'SYS.1003',
      details:
        'invalid field[backupStorageUuids], resource[uuids:[0123456789ab4def8123456789abcdef], type:BackupStorageVO] not found',
    });
    expect(
      (await runJob(sim.ctx, 'DELETE', '/images/0123456789ab4def8123456789abcdef', sim.admin)).text,
    ).toBe('{}');

    // expunge one reference: the image stays, Deleted, on the other
    expect(
      (
        await action(sim.admin, uuid, {
          expungeImage: { backupStorageUuids: [sim.backupStorage('bs-sh-ceph')] },
        })
      ).text,
    ).toBe('{}');
    after = await imageOf(sim.admin, uuid);
    expect(refStatus(after)).toEqual([[sim.backupStorage('bs-hz-imagestore'), 'Deleted']]);
    expect(after?.status).toBe('Deleted');
    expect((await action(sim.admin, uuid, { expungeImage: {} })).text).toBe('{}');
    expect(await imageOf(sim.admin, uuid)).toBeUndefined();
    expect(errorOf(await action(sim.admin, uuid, { expungeImage: {} })).code).toBe('SYS.1003');
  });

  it('img-partial: recovering the Deleted reference makes it whole; expunge errors name the reference', async () => {
    const uuid = sim.image('img-partial');
    const label = `the image[uuid:${uuid}, name:img-partial]`;
    expect(
      errorOf(await action(sim.admin, uuid, { expungeImage: { backupStorageUuids: [] } })),
    ).toMatchObject({
      code: 'SYS.1007',
      details: 'field[backupStorageUuids] cannot be an empty list',
    });
    expect(
      errorOf(
        await action(sim.admin, uuid, {
          expungeImage: { backupStorageUuids: [sim.backupStorage('bs-hz-imagestore')] },
        }),
      ),
    ).toMatchObject({
      code: 'SYS.1007',
      details: `${label} is not deleted on the backup storage[uuid:${sim.backupStorage('bs-hz-imagestore')}]`,
    });
    const r = await action(sim.admin, uuid, {
      recoverImage: { backupStorageUuids: [sim.backupStorage('bs-sh-ceph')] },
    });
    const inv = r.json()['inventory'] as Image;
    expect(inv.status).toBe('Ready');
    expect(inv.backupStorageRefs.every((ref) => ref.status === 'Ready')).toBe(true);
    expect(errorOf(await action(sim.admin, uuid, { expungeImage: {} }))).toMatchObject({
      code: 'SYS.1006',
      details: `${label} is not deleted on any backup storage`,
    });
  });

  it('counts every image job in the executions report', async () => {
    const report = (await control(sim.ctx, 'GET', '/executions')) as { executions: { action: string }[] };
    const actions = new Set(report.executions.map((e) => e.action));
    for (const a of ['deleteImage', 'recoverImage', 'expungeImage']) expect(actions).toContain(a);
  });
});
