import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../../src/app/App.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { routes } from '../../src/app/router.tsx';

/** The whole app at `url`, with a fresh cache and router; the network is the simulator (see msw.ts). */
export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, user, router, queryClient };
}

/** The current location of a rendered app, as path + search. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  return `${router.state.location.pathname}${router.state.location.search}`;
}

/** Signs in through the real login API (against the simulator), as the login page would. */
export async function signInAs(
  account = 'admin',
  password = `${account === 'admin' ? '' : `${account}-`}password`,
) {
  const { signIn } = await import('../../src/api/session.ts');
  return signIn(account, password);
}
