// A zh-TW browser: the whole journey in Traditional Chinese with no Simplified-only character on any screen, axe in
// light and dark, and switching among the three languages across reloads. Texts come from the catalogs themselves.
import type { Page } from '@playwright/test';
import { zhTW as tw } from '../../src/i18n/zh-TW/index.ts';
import { simplifiedIn } from '../support/simplified.ts';
import { expect, signInByName, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import * as journey from './chinese-journeys.ts';

test.use({ locale: 'zh-TW' });

/** Everything the page shows and names (text, labels, titles, placeholders), read for Simplified-only characters. */
async function expectTraditionalOnly(page: Page, what: string) {
  const text = await page.evaluate(() => {
    const named = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...named].join('\n');
  });
  expect(simplifiedIn(text), `Simplified characters on ${what}`).toEqual([]);
}

// ZStack's zh_TW terms written out where the journey pins them.
const reader: journey.ChineseReader = {
  t: tw,
  recover: '恢復',
  recoverAndStart: '恢復並啟動',
  errorGroup: /^錯誤 /,
  causeGroup: /^起因：/,
  noHost: '沒有實體機有足夠的資源啟動這台雲主機。',
  readsAsOwn: expectTraditionalOnly,
};

test('a Taiwan reader signs in, finds a VM, reads a failure with its causes, recovers another and reads its inventory', async ({
  page,
}) => {
  // Seven screens, each read whole: triple the time a single screen's test gets on a busy machine.
  test.slow();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByLabel(tw.common.languageLabel)).toHaveValue('zh-TW');
  await expect(page.getByRole('heading', { name: tw.session.title })).toBeVisible();
  await expectTraditionalOnly(page, 'sign-in page');
  await signInByName(page);
  await expect(page.getByRole('heading', { name: '資源回收筒', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: tw.recycleBin.tableLabel });
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(table.getByRole('columnheader', { name: '帳戶' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: tw.recycleBin.tabs.label })).toHaveText(
    /雲主機.*數據磁碟.*映像檔/u,
  );
  await expectTraditionalOnly(page, 'recycle bin');

  // A failure: recovery works, the start that follows finds no host (a three-level cause chain).
  const search = page.getByRole('searchbox', { name: '搜尋已刪除的雲主機' });
  await journey.readStartFailure(page, reader, search);
  // A recovery that works ends on the inventory, in Traditional Chinese.
  await journey.recoverToInventory(page, reader, search);
  for (const panel of ['網路卡', 'IP 位址', '雲磁碟'])
    await expect(page.getByRole('region', { name: panel, exact: true })).toBeVisible();
  await expectTraditionalOnly(page, 'VM inventory');

  // The data volume and image bins, and an image's copies on its backup storages.
  await page
    .getByRole('navigation', { name: tw.app.mainNav })
    .getByRole('link', { name: '資源回收筒' })
    .click();
  await page
    .getByRole('navigation', { name: tw.recycleBin.tabs.label })
    .getByRole('link', { name: '數據磁碟' })
    .click();
  await expect(page.getByRole('table', { name: '已刪除的數據磁碟' }).getByRole('row')).not.toHaveCount(0);
  await expectTraditionalOnly(page, 'data volume bin');
  await page
    .getByRole('navigation', { name: tw.recycleBin.tabs.label })
    .getByRole('link', { name: '映像檔' })
    .click();
  const images = page.getByRole('table', { name: '已刪除的映像檔' });
  await expect(images.getByRole('columnheader', { name: '備份儲存' })).toBeVisible();
  await expectTraditionalOnly(page, 'image bin');
  await images.getByRole('link', { name: 'img-centos-7', exact: true }).click();
  await expect(page.getByRole('region', { name: '備份儲存', exact: true })).toBeVisible();
  await expectTraditionalOnly(page, 'image inventory');
});

test('the other screens read in Traditional Chinese too: a recovered data volume, the bulk dialog, settings', async ({
  page,
}) => {
  test.slow(); // four screens, each read whole
  await page.goto('/volumes?q=data-web-02');
  await signInByName(page);
  const volumes = page.getByRole('table', { name: '已刪除的數據磁碟' });
  await volumes.getByRole('button', { name: tw.recycleBin.recoverName('data-web-02') }).click();
  const dialog = page.getByRole('dialog', { name: tw.bin.recoverTitle('volume', 'data-web-02') });
  await expect(dialog).toBeVisible();
  await expectTraditionalOnly(page, 'data volume recover dialog');
  await dialog.getByRole('button', { name: '恢復', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'data-web-02', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '摘要', exact: true })).toBeVisible();
  await expectTraditionalOnly(page, 'data volume inventory');

  await page.goto('/');
  await page.getByRole('checkbox', { name: '選取本頁所有雲主機' }).check();
  await page.getByRole('button', { name: tw.recycleBin.recoverSelected(20) }).click();
  const bulk = page.getByRole('dialog', { name: tw.binDialogs.bulkRecoverTitle(20) });
  await expect(bulk.getByText(/將從資源回收筒恢復/u)).toBeVisible();
  await expectTraditionalOnly(page, 'bulk recover dialog');
  await bulk.getByRole('button', { name: tw.common.cancel }).click();

  await page.getByRole('navigation', { name: tw.app.mainNav }).getByRole('link', { name: '設定' }).click();
  await expect(page.getByRole('heading', { name: '設定', level: 1 })).toBeVisible();
  await expect(page.getByText('管理節點時區')).toBeVisible();
  await expectTraditionalOnly(page, 'settings');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Traditional Chinese lists (${scheme} theme)`, async ({ page }) => {
    test.slow(); // three axe runs, each slow on a busy machine
    await journey.axeSignInPage(page, scheme, '/images', 'zh-TW');
    const images = page.getByRole('table', { name: tw.bin.tableLabel('image') });
    await expect(images.getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
    await expect(images).toHaveAttribute('aria-busy', 'false');
    await expectNoViolations(page, 'image bin');
    await page
      .getByRole('navigation', { name: tw.recycleBin.tabs.label })
      .getByRole('link', { name: '雲主機' })
      .click();
    await expect(page.getByRole('table', { name: tw.recycleBin.tableLabel }).getByRole('row')).toHaveCount(
      21,
    );
    await expectNoViolations(page, 'recycle bin');
  });

  test(`axe finds nothing in the Traditional Chinese dialogs and inventory (${scheme} theme)`, async ({
    page,
  }) => {
    test.slow(); // three axe runs
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?q=legacy-db-01');
    await signInByName(page);
    await journey.axeDialogsAndInventory(page, tw);
  });
}

test('switching among the three languages sticks across reloads, and <html lang> follows', async ({
  page,
}) => {
  await page.goto('/');
  await signInByName(page);
  const heading = (name: string) => page.getByRole('heading', { name, level: 1 });
  await expect(heading('資源回收筒')).toBeVisible();
  // The control's name reads "Language" in every language; each option is named in its own script.
  const language = page.getByLabel(/^Language \//u);
  await expect(language.getByRole('option')).toHaveText(['English', '簡體中文', '繁體中文']);
  for (const [locale, title] of [
    ['en', 'Recycle bin'],
    ['zh-CN', '回收站'],
    ['zh-TW', '資源回收筒'],
  ] as const) {
    await language.selectOption(locale);
    await expect(heading(title)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.reload();
    await expect(heading(title)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(language).toHaveValue(locale);
  }
  await expect(language.getByRole('option')).toHaveText(['English', '簡體中文', '繁體中文']);
  await language.selectOption('zh-CN');
  await expect(language.getByRole('option')).toHaveText(['English', '简体中文', '繁體中文']);
});
