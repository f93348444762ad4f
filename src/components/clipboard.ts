// Copying that also works on plain-HTTP origins, where browsers hide navigator.clipboard: the old way, a selected
// off-screen textarea and execCommand('copy'), inside a click handler so the browser allows it.

/**
 * Puts `text` on the clipboard. `near` is the element that asked (the copy button): the helper textarea goes next
 * to it, so a dialog's focus trap does not pull focus away before the copy.
 */
export async function copyText(text: string, near?: Element | null): Promise<void> {
  if (globalThis.isSecureContext && typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused or not focused: the fallback may still work.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  Object.assign(area.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    opacity: '0',
  });
  const previous = document.activeElement;
  const host = near?.parentElement ?? document.body;
  host.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  }
  if (!copied) throw new Error('The browser refused to copy.');
}
