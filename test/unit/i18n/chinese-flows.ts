// The flows the Simplified and the Traditional Chinese tests both walk, read through the catalog of each; what each
// language must show is asserted by its own test file.
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { en, type Messages } from '../../../src/i18n/en/index.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { renderAppIn, signInAs } from '../../support/render.tsx';

type User = Awaited<ReturnType<typeof renderAppIn>>['user'];

/** Signs in as admin on the sign-in page shown in `t`'s language; returns the VM bin's table once it is drawn. */
export async function signInToBin(user: User, t: Messages): Promise<HTMLElement> {
  await user.type(await screen.findByLabelText(t.session.accountName, { exact: false }), 'admin');
  await user.type(screen.getByLabelText(t.session.password, { exact: false }), 'password{Enter}');
  expect(await screen.findByRole('heading', { name: t.recycleBin.title, level: 1 })).toBeInTheDocument();
  return screen.findByRole('table', { name: t.recycleBin.tableLabel });
}

/** No English word of the console's own UI is left on the page. */
export function expectNoEnglishUi() {
  for (const word of [en.recycleBin.title, en.app.signOut, en.recycleBin.searchLabel])
    expect(screen.queryByText(word)).not.toBeInTheDocument();
}

/** carol recovers carol-build-03 alone, over her VM quota: the alert ZStack's refusal leaves in the dialog. */
export async function quotaRefusalIn(locale: Locale, t: Messages): Promise<HTMLElement> {
  await signInAs('carol');
  const { user } = await renderAppIn(locale, '/?q=carol-build-03');
  await user.click(await screen.findByRole('button', { name: t.recycleBin.recoverName('carol-build-03') }));
  const dialog = await screen.findByRole('dialog', { name: t.binDialogs.recoverTitle('carol-build-03') });
  // The VM alone: the data volume deleted with it is offered back by default.
  await user.click(
    await within(dialog).findByRole('checkbox', { name: t.binDialogs.together.offer(1, 'carol-build-03') }),
  );
  await user.click(within(dialog).getByRole('button', { name: t.recycleBin.recover }));
  const alert = await within(dialog).findByRole('alert');
  expect(within(alert).getByRole('group', { name: t.errors.levelError('ID.1003') })).toBeInTheDocument();
  // The ErrorCode's own description is server text: as ZStack sent it.
  expect(alert).toHaveTextContent('The user exceeds a quota of a resource');
  return alert;
}
