// A job that runs long can be left: "Stop waiting" closes the dialog without touching the job, and Operations
// follows the same job by its id until it ends. Nothing is sent twice; the simulator counts what it ran.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionRequests, executions, holdJobResults, recordRequests } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

const slow = { timeout: 60_000 };

describe('stop waiting for a long job', slow, () => {
  it('hands the recovery to Operations, which follows the same job to its end: recovered once', async () => {
    const seen = recordRequests();
    await signInAs();
    const { user } = renderApp('/?q=api-08');
    const uuid = (await screen.findByRole('link', { name: 'api-08' })).getAttribute('href')?.slice(5) ?? '';
    await user.click(screen.getByRole('button', { name: 'Recover api-08' }));
    const dialog = await screen.findByRole('dialog', { name: 'Recover api-08?' });
    const release = holdJobResults();
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));

    // Once the node has taken the job there is something to hand over; until then only the wait shows.
    const stop = within(dialog).getByRole('button', { name: 'Stop waiting' });
    await waitFor(() => expect(stop).toBeEnabled(), slow);
    await user.click(stop);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        /api-08: the job goes on on the management node/u,
      ),
    );
    expect(await screen.findByRole('button', { name: 'Operations: 0 of 1 done' })).toBeInTheDocument();

    release();
    expect(
      await screen.findByRole('button', { name: 'Operations: finished (1 of 1)' }, slow),
    ).toBeInTheDocument();
    expect(await executions('recoverVmInstance', uuid)).toBe(1);
    // The run sent the job again with the dialog's X-Job-UUID: ZStack took it as the job it already had.
    const puts = actionRequests(seen).filter((r) => r.path.includes(uuid));
    expect(puts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(puts.map((r) => r.jobUuid)).size).toBe(1);
  });
});
