// A zh-CN browser: the whole journey in Chinese, axe in Chinese, and switching language with a reload.
// Texts come from the catalogs themselves, so the test reads what a user reads.
import type { Page } from '@playwright/test';
import { zhCN as zh } from '../../src/i18n/zh-CN/index.ts';
import { expectCjkGlyphs, expect, signInByName, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import * as journey from './chinese-journeys.ts';

test.use({ locale: 'zh-CN' });

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

const reader: journey.ChineseReader = {
  t: zh,
  recover: zh.recycleBin.recover,
  recoverAndStart: zh.binDialogs.recoverAndStart,
  errorGroup: /^错误 /,
  causeGroup: /^根错误 /,
  noHost: zh.errors.noHost.headline,
  readsAsOwn: expectNoEnglishUi,
};

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
  await journey.readStartFailure(page, reader, search);
  // A recovery that works ends on the inventory, in Chinese.
  await journey.recoverToInventory(page, reader, search);
  await expect(page.getByRole('table')).not.toHaveCount(0);
  await expectNoEnglishUi(page, 'inventory');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Chinese pages (${scheme} theme)`, async ({ page }) => {
    await journey.axeSignInPage(page, scheme, '/', 'zh-CN');
    await expect(page.getByRole('table', { name: zh.recycleBin.tableLabel }).getByRole('row')).toHaveCount(
      21,
    );
    await expectNoViolations(page, 'recycle bin');
    await page.getByRole('searchbox', { name: zh.recycleBin.searchLabel }).fill('legacy-db-01');
    await journey.axeDialogsAndInventory(page, zh);
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
