import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getServerUtcOffset } from '../../../../src/zstack/dates.ts';
import { sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

describe('management node time zone', () => {
  it('is learned at sign-in from the session ZStack creates', async () => {
    await signInAs();
    expect(getServerUtcOffset()).toEqual({ minutes: sim.options.tzOffsetMinutes, source: 'learned' });
    renderApp('/settings');
    expect(await screen.findByText(/Now UTC\+08:00, learned at sign-in/u)).toBeInTheDocument();
  });

  it('can be corrected by hand, is kept for the tab, and re-reads the dates', async () => {
    await signInAs();
    const { user } = renderApp('/?q=web-01');
    const deleted = async () => (await screen.findByRole('row', { name: /web-01/u })).textContent ?? '';
    const before = await deleted();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'UTC offset of the management node' }),
      'UTC+00:00',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Now UTC\+00:00, set by hand/u)).toBeInTheDocument();
    expect(getServerUtcOffset().minutes).toBe(0);
    expect(sessionStorage.getItem('zstack-console.session')).toContain('"offsetConfigured":true');
    await user.click(screen.getByRole('link', { name: 'Recycle bin' }));
    // The same wall-clock time read 8 hours later: the exact deletion time shown has moved.
    await waitFor(async () => expect(await deleted()).not.toBe(before));
  });
});
