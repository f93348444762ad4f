import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import {
  type Location,
  MemoryRouter,
  type NavigateFunction,
  type NavigateOptions,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { AppProviders } from '../../src/app/App.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { AppRoutes } from '../../src/app/router.tsx';
import { type Locale, loadMessages } from '../../src/i18n/locale.ts';
import { testSession } from './session.ts';

/** What tests may do with the router: read where the app is, and go somewhere as a link would. */
export interface TestRouter {
  location: Location;
  /** A path as a link would, or a step through history (-1 = the browser's Back). */
  navigate: (to: string | number, options?: NavigateOptions) => Promise<void>;
}

function RouterProbe({ onChange }: { onChange: (location: Location, navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  // A layout effect runs in the same commit that shows the new page, so a test that has just found that page reads
  // its URL too (a passive effect could still be pending on a busy machine).
  useLayoutEffect(() => onChange(location, navigate), [location, navigate, onChange]);
  return null;
}

/**
 * The whole app at `url`, with a fresh cache and router, in English unless `locale` says otherwise (the catalog of
 * another language must be loaded first: use renderAppIn). The network is the simulator (see msw.ts).
 */
export function renderApp(url = '/', locale: Locale = 'en') {
  const router: TestRouter = {
    location: { pathname: url, search: '', hash: '', state: null, key: 'initial' },
    navigate: () => Promise.resolve(),
  };
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const utils = render(
    <AppProviders queryClient={queryClient} session={testSession()} locale={locale}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <RouterProbe
          onChange={(location, navigate) => {
            router.location = location;
            router.navigate = async (to, options) => {
              await (typeof to === 'number' ? navigate(to) : navigate(to, options));
            };
          }}
        />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...utils, user, router, queryClient, session: testSession() };
}

/** The app in `locale`, its catalog loaded first (as main.tsx does before the first paint). */
export async function renderAppIn(locale: Locale, url = '/') {
  await loadMessages(locale);
  return renderApp(url, locale);
}

/** The current location of a rendered app, as path + search. */
export function currentUrl(router: TestRouter): string {
  return `${router.location.pathname}${router.location.search}`;
}

/** Signs in through the real login API (against the simulator), as the login page would. */
export async function signInAs(
  account = 'admin',
  password = `${account === 'admin' ? '' : `${account}-`}password`,
) {
  return testSession().signIn(account, password);
}
