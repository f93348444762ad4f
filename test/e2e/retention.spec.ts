// Stop the clock: pausing automatic expunging keeps everything past its deadline, resuming expunges exactly what the
// resume form counted; a shorter period asks for the count typed and expunges that many; a normal account sees the
// pause and a read-only Retention page (in Chinese). Counts are read on the node, not from the console.
import type { APIRequestContext, Page } from '@playwright/test';
import { zhCN as zh } from '../../src/i18n/zh-CN/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, openSignedIn, test, zstack } from './fixtures.ts';

type Kind = 'vm' | 'volume' | 'image';
const KINDS: readonly Kind[] = ['vm', 'volume', 'image'];

/** What each recycle bin holds, counted by the node (the bins' own conditions). */
const BIN: Record<Kind, string> = {
  vm: 'vm-instances?q=state=Destroyed&q=type=UserVm',
  volume: 'volumes?q=status=Deleted&q=type=Data',
  image: 'images?q=backupStorageRefs.status=Deleted&q=system=false',
};

async function held(request: APIRequestContext, session: string): Promise<Record<Kind, number>> {
  const count = async (kind: Kind) => {
    const reply = await request.get(`/zstack/v1/${BIN[kind]}&count=true`, {
      headers: { Authorization: `OAuth ${session}` },
    });
    expect(reply.status()).toBe(200);
    return ((await reply.json()) as { total: number }).total;
  };
  return { vm: await count('vm'), volume: await count('volume'), image: await count('image') };
}

const banner = (page: Page, text = 'Automatic expunging is paused') =>
  page.getByRole('note').getByText(text, { exact: true });

test('pause keeps everything past its deadline; resume expunges exactly what its form counted', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = await zstack.signIn(request);
  await openSignedIn(page, '/retention');
  await page.getByRole('button', { name: 'Pause automatic expunging' }).click();
  const confirm = page.getByRole('group', { name: 'Pause automatic expunging?' });
  await expect(confirm).toContainText('Expunging by hand still works');
  await expectNoViolations(page, 'retention, pause confirmation (light)');
  await confirm.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(banner(page)).toBeVisible();

  const before = await held(request, admin);
  // Ten days on: every deadline in every bin has passed (VMs wait 7 days, the others 3).
  expect((await request.post('/zstack/__sim/clock', { data: { advanceSeconds: 864_000 } })).ok()).toBe(true);
  const session = await zstack.signIn(request);
  expect(await held(request, session)).toEqual(before);

  await openSignedIn(page, '/retention');
  await expect(banner(page)).toBeVisible();
  await page.getByRole('button', { name: 'Resume automatic expunging' }).click();
  const resume = page.getByRole('group', { name: 'Resume automatic expunging' });
  const said = {} as Record<Kind, number>;
  const pattern: Record<Kind, RegExp> = {
    vm: /(\d+) VMs? will be expunged/u,
    volume: /(\d+) data volumes? will be expunged/u,
    image: /(\d+) images? will be expunged/u,
  };
  for (const kind of KINDS) {
    const line = resume.getByText(pattern[kind]);
    await expect(line).toBeVisible();
    said[kind] = Number(pattern[kind].exec((await line.textContent()) ?? '')?.[1]);
  }
  expect(said.vm).toBeGreaterThan(0);
  await expectNoViolations(page, 'retention, resume form (light)');
  await resume.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(banner(page)).toHaveCount(0);

  // The restarted tasks pass at once: each bin loses exactly what the form said.
  await expect
    .poll(async () => {
      const after = await held(request, session);
      return KINDS.map((k) => before[k] - after[k]);
    })
    .toEqual(KINDS.map((k) => said[k]));
});

test('a shorter period asks for the count typed, and that many go; the countdowns follow', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const admin = await zstack.signIn(request);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSignedIn(page, '/retention');
  const vms = page
    .getByRole('table', { name: 'Retention of each recycle bin' })
    .getByRole('row', { name: /^VMs/u });
  await expect(vms).toContainText('7 days');
  const next = vms.getByRole('cell').nth(4);
  await expect(next).toContainText(/between/u);
  const nextBefore = await next.textContent();

  await page.getByRole('button', { name: 'Change VMs' }).click();
  const period = page.getByRole('textbox', { name: 'Expunge period (seconds)' });
  await period.fill('86400');
  await page.getByRole('button', { name: 'Review' }).click();
  const typed = page.getByRole('textbox', { name: /^Type \d+ to confirm$/u });
  await expect(typed).toBeVisible();
  const label = await page.locator('label', { hasText: /^Type \d+ to confirm$/u }).textContent();
  const n = Number(/Type (\d+)/u.exec(label ?? '')?.[1] ?? NaN);
  expect(n).toBeGreaterThan(0);
  await expectNoViolations(page, 'retention, typed count (dark)');
  const apply = page.getByRole('button', { name: 'Apply' });
  await typed.fill(String(n + 1));
  await expect(apply).toBeDisabled();
  const before = await held(request, admin);
  await typed.fill(String(n));
  await apply.click();

  await expect(vms).toContainText('1 day');
  await expect.poll(async () => before.vm - (await held(request, admin)).vm).toBe(n);
  // The next to go is counted from the new period: its window moved.
  await expect(next).not.toHaveText(nextBefore ?? '');
  await expect(next).toContainText(/between/u);
  await page.goto('/?sort=lastOpDate&dir=asc');
  await expect(page.getByRole('table').getByText(/^Due now/u)).toHaveCount(0);
});

test.describe('a normal account (中文)', () => {
  test.use({ locale: 'zh-CN' });

  const signInAlice = async (page: Page) => {
    // Field names, not labels: the form is in Chinese.
    await page.locator('input[name="accountName"]').fill('alice');
    await page.locator('input[name="password"]').fill('alice-password');
    await page.locator('input[name="password"]').press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('link', { name: zh.app.navRetention, exact: true })).toBeVisible();
  };

  test('sees the pause on every page and a read-only Retention page', async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await signInAlice(page);
    await expect(banner(page, zh.app.pausedBanner)).toHaveCount(0);
    // A browser that has kept nothing (the audit log shows alice none of the admin's rows): the pause is still
    // known to her, from the policy's own default (Delay) against its value (Never).
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    const admin = await zstack.signIn(request);
    for (const kind of KINDS)
      await zstack.action(request, admin, 'PUT', `global-configurations/${kind}/deletionPolicy/actions`, {
        updateGlobalConfig: { value: 'Never' },
      });

    await page.reload();
    await signInAlice(page);
    await expect(banner(page, zh.app.pausedBanner)).toBeVisible();
    await expect(page.getByText(zh.recycleBin.keptUntilResumed).first()).toBeVisible();
    await page.getByRole('link', { name: zh.app.navRetention }).first().click();
    await expect(page.getByText(zh.retention.readOnly)).toBeVisible();
    await expect(banner(page, zh.app.pausedBanner)).toBeVisible();
    await expect(page.getByRole('button', { name: zh.retention.pause })).toHaveCount(0);
    await expect(page.getByRole('button', { name: zh.retention.resume })).toHaveCount(0);
    await expect(page.getByRole('button', { name: zh.retention.change(zh.retention.kinds.vm) })).toHaveCount(
      0,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(page, `retention, normal account, paused (zh-CN, ${scheme})`);
    }
  });
});
