// Copying on a plain-HTTP console (http://<host>:5000, as ZStack UIs are usually opened): the browser hides
// navigator.clipboard there, and the copy buttons fall back to a selected textarea and execCommand('copy').
import { fireEvent, isInaccessible, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../../src/components/plain/CopyButton.tsx';
import { ErrorCodeView } from '../../../src/components/plain/ErrorCodeView.tsx';
import { NotifierProvider } from '../../../src/components/plain/Notifier.tsx';
import { ZStackError } from '../../../src/zstack/errors.ts';
import { renderApp, signInAs } from '../../support/render.tsx';

/** The element that took the focus last (what a browser copies from), followed through focus events. */
let focused: EventTarget | null = null;
const trackFocus = (event: FocusEvent) => {
  focused = event.target;
};

/**
 * A browser's execCommand('copy'): it copies the selection of the focused field, or nothing. Records what it
 * copied each time; `answer` is what it returns.
 */
function stubExecCommand(answer = true) {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    const field = focused;
    if (field instanceof HTMLTextAreaElement && field.selectionStart !== field.selectionEnd) {
      copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
    }
    return command === 'copy' && answer;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, copied };
}

/** A recover dialog showing the failure of legacy-db-01, with its "Copy error" button. */
async function failedRecoverDialog() {
  await signInAs();
  const { user } = renderApp('/?q=legacy-db-01');
  hideClipboard();
  await user.click(await screen.findByRole('button', { name: 'Recover legacy-db-01' }));
  const dialog = await screen.findByRole('dialog', { name: 'Recover legacy-db-01?' });
  await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
  return { user, alert: await within(dialog).findByRole('alert') };
}

/** Plain HTTP: no asynchronous Clipboard API at all (user-event's setup() installs a stand-in: take it away). */
function hideClipboard() {
  Object.defineProperty(navigator, 'clipboard', { get: () => undefined, configurable: true });
  expect(navigator.clipboard).toBeUndefined();
}

beforeEach(() => {
  focused = null;
  document.addEventListener('focusin', trackFocus);
  // Plain HTTP: not a secure context, and no asynchronous Clipboard API.
  vi.stubGlobal('isSecureContext', false);
  hideClipboard();
  // As in browsers (unlike jsdom), selecting a field's text moves the focus into it.
  vi.spyOn(HTMLTextAreaElement.prototype, 'select').mockImplementation(function (this: HTMLTextAreaElement) {
    this.focus();
    this.setSelectionRange(0, this.value.length);
  });
});
afterEach(() => {
  document.removeEventListener('focusin', trackFocus);
  Reflect.deleteProperty(document, 'execCommand');
});

describe('copy buttons without navigator.clipboard', () => {
  it('copy the value through execCommand, say "Copied" and give the focus back', async () => {
    const { execCommand, copied } = stubExecCommand();
    render(
      <NotifierProvider>
        <CopyButton value="0123456789abcdef0123456789abcdef" label="Copy UUID of web-01" />
      </NotifierProvider>,
    );
    const button = screen.getByRole('button', { name: 'Copy UUID of web-01' });
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('title', 'Copied'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual(['0123456789abcdef0123456789abcdef']);
    expect(button).toHaveFocus();
    // The helper textarea is gone again.
    expect(screen.queryByRole('textbox', { hidden: true })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Copied to the clipboard'));
  });

  it('say so when the browser refuses to copy', async () => {
    stubExecCommand(false);
    render(
      <NotifierProvider>
        <CopyButton value="x" label="Copy UUID of web-01" />
      </NotifierProvider>,
    );
    const button = screen.getByRole('button', { name: 'Copy UUID of web-01' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'The browser did not allow copying to the clipboard',
      ),
    );
    expect(button).toHaveAttribute('title', 'Copy UUID of web-01');
  });

  it('copy an error for a ticket the same way', async () => {
    const { copied } = stubExecCommand();
    render(
      <NotifierProvider>
        <ErrorCodeView
          error={
            new ZStackError('api', {
              errorCode: { code: 'ID.1003', details: 'quota' },
              jobUuid: 'a'.repeat(32),
            })
          }
          title="Recovering web-01 failed"
        />
      </NotifierProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy error' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Error copied to the clipboard'),
    );
    expect(copied).toHaveLength(1);
    expect(JSON.parse(copied[0] ?? '')).toMatchObject({
      error: { code: 'ID.1003', details: 'quota' },
      jobUuid: 'a'.repeat(32),
    });
  });

  it('copy a failure from inside the recover dialog, whose focus trap keeps the focus in the dialog', async () => {
    const { copied } = stubExecCommand();
    const { user, alert } = await failedRecoverDialog();
    await user.click(within(alert).getByRole('button', { name: 'Copy error' }));
    // While the dialog is open, the dialog's own live region speaks (the modal hides the page's).
    const dialog = screen.getByRole('dialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Error copied to the clipboard'),
    );
    expect(copied).toHaveLength(1);
    expect(JSON.parse(copied[0] ?? '')).toMatchObject({ error: { code: 'SYS.1006' }, kind: 'api' });
    expect(within(alert).getByRole('button', { name: 'Copy error' })).toHaveFocus();
  });

  it('confirm a copy made inside a dialog where screen readers hear it', async () => {
    stubExecCommand();
    const { user, alert } = await failedRecoverDialog();
    await user.click(within(alert).getByRole('button', { name: 'Copy error' }));
    // Said in a live region that the open modal does not hide from the accessibility tree.
    await waitFor(() => {
      const spoken = screen
        .getAllByRole('status', { hidden: true })
        .find((region) => region.textContent === 'Error copied to the clipboard');
      expect(spoken).toBeDefined();
      expect(spoken && isInaccessible(spoken)).toBe(false);
    });
  });
});
