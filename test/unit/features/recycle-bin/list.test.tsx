import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordRequests, type SeenRequest, server, sim } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';

/** The q, sort, start and limit of every VM list query the app sends. */
let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});
/** The bin's own list queries: not the app bar's "expiring soon" count (count=true) or its soonest-first probe. */
const listRequests = () =>
  seen
    .filter((r) => r.path === '/zstack/v1/vm-instances' && r.url.searchParams.get('sort') !== 'lastOpDate')
    .map((r) => r.url.searchParams)
    .filter((p) => p.get('count') !== 'true');
const lastList = () => listRequests().at(-1) ?? new URLSearchParams();
const table = () => screen.findByRole('table', { name: 'Destroyed VMs' });

describe('recycle bin list', () => {
  it('asks the server for one page of destroyed user VMs, newest deletion first, with a count', async () => {
    await signInAs();
    renderApp('/');
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect(screen.getByText(/^\d+ destroyed VMs$/u)).toBeInTheDocument();
    expect(lastList().getAll('q')).toEqual(['state=Destroyed', 'type=UserVm']);
    expect(Object.fromEntries([...lastList()].filter(([k]) => k !== 'q'))).toEqual({
      start: '0',
      limit: '20',
      replyWithCount: 'true',
      sort: '-lastOpDate',
    });
    expect(screen.getByRole('columnheader', { name: 'Account' })).toBeInTheDocument();
  });

  it('reads the expunge policy once: the countdowns, the banner and the app bar share one global-config query', async () => {
    await signInAs();
    renderApp('/');
    const row = within(await table()).getAllByRole('row')[1];
    await waitFor(() => expect(row).toHaveTextContent(/between/u));
    expect(seen.filter((r) => r.path === '/zstack/v1/global-configurations')).toHaveLength(1);
  });

  it('searches on the server by name, and keeps the search in the URL', async () => {
    await signInAs();
    const { router } = renderApp('/');
    await table();
    // The debounce runs on fake time: however slowly this machine types, no 300 ms pass between two keys.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.type(screen.getByRole('searchbox', { name: 'Search destroyed VMs' }), 'web-01');
    expect(currentUrl(router)).toBe('/');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(currentUrl(router)).toBe('/?q=web-01');
    expect(await screen.findByRole('link', { name: 'web-01' })).toBeInTheDocument();
    await waitFor(() => expect(lastList().getAll('q')).toContain('name~=%web-01%'));
    // Typing is debounced: one request for the whole word, not one per key.
    expect(listRequests().filter((p) => p.getAll('q').some((q) => q.startsWith('name~=')))).toHaveLength(1);
  });

  it('searches by exact UUID and by MAC address', async () => {
    await signInAs();
    const { user } = renderApp('/?q=web-01');
    const link = await screen.findByRole('link', { name: 'web-01' });
    const uuid = link.getAttribute('href')?.split('/vms/')[1] ?? '';
    const box = screen.getByRole('searchbox', { name: 'Search destroyed VMs' });
    await user.clear(box);
    await user.type(box, uuid);
    expect(await screen.findByText('Searching by exact UUID')).toBeInTheDocument();
    await waitFor(() => expect(lastList().getAll('q')).toContain(`uuid=${uuid}`));
    expect(await screen.findByRole('link', { name: 'web-01' })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'FA:16:3E:00:00:01');
    await waitFor(() => expect(lastList().getAll('q')).toContain('vmNics.mac=fa:16:3e:00:00:01'));
  });

  it('sorts and pages on the server, with the state in the URL', async () => {
    await signInAs();
    const { user, router } = renderApp('/');
    await table();
    // Newest deletion first until told otherwise, and screen readers hear which column sorts the list.
    expect(screen.getByRole('columnheader', { name: 'Deleted' })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /^Memory/u }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?sort=memorySize&dir=asc'));
    await waitFor(() => expect(lastList().get('sort')).toBe('+memorySize'));
    expect(screen.getByRole('columnheader', { name: 'Memory' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Deleted' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/?sort=memorySize&dir=asc&page=2'));
    await waitFor(() => expect(lastList().get('start')).toBe('20'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'VMs per page' }), '50');
    await waitFor(() => expect(currentUrl(router)).toBe('/?sort=memorySize&dir=asc&size=50'));
    await waitFor(() => expect(lastList().get('limit')).toBe('50'));
    await waitFor(async () => expect(within(await table()).getAllByRole('row').length).toBe(51));
  });

  it('keeps a sort clicked while the search is still being typed', async () => {
    await signInAs();
    const { router } = renderApp('/');
    await table();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search destroyed VMs' }), {
      target: { value: 'web' },
    });
    // Still within the 300 ms debounce: the search has not reached the URL when the sort is clicked, lands after
    // it, and must not undo it.
    fireEvent.click(screen.getByRole('button', { name: /^Name/u }));
    expect(currentUrl(router)).toBe('/?sort=name&dir=asc');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(currentUrl(router)).toBe('/?q=web&sort=name&dir=asc');
    await waitFor(() => {
      expect(lastList().get('sort')).toBe('+name');
      expect(lastList().getAll('q')).toContain('name~=%web%');
    });
  });

  it('refuses search text that ZStack’s query parser would split at the wrong operator', async () => {
    await signInAs();
    const { router } = renderApp('/');
    await table();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const box = screen.getByRole('searchbox', { name: 'Search destroyed VMs' });
    await user.type(box, 'a!=b');
    expect(await screen.findByText(/cannot search for text containing “!=”/u)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Enter}');
    // Past the search debounce, on the fake clock: had the text been accepted, the URL would have changed.
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(currentUrl(router)).toBe('/');
    expect(listRequests().some((p) => p.getAll('q').some((q) => q.includes('!=')))).toBe(false);
  });

  it('keeps the previous rows on screen, marked busy, while the next page loads', async () => {
    await signInAs();
    const { user } = renderApp('/');
    const first = within(await table()).getAllByRole('link')[0]?.textContent;
    // Hold the second page's answer until the old page has been checked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(/\/zstack\/v1\/vm-instances$/u, async ({ request }) => {
        if (new URL(request.url).searchParams.get('start') !== '20') return undefined;
        await held;
        return sim.handle(request);
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Destroyed VMs' })).toHaveAttribute('aria-busy', 'true'),
    );
    expect(
      within(screen.getByRole('table', { name: 'Destroyed VMs' })).getAllByRole('link')[0],
    ).toHaveTextContent(first ?? '');
    release();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Destroyed VMs' })).toHaveAttribute('aria-busy', 'false'),
    );
    expect(
      within(screen.getByRole('table', { name: 'Destroyed VMs' })).getAllByRole('link')[0]?.textContent,
    ).not.toBe(first);
  });

  it('says when nothing matches, and clears the search', async () => {
    await signInAs();
    const { user, router } = renderApp('/?q=no-such-vm-anywhere');
    expect(await screen.findByText('No destroyed VM matches “no-such-vm-anywhere”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
    expect(await table()).toBeInTheDocument();
  });

  it('searches for %, _ and \\ as the characters themselves, not as wildcards', async () => {
    await signInAs();
    const { unmount } = renderApp(`/?q=${encodeURIComponent('%')}`);
    expect(await screen.findByText('No destroyed VM matches “%”.')).toBeInTheDocument();
    expect(lastList().getAll('q')).toContain('name~=%\\%%');
    unmount();
    // As a wildcard, _ would find web-01.
    renderApp(`/?q=${encodeURIComponent('web_01\\')}`);
    expect(await screen.findByText('No destroyed VM matches “web_01\\”.')).toBeInTheDocument();
    expect(lastList().getAll('q')).toContain('name~=%web\\_01\\\\%');
  });

  it('draws only the 20 rows it asked for when the node answers 20,000', async () => {
    await signInAs();
    let answered = 0;
    server.use(
      http.get(/\/zstack\/v1\/vm-instances$/u, async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') !== '20') return undefined;
        const page = (await (await sim.handle(request)).json()) as { inventories: object[]; total: number };
        const first = page.inventories[0] ?? {};
        const inventories = Array.from({ length: 20_000 }, (_, i) => ({
          ...first,
          uuid: i.toString(16).padStart(32, '0'),
          name: `flood-${i}`,
        }));
        answered = inventories.length;
        return HttpResponse.text(JSON.stringify({ ...page, inventories }));
      }),
    );
    renderApp('/');
    const rows = within(await table()).getAllByRole('row');
    expect(answered).toBe(20_000);
    expect(rows).toHaveLength(21);
    expect(screen.getByRole('link', { name: 'flood-19' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'flood-20' })).not.toBeInTheDocument();
  });

  it('says when the recycle bin is empty', async () => {
    await signInAs();
    server.use(
      http.get(/\/zstack\/v1\/vm-instances$/u, () =>
        HttpResponse.text('{"inventories":[],"total":0,"schema":{}}'),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('The recycle bin is empty')).toBeInTheDocument();
  });

  it('shows a failed query inline with its cause chain, and retries', async () => {
    await signInAs();
    let fail = true;
    server.use(
      http.get(/\/zstack\/v1\/vm-instances$/u, () =>
        fail
          ? HttpResponse.text(
              JSON.stringify({
                error: {
                  code: 'SYS.1000',
                  description: 'An internal error happened in system',
                  details: 'database unavailable',
                  cause: {
                    code: 'SYS.1017',
                    description: 'IO error',
                    details: 'connection reset by <db> peer',
                  },
                },
              }),
              { status: 503 },
            )
          : undefined,
      ),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Could not load the recycle bin/u)).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Error SYS.1000' })).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Caused by SYS.1017' })).toHaveTextContent(
      'connection reset by <db> peer',
    );
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await table()).toBeInTheDocument();
  });

  it('shows a normal account only its own VMs, without the Account column', async () => {
    await signInAs('alice', 'alice-password');
    renderApp('/');
    await table();
    expect(screen.queryByRole('columnheader', { name: 'Account' })).not.toBeInTheDocument();
    const total = Number(/^(\d+)/u.exec(screen.getByText(/^\d+ destroyed VMs?$/u).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(60);
  });

  it('renders server text with markup as text', async () => {
    await signInAs();
    renderApp('/?q=onerror');
    const link = await screen.findByRole('link', { name: /<img src=x onerror=alert\(1\)>/u });
    // Rendered as HTML, the tag would be an element and vanish from the text.
    expect(link).toHaveTextContent('<img src=x onerror=alert(1)>-vm');
  });

  it('makes VMs about to be expunged stand out, from the global configs', async () => {
    await signInAs();
    renderApp('/?q=expiring-soon-01');
    const row = await screen.findByRole('row', { name: /expiring-soon-01/u });
    // Within a day of being expunged: highlighted, and said to be soon for screen readers too.
    expect(within(row).getByText(/^in \d+ (min|h)/u)).toHaveTextContent(/\(soon\)$/u);
  });
});
