// One desk, several people: nothing fetched for one account may ever be painted for the next one, whether the
// first signed out, their session expired, or the next one walks back through the browser history.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../../../src/api/session.ts';
import { query } from '../../../../src/zstack/endpoints.ts';
import { eq } from '../../../../src/zstack/query.ts';
import { server, sim, simControl } from '../../../support/msw.ts';
import { currentUrl, renderApp } from '../../../support/render.tsx';
import { makeSession, testSession } from '../../../support/session.ts';

const PASSWORDS: Record<string, string> = {
  admin: 'password',
  alice: 'alice-password',
  bob: 'bob-password',
};

async function signInThroughForm(user: UserEvent, account: string) {
  await user.type(await screen.findByLabelText(/^Account name/u), account);
  await user.type(screen.getByLabelText(/^Password/u), `${PASSWORDS[account] ?? ''}{Enter}`);
}

/** UUIDs of the destroyed VMs `account` may see, asked from another browser. */
async function destroyedVisibleTo(account: string): Promise<Set<string>> {
  const elsewhere = makeSession({ storage: null });
  await elsewhere.signIn(account, PASSWORDS[account] ?? '');
  const { inventories } = await query(elsewhere.client, 'vms', {
    conditions: [eq('state', 'Destroyed'), eq('type', 'UserVm')],
    limit: 1000,
  });
  return new Set(inventories.map((vm) => vm.uuid));
}

const listTable = () => screen.findByRole('table', { name: 'Destroyed VMs' });

/** The VM uuids of the rows on screen, from their links. */
function rowUuids(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('link')
    .filter((link) => !link.getAttribute('href')?.startsWith('/events'))
    .map((link) => link.getAttribute('href')?.split('/vms/')[1] ?? '');
}

function shownTotal(): number {
  return Number(/^(\d+)/u.exec(screen.getByText(/^\d+ destroyed VMs?$/u).textContent)?.[1]);
}

const pageText = () => document.body.textContent;

/**
 * Watches every change of the page from the moment `account` is signed in (the store says so, before React
 * renders anything of theirs) and records any of `forbidden` that shows up, even for a single render.
 */
function watchForLeaks(store: SessionStore, account: string, forbidden: readonly string[]) {
  const leaks = new Set<string>();
  let armed = false;
  const check = (text: string) => {
    if (!armed) return;
    for (const f of forbidden) if (text.includes(f)) leaks.add(f);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) check(node.textContent ?? '');
      if (record.type === 'characterData') check(record.target.textContent ?? '');
    }
    check(pageText());
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const unsubscribe = store.subscribe(() => {
    if (store.get().session?.accountName === account) {
      armed = true;
      check(pageText());
    }
  });
  stops.push(() => {
    observer.disconnect();
    unsubscribe();
  });
  return {
    leaks: () => [...leaks],
    /** Runs the check now, against whatever is on the page. */
    now: () => {
      check(pageText());
      return [...leaks];
    },
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('session isolation', () => {
  it('after the admin signs out, alice never sees a row of another account, not even for one render', async () => {
    const { user, router } = renderApp('/login');
    await signInThroughForm(user, 'admin');
    const adminTable = await listTable();
    expect(screen.getByRole('columnheader', { name: 'Account' })).toBeInTheDocument();
    const adminTotal = shownTotal();
    const alices = await destroyedVisibleTo('alice');
    expect(adminTotal).toBeGreaterThan(alices.size);
    const forbidden = rowUuids(adminTable).filter((uuid) => !alices.has(uuid));
    expect(forbidden.length).toBeGreaterThan(0);
    expect(pageText()).toContain(forbidden[0]);

    const watch = watchForLeaks(testSession(), 'alice', forbidden);
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText(/^Account name/u);
    expect(forbidden.filter((uuid) => pageText().includes(uuid))).toEqual([]);

    await signInThroughForm(user, 'alice');
    // Right after the navigation, before the list has been fetched for alice.
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    expect(watch.now()).toEqual([]);
    const aliceTable = await listTable();
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as alice');
    expect(screen.queryByRole('columnheader', { name: 'Account' })).not.toBeInTheDocument();
    expect(rowUuids(aliceTable).every((uuid) => alices.has(uuid))).toBe(true);
    await waitFor(() => expect(shownTotal()).toBe(alices.size));
    expect(currentUrl(router)).toBe('/');
    expect(watch.now()).toEqual([]);
  });

  it('after the session expires, bob signing in never sees what the admin had on screen', async () => {
    const { user } = renderApp('/login');
    await signInThroughForm(user, 'admin');
    const adminTable = await listTable();
    const bobs = await destroyedVisibleTo('bob');
    const forbidden = rowUuids(adminTable).filter((uuid) => !bobs.has(uuid));
    expect(forbidden.length).toBeGreaterThan(0);
    const watch = watchForLeaks(testSession(), 'bob', forbidden);

    await simControl('POST', 'expire-sessions');
    // The next request answers ID.1001: the console forgets the session and asks for a sign-in.
    await user.click(screen.getByRole('button', { name: 'Refresh the list' }));
    expect(await screen.findByText(/Your session expired/u)).toBeInTheDocument();
    expect(forbidden.filter((uuid) => pageText().includes(uuid))).toEqual([]);

    await signInThroughForm(user, 'bob');
    expect(await screen.findByRole('heading', { name: 'Recycle bin', level: 1 })).toBeInTheDocument();
    expect(watch.now()).toEqual([]);
    const bobTable = await listTable();
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as bob');
    expect(rowUuids(bobTable).every((uuid) => bobs.has(uuid))).toBe(true);
    await waitFor(() => expect(shownTotal()).toBe(bobs.size));
    expect(watch.now()).toEqual([]);
  });

  it('a VM page of the admin, reached again through the history, shows alice "not found", never its data', async () => {
    const legacy = sim.scenarioVm('legacy-db-01') ?? '';
    expect(await destroyedVisibleTo('alice')).not.toContain(legacy);
    const { user, router } = renderApp('/login');
    await signInThroughForm(user, 'admin');
    await listTable();
    // The admin opens one of their VMs, moves on to Settings, and signs out there.
    await router.navigate(`/vms/${legacy}`);
    expect(await screen.findByRole('heading', { name: 'legacy-db-01', level: 1 })).toBeInTheDocument();
    await router.navigate('/settings');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();

    // What only the admin's session showed on that page: the VM's name (its uuid is in the URL anyway).
    const watch = watchForLeaks(testSession(), 'alice', ['legacy-db-01']);
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    await signInThroughForm(user, 'alice');
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Signed in as alice'));

    // Back through the history to the admin's VM page…
    await router.navigate(-1);
    await waitFor(() => expect(currentUrl(router)).toBe(`/vms/${legacy}`));
    expect(await screen.findByRole('heading', { name: 'VM not found', level: 1 })).toBeInTheDocument();
    expect(watch.now()).toEqual([]);
    // …and by its address again.
    await router.navigate('/');
    await listTable();
    await router.navigate(`/vms/${legacy}`);
    expect(await screen.findByRole('heading', { name: 'VM not found', level: 1 })).toBeInTheDocument();
    expect(document.title).not.toContain('legacy-db-01');
    expect(watch.leaks()).toEqual([]);
  });

  it('a slow sign-out neither hands the next person the last page nor moves them once it answers', async () => {
    const legacy = sim.scenarioVm('legacy-db-01') ?? '';
    const web01 = sim.scenarioVm('web-01') ?? '';
    const { user, router } = renderApp('/login');
    await signInThroughForm(user, 'admin');
    await listTable();
    await router.navigate(`/vms/${legacy}`);
    expect(await screen.findByRole('heading', { name: 'legacy-db-01', level: 1 })).toBeInTheDocument();

    // The management node takes its time to answer the logout.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let answered = false;
    server.use(
      http.delete(/\/zstack\/v1\/accounts\/sessions\//u, async ({ request }) => {
        await held;
        const response = await sim.handle(request);
        answered = true;
        return response;
      }),
    );
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText(/^Account name/u);
    // A plain sign-in page: nothing says "return to the admin's VM".
    expect(currentUrl(router)).toBe('/login');

    await signInThroughForm(user, 'alice');
    await listTable();
    expect(currentUrl(router)).toBe('/');
    await router.navigate(`/vms/${web01}`);
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();

    // The logout answers at last: alice stays where she is.
    release();
    await waitFor(() => expect(answered).toBe(true));
    await simControl('GET', 'info');
    expect(currentUrl(router)).toBe(`/vms/${web01}`);
    expect(screen.getByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
  });
});
