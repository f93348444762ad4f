// After a dialog closes, focus never stays on <body>: not at once, and not when the opener's row leaves a moment later.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepFocusIn } from '../../../src/components/focus.ts';

function page() {
  document.body.innerHTML =
    '<h1 tabindex="-1">Recycle bin</h1><table><tbody><tr><td><button>Expunge web-01</button></td></tr></tbody></table><input aria-label="Search">';
  const [heading, opener, search] = [
    document.querySelector('h1'),
    document.querySelector('button'),
    document.querySelector('input'),
  ];
  if (!heading || !opener || !search) throw new Error('page not drawn');
  return { heading, opener, search };
}

/** The MutationObserver's callback runs in a microtask after the change. */
const mutationsSeen = () => Promise.resolve();

describe('keepFocusIn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves focus to the heading when nothing has it once the dialog has closed', () => {
    const { heading, opener } = page();
    opener.remove();
    keepFocusIn(() => heading);
    vi.advanceTimersByTime(0);
    expect(document.activeElement).toBe(heading);
  });

  it('moves focus to the heading when the opener it went back to leaves a moment later', async () => {
    const { heading, opener } = page();
    opener.focus();
    keepFocusIn(() => heading);
    vi.advanceTimersByTime(0);
    expect(document.activeElement).toBe(opener);
    opener.closest('tr')?.remove(); // the list's next answer, drawn in the background, no longer has the row
    await mutationsSeen();
    expect(document.activeElement).toBe(heading);
  });

  it('leaves the focus where the user put it, and stops watching after a while', async () => {
    const { heading, opener, search } = page();
    opener.focus();
    keepFocusIn(() => heading);
    vi.advanceTimersByTime(0);
    search.focus();
    opener.closest('tr')?.remove();
    await mutationsSeen();
    expect(document.activeElement).toBe(search);

    const again = page();
    again.opener.focus();
    keepFocusIn(() => again.heading);
    vi.advanceTimersByTime(10_000);
    again.opener.remove();
    await mutationsSeen();
    expect(document.activeElement).toBe(document.body);
  });
});
