import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { makeSession, testSession } from '../../../support/session.ts';

describe('management node time zone', () => {
  it('is learned at sign-in from the session ZStack creates', async () => {
    await signInAs();
    expect(testSession().get().offset).toEqual({ minutes: sim.options.tzOffsetMinutes, source: 'learned' });
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
    const form = screen.getByRole('form', { name: 'Management node time zone' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Now UTC\+00:00, set by hand/u)).toBeInTheDocument();
    expect(testSession().get().offset).toEqual({ minutes: 0, source: 'configured' });
    expect(sessionStorage.getItem('zstack-console.session')).toContain('"offsetConfigured":true');
    // A reload of the tab makes a new store from sessionStorage: the offset set by hand is still there.
    expect(makeSession().get().offset).toEqual({ minutes: 0, source: 'configured' });
    await user.click(screen.getByRole('link', { name: 'Recycle bin' }));
    // The same wall-clock time read 8 hours later: the exact deletion time shown has moved.
    await waitFor(async () => expect(await deleted()).not.toBe(before));
  });
});
