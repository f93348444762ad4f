// Signing in again in the sign-in-in-place form (components/plain/SignInAgain.tsx), as a user does.
import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Fills the form in `form` as `account` (replacing the name it offers) and sends it. */
export async function signInAgainAs(user: UserEvent, form: HTMLElement, account: string, password: string) {
  const name = within(form).getByRole('textbox', { name: /Account name/u });
  await user.clear(name);
  await user.type(name, account);
  await user.type(within(form).getByLabelText(/Password/u), password);
  await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));
}
