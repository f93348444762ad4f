// The event's "Export CSV" reads the restore plan only when the user exports: a fixed number of read-only calls
// (never one per item, never an action), and the file carries the plan's marks beside each item.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordRequests, sim, simControl } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { captureDownloads } from '../../../support/downloads.ts';

const downloads = captureDownloads();

describe('a deletion event’s CSV', { timeout: 60_000 }, () => {
  it('reads the plan on export, in at most 12 read-only requests, and lists its marks', async () => {
    await simControl('POST', 'reset', { scenario: 'ops-script' });
    const vm = sim.opsScript()?.vms[0];
    await signInAs('admin');
    const { user } = renderApp(`/events?around=${vm ?? ''}`);
    await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    const seen = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1), { timeout: 20_000 });
    const zstack = seen.filter((r) => r.path.startsWith('/zstack/v1/'));
    expect(zstack.every((r) => r.method === 'GET')).toBe(true);
    expect(zstack.length).toBeGreaterThan(0);
    expect(zstack.length).toBeLessThanOrEqual(12);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (downloads.files[0]?.blob ?? new Blob()).arrayBuffer(),
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/,VM,proj-x-db-01,[^\r]*,"Will fail: Its root volume is on local storage /u);
    expect(text).toContain('Note: 1 live VM is also named proj-x-web-01.');
  });
});
