// The "Automatic expunging is paused" banner as a user meets it: a note (role) titled so, on every page.
import { screen, waitFor, type waitForOptions, within } from '@testing-library/react';
import { expect } from 'vitest';

const TITLE = 'Automatic expunging is paused';

/** The banner's note, or null when no note carries its title. */
export function queryPausedBanner(): HTMLElement | null {
  return screen.queryAllByRole('note').find((note) => within(note).queryByText(TITLE) !== null) ?? null;
}

/** Waits for the banner's note and returns it. */
export async function findPausedBanner(options?: waitForOptions): Promise<HTMLElement> {
  let found: HTMLElement | null = null;
  await waitFor(() => {
    found = queryPausedBanner();
    expect(found, `a note titled "${TITLE}"`).not.toBeNull();
  }, options);
  if (found === null) throw new Error('no paused banner');
  return found;
}
