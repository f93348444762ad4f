// Focus that never falls back to <body>: after a dialog closes on a row that has gone, or a route changes.

/** How long the element that has the focus after a dialog is watched: its row may leave a moment later. */
const WATCH_MS = 10_000;

const lost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/**
 * Moves focus to `target` if, once the current work is done, nothing sensible has it (e.g. its opener is gone). The
 * opener can also go a little later: the dialog gives it the focus back, then the list's new answer (drawn in the
 * background) takes its row away. So the element that has the focus is watched for a while, until it leaves the page
 * (focus to `target`) or the user moves on.
 */
export function keepFocusIn(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    if (lost()) {
      target()?.focus({ preventScroll: false });
      return;
    }
    const watched = document.activeElement;
    const observer = new MutationObserver(() => {
      if (document.activeElement === watched && watched?.isConnected) return;
      observer.disconnect();
      if (lost()) target()?.focus({ preventScroll: false });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), WATCH_MS);
  }, 0);
}
