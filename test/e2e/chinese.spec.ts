// A zh-CN browser: the whole journey in Chinese, axe in Chinese, and switching language with a reload.
// Texts come from the catalogs themselves, so the test reads what a user reads.
import type { Page } from '@playwright/test';
import { zhCN as zh } from '../../src/i18n/zh-CN/index.ts';
import { expectCjkGlyphs, expect, row, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';

test.use({ locale: 'zh-CN' });

async function signInByName(page: Page, account = 'admin', password = 'password') {
  // Field names, not labels: this helper is language-neutral.
  await page.locator('input[name="accountName"]').fill(account);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
}

/** English words of the console's own UI that must not be left on a Chinese page. */
const ENGLISH_UI =
  /\b(Sign in|Sign out|Recycle bin|Recover|Expunge|Settings|Loading|Retry|Close|Cancel|Refresh|Search)\b/u;

async function expectNoEnglishUi(page: Page, what: string) {
  // Server text (VM names, ErrorCode descriptions and details) stays as ZStack sent it, so it is left out.
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-server-text], table a, [role="group"] > div').forEach((n) => n.remove());
    return clone.innerText;
  });
  expect(text, `English UI words on ${what}`).not.toMatch(ENGLISH_UI);
}

test('a Chinese reader signs in, finds a VM, reads a failure with its causes and recovers another', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByLabel(zh.common.languageLabel)).toHaveValue('zh-CN');
  await expectNoEnglishUi(page, 'sign-in page');
  await signInByName(page);
  await expect(page.getByRole('heading', { name: zh.recycleBin.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: zh.recycleBin.tableLabel }).getByRole('row')).toHaveCount(21);
  await expect(page.getByRole('columnheader', { name: zh.recycleBin.columns.account })).toBeVisible();
  await expectNoEnglishUi(page, 'recycle bin');
  // Drawn in Chinese, not in boxes: the heading and the table's headers.
  await expectCjkGlyphs(page.getByRole('heading', { name: zh.recycleBin.title, level: 1 }));
  await expectCjkGlyphs(page.getByRole('table', { name: zh.recycleBin.tableLabel }).getByRole('row').first());

  // A failure: recovery works, the start that follows finds no host (VM.1001 caused by HOST_ALLOCATION.1000).
  const search = page.getByRole('searchbox', { name: zh.recycleBin.searchLabel });
  await search.fill('gpu-train-02');
  await row(page, 'gpu-train-02')
    .getByRole('button', { name: zh.recycleBin.recoverName('gpu-train-02') })
    .click();
  let dialog = page.getByRole('dialog', { name: zh.binDialogs.recoverTitle('gpu-train-02') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: zh.binDialogs.startAfter }).check();
  await dialog.getByRole('button', { name: zh.binDialogs.recoverAndStart }).click();
  // Once the VM is back the title says so.
  dialog = page.getByRole('dialog', { name: zh.binDialogs.recoveredTitle('gpu-train-02') });
  await expect(dialog.getByRole('alert').first()).toBeVisible();
  await expect(dialog.getByRole('group', { name: /^错误 / })).toBeVisible();
  await expect(dialog.getByRole('group', { name: /^根错误 / })).not.toHaveCount(0);
  await expect(dialog.getByText(zh.errors.noHost.headline, { exact: false })).toBeVisible();
  await expectNoEnglishUi(page, 'a failure with its cause chain');
  await dialog.getByRole('button', { name: zh.common.close }).click();

  // A recovery that works ends on the inventory, in Chinese.
  await search.fill('web-01');
  await row(page, 'web-01')
    .getByRole('button', { name: zh.recycleBin.recoverName('web-01') })
    .click();
  dialog = page.getByRole('dialog', { name: zh.binDialogs.recoverTitle('web-01') });
  await dialog.getByRole('button', { name: zh.recycleBin.recover, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).not.toHaveCount(0);
  await expectNoEnglishUi(page, 'inventory');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Chinese pages (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('input[name="accountName"]')).toBeVisible();
    await expectNoViolations(page, 'sign-in page');
    await signInByName(page);
    await expect(page.getByRole('table', { name: zh.recycleBin.tableLabel }).getByRole('row')).toHaveCount(
      21,
    );
    await expectNoViolations(page, 'recycle bin');
    await page.getByRole('searchbox', { name: zh.recycleBin.searchLabel }).fill('legacy-db-01');
    await row(page, 'legacy-db-01')
      .getByRole('button', { name: zh.recycleBin.recoverName('legacy-db-01') })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectNoViolations(page, 'recover dialog');
    await dialog.getByRole('button', { name: zh.recycleBin.recover, exact: true }).click();
    await expect(dialog.getByRole('alert').first()).toBeVisible();
    await expectNoViolations(page, 'error view');
    await dialog.getByRole('button', { name: zh.common.close }).click();
    await page.getByRole('searchbox', { name: zh.recycleBin.searchLabel }).fill('web-01');
    await page.getByRole('link', { name: 'web-01', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    await expect(page.getByRole('table')).not.toHaveCount(0);
    await expectNoViolations(page, 'inventory view');
  });
}

test('switching to English sticks across a reload, and <html lang> follows', async ({ page }) => {
  await page.goto('/');
  await signInByName(page);
  await expect(page.getByRole('heading', { name: zh.recycleBin.title, level: 1 })).toBeVisible();
  await page.getByLabel('Language / 语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language / 语言').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: zh.recycleBin.title, level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: zh.recycleBin.title, level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
