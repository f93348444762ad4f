// The first time a dialog opens, its code may still be loading: preloadable() renders it through React.lazy.
// Whatever happens in it must survive the list behind it re-rendering (it refetches every 30 s, after a failure,
// when the owners arrive): once, the switch from the lazy path to the loaded component remounted the dialog and
// dropped a running recovery. Own file on purpose: the dialog's code is module state, so only the first opening
// in a file takes this path.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionRequests, holdJobResults, recordRequests } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

const dialog = () => screen.getByRole('dialog', { name: 'Recover web-01?' });

describe('a dialog opened before its code had loaded', () => {
  it('keeps a running recovery, and what the user chose, when the list behind it refreshes', async () => {
    await signInAs();
    const seen = recordRequests();
    const { user, queryClient } = renderApp('/?q=web-01');
    await user.click(await screen.findByRole('button', { name: 'Recover web-01' }));
    await screen.findByRole('dialog', { name: 'Recover web-01?' });
    // The VM alone: the data volume deleted with it is offered back by default.
    await user.click(
      await within(dialog()).findByRole('checkbox', { name: /^Also recover this data volume/u }),
    );
    await user.click(within(dialog()).getByRole('checkbox', { name: /Start the VM after recovery/u }));

    // The job's result is held back while the list behind the dialog refreshes.
    const release = holdJobResults();
    await user.click(within(dialog()).getByRole('button', { name: 'Recover and start' }));
    expect(await within(dialog()).findByRole('button', { name: 'Recovering…' })).toBeDisabled();
    await act(() => queryClient.refetchQueries());
    expect
      .soft(within(dialog()).queryByRole('button', { name: 'Recovering…' }), 'still shown as running')
      .toBeInTheDocument();
    expect
      .soft(within(dialog()).getByRole('checkbox', { name: /Start the VM after recovery/u }))
      .toBeChecked();
    release();

    // The recovery (and the start the user asked for) ends on the VM's page, as it does without the refresh.
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'IP addresses' })).toBeInTheDocument();
    expect(actionRequests(seen)).toHaveLength(2);
  });
});
