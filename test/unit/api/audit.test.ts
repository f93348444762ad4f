// Detecting ZStack Cloud's audit API (docs/zstack-protocol.md#audit-feature-detection): one probe with the session;
// 404 "no api mapping to ..." means absent, 200 means present (no failed request for the browser to log), 503 with
// an ErrorCode means denied, and a proxy error is no answer at all: it is retried and never remembered as "absent". The node is the simulator (through MSW) except for the 502.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditQueries, useDeletions } from '../../../src/api/audit.ts';
import { createQueryClient } from '../../../src/app/query-client.ts';
import { detectAudit } from '../../../src/zstack/endpoints.ts';
import { isZStackError } from '../../../src/zstack/errors.ts';
import { recordRequests, type SeenRequest, server, sim } from '../../support/msw.ts';
import { signInAs } from '../../support/render.tsx';
import { testSession } from '../../support/session.ts';

const PROBE = '/zstack/v1/zwatch/audit-records';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});
/** The probe is the query without conditions; the page's deletions are asked with `q=`. */
const probes = () => seen.filter((r) => r.path === PROBE && !r.url.searchParams.has('q'));
const auditQueriesSent = () => seen.filter((r) => r.path === PROBE && r.url.searchParams.has('q'));

/** What the simulator answered to the last request for `path`. */
const lastAnswer = (path: string) =>
  sim
    .requests()
    .filter((r) => r.path.startsWith(path))
    .at(-1)?.status;

/** The simulator's audit API switched off, as on an open-source node. */
async function auditOff() {
  const reply = await fetch(`${location.origin}/zstack/__sim/config`, {
    method: 'POST',
    body: JSON.stringify({ audit: false }),
  });
  expect(reply.ok).toBe(true);
}

/** A proxy in front of the node answers 502 to the probe (`times` times, or always). */
function badGateway(times?: number) {
  let left = times ?? Number.POSITIVE_INFINITY;
  server.use(
    http.get(/\/zstack\/v1\/zwatch\/audit-records/u, ({ request }) => {
      if (left <= 0) return sim.handle(request);
      left -= 1;
      return new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      });
    }),
  );
}

function api() {
  return testSession().get().api;
}

describe('detectAudit', () => {
  it('present: the signed-in probe of one row answers 200, not an error status the browser would log', async () => {
    await signInAs();
    expect(await detectAudit(testSession().client)).toBe('present');
    expect(probes()).toHaveLength(1);
    expect(probes()[0]?.url.searchParams.get('limit')).toBe('1');
    expect(probes()[0]?.authorization).toMatch(/^OAuth /u);
    expect(lastAnswer(PROBE)).toBe(200);
  });

  it('absent: 404 "no api mapping to ..." (an open-source node)', async () => {
    await signInAs();
    await auditOff();
    expect(await detectAudit(testSession().client)).toBe('absent');
    expect(lastAnswer(PROBE)).toBe(404);
  });

  it('denied: a 503 ErrorCode other than an invalid session; an invalid session is an error, not an answer', async () => {
    await signInAs();
    const refuse = (code: string) =>
      server.use(
        http.get(/\/zstack\/v1\/zwatch\/audit-records/u, () =>
          HttpResponse.text(JSON.stringify({ error: { code, description: 'no' } }), { status: 503 }),
        ),
      );
    refuse('SYS.1006');
    expect(await detectAudit(testSession().client)).toBe('denied');
    refuse('ID.1001');
    const error: unknown = await detectAudit(testSession().client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isZStackError(error) && error.errorCode.code).toBe('ID.1001');
  });

  it('a 502 from a proxy is no answer: it throws instead of saying absent', async () => {
    await signInAs();
    badGateway(1);
    const error: unknown = await detectAudit(testSession().client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isZStackError(error) && error.kind).toBe('proxy');
    expect(await detectAudit(testSession().client)).toBe('present');
  });
});

describe('audit support per session', () => {
  it('is asked once per session and cached', async () => {
    await signInAs();
    const client = createQueryClient();
    expect(await client.fetchQuery(auditQueries.support(api()))).toBe('present');
    expect(await client.fetchQuery(auditQueries.support(api()))).toBe('present');
    expect(probes()).toHaveLength(1);
  });

  it('a 502 is not cached as absent: the next look asks again', async () => {
    await signInAs();
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
    badGateway(1);
    await expect(client.fetchQuery(auditQueries.support(api()))).rejects.toSatisfy(
      (e: unknown) => isZStackError(e) && e.kind === 'proxy',
    );
    expect(client.getQueryData(auditQueries.support(api()).queryKey)).toBeUndefined();
    expect(await client.fetchQuery(auditQueries.support(api()))).toBe('present');
    expect(probes()).toHaveLength(2);
  });

  it('useDeletions retries a 502 probe, then finds the audit log and asks for the page’s deletions once', async () => {
    await signInAs();
    const client = createQueryClient();
    // The app's retry rule, without its back-off pauses.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
    badGateway(1);
    const web01 = sim.scenarioVm('web-01') ?? '';
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(() => useDeletions(api(), 'vm', [web01], true), { wrapper });
    // While the probe runs, a list keeps room for the column (its answer does not reflow the table), rows "…".
    expect(result.current.column).toBe(true);
    expect(result.current.of(web01)).toBeNull();
    await waitFor(() => expect(result.current.support).toBe('present'));
    expect(probes()).toHaveLength(2);
    await waitFor(() =>
      expect(result.current.of(web01)).toMatchObject({ operator: 'alice', clientIp: '10.20.5.23' }),
    );
    expect(result.current.of('not-on-this-page')).toBe('unknown');
    expect(auditQueriesSent()).toHaveLength(1);
  });

  it('useDeletions after 502s only: support stays unknown (not absent), no audit query, and a later look finds it', async () => {
    await signInAs();
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
    badGateway();
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(() => useDeletions(api(), 'vm', [sim.scenarioVm('web-01') ?? ''], true), {
      wrapper,
    });
    // The first try and two retries.
    await waitFor(() =>
      expect(client.getQueryState(auditQueries.support(api()).queryKey)?.status).toBe('error'),
    );
    expect(probes()).toHaveLength(3);
    expect(result.current.support).toBeUndefined();
    // No answer is not "present": the list drops the column rather than showing "…" for ever.
    expect(result.current.column).toBe(false);
    expect(result.current.of(sim.scenarioVm('web-01') ?? '')).toBeNull();
    expect(auditQueriesSent()).toHaveLength(0);

    server.resetHandlers();
    await client.refetchQueries({ queryKey: auditQueries.support(api()).queryKey });
    await waitFor(() => expect(result.current.support).toBe('present'));
  });
});
