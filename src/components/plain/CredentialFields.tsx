// The account name and password, as the sign-in page and the in-place sign-in of a paused run both ask for them:
// the same labels, the same autocomplete hints (password managers fill both), the same checks.
import type { RefObject } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';
import { TextInput } from './TextInput.tsx';

export interface CredentialFieldsProps {
  accountName: string;
  password: string;
  onAccountName: (value: string) => void;
  onPassword: (value: string) => void;
  /** The account name field, to focus it again after a failure. */
  nameRef?: RefObject<HTMLInputElement | null>;
  /** Only where signing in is all the page is for. */
  autoFocus?: boolean;
}

export function CredentialFields({
  accountName,
  password,
  onAccountName,
  onPassword,
  nameRef,
  autoFocus = false,
}: CredentialFieldsProps) {
  const t = useT();
  return (
    <>
      <TextInput
        label={t.session.accountName}
        name="accountName"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        // eslint-disable-next-line jsx-a11y/no-autofocus -- set only by the sign-in page, which is for nothing else
        autoFocus={autoFocus}
        {...(nameRef ? { inputRef: nameRef } : {})}
        value={accountName}
        onChange={onAccountName}
      />
      <TextInput
        label={t.session.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={onPassword}
      />
    </>
  );
}
