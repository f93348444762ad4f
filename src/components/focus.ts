// Focus that never falls back to <body>: after a dialog closes on a row that has gone, or a route changes.

/** Moves focus to `target` if, once the current work is done, nothing sensible has it (e.g. its opener is gone). */
export function keepFocusIn(target: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) target()?.focus({ preventScroll: false });
  }, 0);
}
