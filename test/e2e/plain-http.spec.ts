// The console opened by host name over plain HTTP, as on an intranet: not a secure context, so the browser hides
// crypto.subtle, crypto.randomUUID and navigator.clipboard. Sign-in (SHA-512 of the password), job ids and copying
// must all work without them.
import { chromium, PLAIN_HTTP_HOST, PLAIN_HTTP_ORIGIN } from '../../playwright.config.ts';
import { expect, row, signIn, test, recoverAlone } from './fixtures.ts';

test.use({
  // The name resolves to the test server only inside this browser.
  launchOptions: {
    ...chromium,
    args: [...chromium.args, `--host-resolver-rules=MAP ${PLAIN_HTTP_HOST} 127.0.0.1`],
  },
  // No clipboard permission: on plain HTTP the page could not use it anyway.
  permissions: [],
});

interface CopyCall {
  command: string;
  result: boolean;
  /** The text selected when the command ran: what the browser put on the clipboard. */
  selected: string;
}

declare global {
  interface Window {
    __copyCalls?: CopyCall[];
  }
}

test('over plain HTTP: sign in, recover web-01, copy its UUID', async ({ page }) => {
  // Every document.execCommand call, with the text it acted on and what it returned.
  await page.addInitScript(() => {
    const calls: CopyCall[] = [];
    window.__copyCalls = calls;
    type ExecCommand = (this: Document, ...args: Parameters<Document['execCommand']>) => boolean;
    const original = Object.getOwnPropertyDescriptor(Document.prototype, 'execCommand')?.value as ExecCommand;
    Document.prototype.execCommand = function (this: Document, ...args) {
      const active = this.activeElement;
      const selected =
        active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement
          ? active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0)
          : String(this.getSelection());
      const result = original.apply(this, args);
      calls.push({ command: args[0], result, selected });
      return result;
    };
  });
  const jobIds: string[] = [];
  page.on('request', (r) => {
    const id = r.headers()['x-job-uuid'];
    if (id !== undefined) jobIds.push(id);
  });

  await page.goto(`${PLAIN_HTTP_ORIGIN}/`);
  await expect(page.getByRole('heading', { name: /Sign in/u })).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(PLAIN_HTTP_ORIGIN).host);
  const context = await page.evaluate(() => ({
    secure: window.isSecureContext,
    subtle: typeof crypto.subtle,
    randomUUID: typeof (crypto as Partial<Crypto>).randomUUID,
    clipboard: typeof (navigator as Partial<Navigator>).clipboard,
  }));
  expect(context).toEqual({
    secure: false,
    subtle: 'undefined',
    randomUUID: 'undefined',
    clipboard: 'undefined',
  });

  // The password is hashed without Web Crypto: a wrong hash would be refused.
  await signIn(page);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('web-01');
  await row(page, 'web-01').getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  await recoverAlone(dialog);
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/vms\/[0-9a-f]{32}$/u);
  const uuid = new URL(page.url()).pathname.split('/').pop() ?? '';
  // The job id was made without crypto.randomUUID, in ZStack's form.
  expect(jobIds).toHaveLength(1);
  expect(jobIds[0]).toMatch(/^[0-9a-f]{32}$/u);

  const copy = page.getByRole('button', { name: 'Copy UUID of web-01' });
  await copy.click();
  await expect(page.getByText('Copied to the clipboard')).toBeVisible();
  await expect(copy).toHaveAttribute('title', 'Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard' })).toBeAttached();
  const calls = await page.evaluate(() => window.__copyCalls ?? []);
  expect(calls).toEqual([{ command: 'copy', result: true, selected: uuid }]);

  // And it is really on the clipboard: the user pastes it into the search box.
  await page.getByRole('link', { name: 'Back to the recycle bin' }).click();
  const search = page.getByRole('searchbox', { name: 'Search destroyed VMs' });
  await search.clear();
  await search.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(search).toHaveValue(uuid);
  // web-01 has left the recycle bin.
  await expect(page.getByText(`No destroyed VM matches “${uuid}”.`)).toBeVisible();
});
