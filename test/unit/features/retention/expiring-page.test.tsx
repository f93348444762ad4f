// The "Expiring soon" view: soonest first, and never a page that waits for good. While it looks it says so; when the
// node refuses a query it shows ZStack's error with its cause chain and a retry that works.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

const refusal = JSON.stringify({
  error: {
    code: 'SYS.1000',
    description: 'An internal error happened in system',
    details: 'database unavailable',
  },
});

describe('Expiring soon', () => {
  it('says it is loading, then lists what the next day takes, soonest first', async () => {
    await signInAs();
    renderApp('/expiring');
    expect(await screen.findByRole('progressbar', { name: 'Loading what expires soon' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Items expiring soon' });
    expect(within(table).getByRole('link', { name: 'expiring-soon-01' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows a refused query of the configs with its cause, and retries', async () => {
    await signInAs();
    let fail = true;
    server.use(
      http.get(/\/zstack\/v1\/global-configurations$/u, () =>
        fail ? HttpResponse.text(refusal, { status: 503 }) : undefined,
      ),
    );
    const { user } = renderApp('/expiring');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load what expires soon/u);
    expect(within(alert).getByRole('group', { name: 'Error SYS.1000' })).toHaveTextContent(
      /database unavailable/u,
    );
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await screen.findByRole('table', { name: 'Items expiring soon' });
    expect(within(table).getByRole('link', { name: 'expiring-soon-01' })).toBeInTheDocument();
  });
});
