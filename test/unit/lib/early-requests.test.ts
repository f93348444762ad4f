// The page's first requests sent before the app's code runs: what is noted, what is sent (only this origin's
// /zstack/v1, only with the tab's session, only for the same address), that the client takes the answer instead of
// asking again, and that a sign-out leaves nothing of the last person's addresses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetNotedRequests,
  noteStartupRequest,
  sendNotedRequests,
  takeEarlyAnswer,
} from '../../../src/lib/early-requests.ts';
import { ZStackClient } from '../../../src/zstack/client.ts';
import { makeSession } from '../../support/session.ts';

const api = `${location.origin}/zstack/v1`;
const LIST = `${api}/vm-instances?q=state%3DDestroyed&limit=20&replyWithCount=true`;
const NOTE = 'zstack-console.startup-requests';

function storeSession(uuid: string) {
  sessionStorage.setItem('zstack-console.session', JSON.stringify({ uuid, accountName: 'admin' }));
}

function fakeFetch() {
  const calls: { url: string; auth: string | undefined }[] = [];
  const fetcher = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      auth: headers.get('Authorization') ?? undefined,
    });
    return Promise.resolve(new Response('{"inventories":[]}', { status: 200 }));
  });
  return { calls, fetcher: fetcher as unknown as typeof fetch };
}

beforeEach(() => {
  sessionStorage.clear();
  forgetNotedRequests();
  window.history.replaceState(null, '', '/?q=web');
});
afterEach(() => forgetNotedRequests());

describe('early requests', () => {
  it('a GET noted while the page starts is sent by the next load of the same address, with the stored session', () => {
    noteStartupRequest(LIST);
    storeSession('s-1');
    const { calls, fetcher } = fakeFetch();
    sendNotedRequests(fetcher);
    expect(calls).toEqual([{ url: LIST, auth: 'OAuth s-1' }]);
    // Taken once, and only by the same request with the same session.
    expect(takeEarlyAnswer(LIST, 'OAuth s-2')).toBeUndefined();
    expect(takeEarlyAnswer(LIST, 'OAuth s-1')).toBeInstanceOf(Promise);
    expect(takeEarlyAnswer(LIST, 'OAuth s-1')).toBeUndefined();
  });

  it('sends nothing for another address or without a session', () => {
    noteStartupRequest(LIST);
    const { calls, fetcher } = fakeFetch();
    sendNotedRequests(fetcher); // no session stored
    storeSession('s-1');
    window.history.replaceState(null, '', '/volumes');
    sendNotedRequests(fetcher); // another page
    expect(calls).toEqual([]);
    window.history.replaceState(null, '', '/?q=web');
    sendNotedRequests(fetcher);
    expect(calls.map((c) => c.url)).toEqual([LIST]);
  });

  it('notes the first few GETs of each address, for the ten most recent addresses', () => {
    for (let i = 0; i < 6; i += 1) noteStartupRequest(`${api}/vm-instances?limit=${i}`);
    for (let page = 0; page < 12; page += 1) {
      window.history.replaceState(null, '', `/?q=p${page}`);
      noteStartupRequest(`${api}/vm-instances?q=p${page}`);
    }
    const notes = JSON.parse(sessionStorage.getItem(NOTE) ?? '[]') as { page: string; urls: string[] }[];
    expect(notes).toHaveLength(10);
    expect(notes[0]?.page).toBe('/?q=p11');
    storeSession('s-1');
    const { calls, fetcher } = fakeFetch();
    window.history.replaceState(null, '', '/?q=web');
    sendNotedRequests(fetcher); // pushed out by the ten later addresses
    expect(calls).toEqual([]);
  });

  it('never sends the session anywhere but this origin’s /zstack/v1, whatever the stored note says', () => {
    sessionStorage.setItem(
      NOTE,
      JSON.stringify([
        {
          page: '/?q=web',
          urls: ['https://evil.example/zstack/v1/x', `${location.origin}/zstack/__sim/reset`, LIST],
        },
      ]),
    );
    storeSession('s-1');
    const { calls, fetcher } = fakeFetch();
    sendNotedRequests(fetcher);
    expect(calls.map((c) => c.url)).toEqual([LIST]);
  });

  it('the client takes the early answer instead of sending the same GET again', async () => {
    const { calls, fetcher } = fakeFetch();
    noteStartupRequest(LIST);
    storeSession('s-1');
    sendNotedRequests(fetcher);
    const client = new ZStackClient({
      getSession: () => 's-1',
      fetch: fetcher,
      early: { note: () => undefined, take: takeEarlyAnswer },
    });
    const reply = await client.raw('GET', '/v1/vm-instances', {
      query: 'q=state%3DDestroyed&limit=20&replyWithCount=true',
    });
    expect(reply.json).toEqual({ inventories: [] });
    expect(calls).toHaveLength(1);
    await client.raw('GET', '/v1/vm-instances', {
      query: 'q=state%3DDestroyed&limit=20&replyWithCount=true',
    });
    expect(calls).toHaveLength(2); // the early answer serves one request only
  });

  it('notes only the GETs that carry the session: the early start could not answer one sent without it', async () => {
    const { fetcher } = fakeFetch();
    const noted: string[] = [];
    const client = new ZStackClient({
      getSession: () => 's-1',
      fetch: fetcher,
      early: { note: (url) => noted.push(url), take: () => undefined },
    });
    await client.raw('GET', '/v1/zwatch/audit-records', { query: 'limit=1', auth: false });
    await client.raw('GET', '/v1/vm-instances', { query: 'limit=20' });
    expect(noted).toEqual([`${api}/vm-instances?limit=20`]);
  });

  it('a sign-out forgets the addresses the last person opened', async () => {
    const session = makeSession();
    noteStartupRequest(LIST);
    expect(sessionStorage.getItem(NOTE)).toContain('vm-instances');
    await session.signOut();
    expect(sessionStorage.getItem(NOTE)).toBeNull();
  });
});
