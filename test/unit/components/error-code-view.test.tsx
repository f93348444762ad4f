import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCodeView } from '../../../src/components/plain/ErrorCodeView.tsx';
import { NotifierProvider } from '../../../src/components/plain/Notifier.tsx';
import { errorCodeSchema, ZStackClient } from '../../../src/zstack/client.ts';
import { ZStackError } from '../../../src/zstack/errors.ts';

function show(error: unknown) {
  const user = userEvent.setup();
  render(
    <NotifierProvider>
      <ErrorCodeView error={error} title="Recovering web-01 failed" />
    </NotifierProvider>,
  );
  return user;
}

describe('ErrorCodeView', () => {
  it('shows every field ZStack sent, at every level, including an ErrorCodeList’s causes', () => {
    show(
      new ZStackError('api', {
        status: 503,
        errorCode: {
          code: 'SYS.1006',
          description: 'An operation failed',
          details: 'outer <details> & more',
          elaboration: 'Error message: the disk is gone',
          location: 'recover-root-volume',
          causes: [
            { code: 'VOLUME.1001', description: 'first', details: 'first cause' },
            {
              code: 'VOLUME.1002',
              description: 'second',
              details: 'second cause',
              cause: { code: 'SYS.1000', details: 'deepest' },
            },
          ],
        },
      }),
    );
    const top = screen.getByRole('group', { name: 'Error SYS.1006' });
    expect(top).toHaveTextContent('Details: outer <details> & more');
    expect(top).toHaveTextContent('Explanation: Error message: the disk is gone');
    expect(top).toHaveTextContent('Failed in: recover-root-volume');
    expect(within(top).getByRole('group', { name: 'Caused by VOLUME.1001' })).toHaveTextContent(
      'first cause',
    );
    const second = within(top).getByRole('group', { name: 'Caused by VOLUME.1002' });
    expect(within(second).getByRole('group', { name: 'Caused by SYS.1000' })).toHaveTextContent('deepest');
    expect(screen.getByRole('button', { name: 'Hide 2 causes of SYS.1006' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it.each([
    ['VM.1001', 'APIStartVmInstanceMsg', /ZStack cannot start this VM while it is Destroyed/u],
    [
      'VM.1005',
      'AttachDataVolumeToVmMsg',
      /ZStack cannot attach a data volume to this VM while it is Destroyed/u,
    ],
    ['SYS.1006', 'APIRecoverVmInstanceMsg', /This VM is no longer in the recycle bin: it is now Destroyed/u],
  ])('words VM.1010 inside %s as that action’s refusal', (code, msg, words) => {
    const details = `current vm instance state[Destroyed] doesn't allow to proceed message[org.zstack.header.vm.${msg}]`;
    show(
      new ZStackError('api', {
        status: 503,
        errorCode: { code, details, cause: { code: 'VM.1010', details } },
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(words);
  });

  it('explains a failure that is not a ZStack error in plain words, through the same view', () => {
    show(new ZStackError('proxy', { status: 502, details: 'the proxy answered HTTP 502' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/The proxy in front of ZStack answered with an error/u);
    expect(within(alert).getByRole('group', { name: 'Error PROXY' })).toHaveTextContent(
      'the proxy answered HTTP 502',
    );
  });

  it('copies the raw ErrorCode as JSON for a ticket', async () => {
    // An HTTPS console: the asynchronous Clipboard API is there (user-event provides it).
    vi.stubGlobal('isSecureContext', true);
    const user = show(
      new ZStackError('api', { errorCode: { code: 'ID.1003', details: 'quota' }, jobUuid: 'a'.repeat(32) }),
    );
    await user.click(screen.getByRole('button', { name: 'Copy error' }));
    const copied: unknown = JSON.parse(await navigator.clipboard.readText());
    expect(copied).toMatchObject({ error: { code: 'ID.1003', details: 'quota' }, jobUuid: 'a'.repeat(32) });
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Error copied to the clipboard'),
    );
  });
});

describe('ErrorCodeView with a hostile cause chain', () => {
  /** A 503 whose ErrorCode is `depth` levels deep, LEVEL.1 … LEVEL.<depth>, read by the real client. */
  async function deepError(depth: number) {
    let text = `{"code":"LEVEL.${depth}"}`;
    for (let level = depth - 1; level >= 1; level -= 1) text = `{"code":"LEVEL.${level}","cause":${text}}`;
    const client = new ZStackClient({
      baseUrl: 'http://node.test/zstack',
      getSession: () => undefined,
      fetch: () => Promise.resolve(new Response(`{"error":${text}}`, { status: 503 })),
    });
    return client.errorFrom(await client.raw('GET', '/v1/vm-instances'), 'Listing VMs');
  }

  it('shows 32 levels of a 1,500-level chain, says how many more there are, and copies the whole answer', async () => {
    vi.stubGlobal('isSecureContext', true);
    const error = await deepError(1500);
    const user = show(error);
    expect(screen.getByRole('group', { name: 'Error LEVEL.1' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: /^Caused by LEVEL\./u })).toHaveLength(31);
    expect(screen.getByRole('group', { name: 'Caused by LEVEL.32' })).toHaveTextContent(
      '… 1468 more levels (in the copied error)',
    );
    expect(screen.queryByRole('group', { name: 'Caused by LEVEL.33' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy error' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('LEVEL.1500');
    const parsed: unknown = JSON.parse(copied);
    expect(parsed).toMatchObject({ kind: 'api', status: 503, error: { code: 'LEVEL.1' } });
    // Read back (as the operations list does from storage), the cut chain still says what was cut.
    let last = v.parse(errorCodeSchema, JSON.parse(JSON.stringify(error.errorCode)));
    while (last.cause) last = last.cause;
    expect(last).toEqual({ code: 'LEVEL.32', hiddenLevels: 1468 });
  });

  it('reads a chain 100,000 levels deep without overflowing the stack', async () => {
    const error = await deepError(100_000);
    show(error);
    expect(screen.getByRole('group', { name: 'Caused by LEVEL.32' })).toHaveTextContent(
      '… 99968 more levels (in the copied error)',
    );
  });
});
