// The steps the Simplified and the Traditional Chinese journeys share, over a table of what each language must show.
// Texts come from the catalogs (or, where a spec pins ZStack's exact term, from the spec), so a test reads what a
// user reads.
import type { Locator, Page } from '@playwright/test';
import type { Messages } from '../../src/i18n/en/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, row, signInByName } from './fixtures.ts';

/** What one Chinese reader sees on the screens both journeys visit. */
export interface ChineseReader {
  t: Messages;
  /** The recover dialog's buttons. */
  recover: string;
  recoverAndStart: string;
  /** The group of the failed action's ErrorCode, and those of its causes. */
  errorGroup: RegExp;
  causeGroup: RegExp;
  /** The plain words for "no host could start it". */
  noHost: string;
  /** Fails on a word the page must not show in this language (English UI, or a Simplified-only character). */
  readsAsOwn: (page: Page, what: string) => Promise<void>;
}

/** Finds `name` in the VM bin and opens its recover dialog. */
async function openRecover(page: Page, t: Messages, search: Locator, name: string): Promise<Locator> {
  await search.fill(name);
  await row(page, name)
    .getByRole('button', { name: t.recycleBin.recoverName(name) })
    .click();
  return page.getByRole('dialog', { name: t.binDialogs.recoverTitle(name) });
}

/** On the VM bin: gpu-train-02 recovers, its start finds no host, and the dialog shows the error with its causes. */
export async function readStartFailure(page: Page, r: ChineseReader, search: Locator) {
  let dialog = await openRecover(page, r.t, search, 'gpu-train-02');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: r.t.binDialogs.startAfter }).check();
  await dialog.getByRole('button', { name: r.recoverAndStart }).click();
  // Once the VM is back the title says so.
  dialog = page.getByRole('dialog', { name: r.t.binDialogs.recoveredTitle('gpu-train-02') });
  await expect(dialog.getByRole('alert').first()).toBeVisible();
  await expect(dialog.getByRole('group', { name: r.errorGroup })).toBeVisible();
  await expect(dialog.getByRole('group', { name: r.causeGroup })).not.toHaveCount(0);
  await expect(dialog.getByText(r.noHost)).toBeVisible();
  await r.readsAsOwn(page, 'a failure with its cause chain');
  await dialog.getByRole('button', { name: r.t.common.close }).click();
}

/** A recovery that works ends on web-01's inventory. */
export async function recoverToInventory(page: Page, r: ChineseReader, search: Locator) {
  const dialog = await openRecover(page, r.t, search, 'web-01');
  await dialog.getByRole('button', { name: r.recover, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
}

/** In `scheme`, opens `path` signed out: axe on the sign-in page shown in `locale`, then signs in. */
export async function axeSignInPage(page: Page, scheme: 'light' | 'dark', path: string, locale: string) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('input[name="accountName"]')).toBeVisible();
  await expectNoViolations(page, 'sign-in page');
  await signInByName(page);
}

/** On the VM bin, signed in: axe on legacy-db-01's recover dialog, its refusal, and then web-01's inventory. */
export async function axeDialogsAndInventory(page: Page, t: Messages) {
  await row(page, 'legacy-db-01')
    .getByRole('button', { name: t.recycleBin.recoverName('legacy-db-01') })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, 'recover dialog');
  await dialog.getByRole('button', { name: t.recycleBin.recover, exact: true }).click();
  await expect(dialog.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'error view');
  await dialog.getByRole('button', { name: t.common.close }).click();
  await page.getByRole('searchbox', { name: t.recycleBin.searchLabel }).fill('web-01');
  await page.getByRole('link', { name: 'web-01', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).not.toHaveCount(0);
  await expectNoViolations(page, 'VM inventory');
}
