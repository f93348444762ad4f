// Signing out ends the session on the node too: the logout is sent again after a lost answer, survives the tab
// closing, and the user is told when the node could not be told. Signing in leaves no password behind.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { sha512Hex } from '../../../../src/zstack/crypto.ts';
import { server } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';

const LOGOUT = /\/zstack\/v1\/accounts\/sessions\/[^/]+$/u;
const STAYS_VALID = /session stays valid on it until it times out/u;

/** Every logout request that left the page, and whether it asked to outlive the page. */
function recordLogouts(): { keepalive: boolean }[] {
  const seen: { keepalive: boolean }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'DELETE' && LOGOUT.test(new URL(request.url).pathname)) {
      seen.push({ keepalive: request.keepalive });
    }
  });
  return seen;
}

/** Signed in as alice on the recycle bin, with fake timers driving the logout's backoff. */
async function signedIn() {
  await signInAs('alice', 'alice-password');
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const view = renderApp('/');
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
  return { ...view, user };
}

const signInHeading = () =>
  screen.findByRole('heading', { name: 'Sign in to the ZStack Recycle Bin', level: 1 });

async function waitOut(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

describe('sign-out', () => {
  it('forgets the session at once, sends the logout 4 times when no answer comes, then says the session lives on', async () => {
    const { user, router } = await signedIn();
    server.use(http.delete(LOGOUT, () => HttpResponse.error()));
    const logouts = recordLogouts();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await signInHeading()).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/login');
    expect(sessionStorage.getItem('zstack-console.session')).toBeNull();
    expect(screen.queryByText(STAYS_VALID)).not.toBeInTheDocument();
    await waitOut(7000);
    await screen.findByText(STAYS_VALID);
    // Said once, in a polite live region of its own (not also through the page's announcer).
    const notices = screen.getAllByRole('status').filter((r) => STAYS_VALID.test(r.textContent));
    expect(notices).toHaveLength(1);
    expect(screen.getAllByText(STAYS_VALID)).toHaveLength(1);
    expect(logouts).toEqual(Array.from({ length: 4 }, () => ({ keepalive: true })));
    // No more attempts after the user was told.
    await waitOut(60_000);
    expect(logouts).toHaveLength(4);
  });

  it('stops sending once the node answers, and then says nothing more', async () => {
    const { user } = await signedIn();
    let lost = 2;
    server.use(
      http.delete(LOGOUT, () => {
        if (lost === 0) return undefined; // on to the simulator
        lost -= 1;
        return new HttpResponse('<html><body>502 Bad Gateway</body></html>', { status: 502 });
      }),
    );
    const logouts = recordLogouts();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signInHeading();
    await waitOut(60_000);
    expect(logouts).toHaveLength(3);
    expect(screen.queryByText(STAYS_VALID)).not.toBeInTheDocument();
  });

  it('sends a logout still waiting for its retry with keepalive as the tab closes', async () => {
    const { user } = await signedIn();
    server.use(http.delete(LOGOUT, () => HttpResponse.error()));
    const logouts = recordLogouts();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await signInHeading();
    await waitOut(10);
    expect(logouts).toHaveLength(1);
    act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    await waitOut(10);
    expect(logouts).toEqual([{ keepalive: true }, { keepalive: true }]);
  });

  it('does not sign out on pagehide while signed in (a reload keeps the session)', async () => {
    await signedIn();
    const logouts = recordLogouts();
    act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    await waitOut(10);
    expect(logouts).toHaveLength(0);
  });
});

describe('the password after sign-in', () => {
  function mutationCacheText(queryClient: ReturnType<typeof renderApp>['queryClient']): string {
    return JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    );
  }

  it('is kept neither by the login mutation nor by the form, whether sign-in succeeds or fails', async () => {
    const { user, queryClient } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^Account name/u), 'alice');
    await user.type(screen.getByLabelText(/^Password/u), 'wrong-password{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Wrong account name or password/u);
    expect(screen.getByLabelText(/^Password/u)).toHaveValue('');
    const afterFailure = mutationCacheText(queryClient);
    expect(afterFailure).toContain('"status":"error"');
    expect(afterFailure).not.toContain('wrong-password');
    expect(afterFailure).not.toContain(await sha512Hex('wrong-password'));

    await user.type(screen.getByLabelText(/^Password/u), 'alice-password{Enter}');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    const afterSuccess = mutationCacheText(queryClient);
    expect(afterSuccess).toContain('"status":"success"');
    expect(afterSuccess).not.toContain('alice-password');
    expect(afterSuccess).not.toContain(await sha512Hex('alice-password'));
  });
});
