// The event's "Export CSV" reads the restore plan only when the user exports: a fixed number of read-only calls
// (never one per item, never an action), and the file carries the plan's marks beside each item.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordRequests, sim, simControl } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

let saved: Blob[] = [];
const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  // jsdom does not download: the link's click hands over what a browser would save
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push(blob);
  });
});
afterEach(() => {
  if (original) Object.defineProperty(URL, 'createObjectURL', original);
  else Reflect.deleteProperty(URL, 'createObjectURL');
});

describe('a deletion event’s CSV', { timeout: 60_000 }, () => {
  it('reads the plan on export, in at most 12 read-only requests, and lists its marks', async () => {
    await simControl('POST', 'reset', { scenario: 'ops-script' });
    const vm = sim.opsScript()?.vms[0];
    await signInAs('admin');
    const { user } = renderApp(`/events?around=${vm ?? ''}`);
    await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    const seen = recordRequests();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    const zstack = seen.filter((r) => r.path.startsWith('/zstack/v1/'));
    expect(zstack.every((r) => r.method === 'GET')).toBe(true);
    expect(zstack.length).toBeGreaterThan(0);
    expect(zstack.length).toBeLessThanOrEqual(12);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (saved[0] ?? new Blob()).arrayBuffer(),
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/,VM,proj-x-db-01,[^\r]*,"Will fail: Its root volume is on local storage /u);
    expect(text).toContain('Note: 1 live VM is also named proj-x-web-01.');
  });
});
