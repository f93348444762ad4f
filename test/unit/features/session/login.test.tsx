import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../../src/features/session/LoginPage.tsx';
import { ZStackClient } from '../../../../src/zstack/client.ts';
import { logIn } from '../../../../src/zstack/endpoints.ts';
import { recordRequests, server } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';

describe('sign-in', () => {
  it('sends a signed-out user to login, and after signing in with Enter to the recycle bin', async () => {
    const { user, router } = renderApp('/');
    await user.type(await screen.findByLabelText(/^Account name/u), 'admin');
    await user.type(screen.getByLabelText(/^Password/u), 'password{Enter}');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as admin (admin)');
    expect(currentUrl(router)).toBe('/');
  });

  it('says plainly when the password is wrong, with the ZStack code', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^Account name/u), 'admin');
    await user.type(screen.getByLabelText(/^Password/u), 'nope{Enter}');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Wrong account name or password/u)).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Error ID.1000' })).toBeInTheDocument();
    expect(testSession().get().session).toBeUndefined();
  });

  it('says when the management node cannot be reached', async () => {
    server.use(http.put(/\/zstack\/v1\/accounts\/login/u, () => HttpResponse.error()));
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^Account name/u), 'admin');
    await user.type(screen.getByLabelText(/^Password/u), 'password{Enter}');
    expect(await screen.findByText(/cannot reach the ZStack management node/u)).toBeInTheDocument();
  });

  it('explains too many sessions (ID.1006)', async () => {
    // ZStack's default identity.session.maxConcurrent is 500: fill them up through the real login API, from
    // other browsers (this tab stays signed out).
    const elsewhere = new ZStackClient({ getSession: () => undefined });
    for (let i = 0; i < 500; i += 1) await logIn(elsewhere, 'bob', 'bob-password');
    expect(testSession().get().session).toBeUndefined();
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/^Account name/u), 'bob');
    await user.type(screen.getByLabelText(/^Password/u), 'bob-password{Enter}');
    expect(await screen.findByText(/too many open sessions/u)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Error ID.1006' })).toBeInTheDocument();
  });

  it('keeps the session across a reload of the tab, and signing out forgets it', async () => {
    await signInAs('alice', 'alice-password');
    expect(sessionStorage.getItem('zstack-console.session')).toContain('alice');
    const { user, router } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    const seen = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText(/^Account name/u)).toBeInTheDocument();
    const logouts = seen.filter(
      (r) => r.method === 'DELETE' && r.path.startsWith('/zstack/v1/accounts/sessions/'),
    );
    expect(logouts).toHaveLength(1);
    expect(sessionStorage.getItem('zstack-console.session')).toBeNull();
    expect(currentUrl(router)).toBe('/login');
  });

  it('after the session expires, returns to login once and then to the exact list state', async () => {
    await signInAs('admin', 'password');
    const { user, router } = renderApp('/?sort=name&dir=asc&page=2');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Destroyed VMs' });
    await fetch(`${location.origin}/zstack/__sim/expire-sessions`, { method: 'POST' });
    await user.click(screen.getByRole('button', { name: 'Refresh the list' }));
    expect(await screen.findByText(/Your session expired/u)).toBeInTheDocument();
    expect(currentUrl(router)).toMatch(/^\/login\?/u);
    await user.type(screen.getByLabelText(/^Account name/u), 'admin');
    await user.type(screen.getByLabelText(/^Password/u), 'password{Enter}');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/?sort=name&dir=asc&page=2');
  });

  it.each([
    ['never follows a `next` that leaves the console', '/login?next=//evil.example/x', '/'],
    [
      'after signing in, stays on the console for a `next` of `/%5Cevil.example/`',
      '/login?next=/%5Cevil.example/',
      '/',
    ],
    [
      'after signing in, follows a `next` inside the console with its query',
      `/login?next=${encodeURIComponent('/volumes?q=1')}`,
      '/volumes?q=1',
    ],
  ])('%s', async (_title, url, after) => {
    const { user, router } = renderApp(url);
    await user.type(await screen.findByLabelText(/^Account name/u), 'admin');
    await user.type(screen.getByLabelText(/^Password/u), 'password{Enter}');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(after);
  });

  it.each([
    '/\\evil.example/',
    '//evil.example',
    '/\\evil',
    'javascript:alert(1)',
    '/\tevil',
    '/\n/evil.example',
    '/\u0000x',
    'https://evil.example/',
    '/login?next=/x',
  ])('refuses `next` = %j and goes to the recycle bin instead', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('keeps a `next` inside the console as it is', () => {
    expect(safeNext('/vms/x?q=1')).toBe('/vms/x?q=1');
  });
});
