// One double-click guard and one busy button for every action: a second click that lands before React re-renders
// the disabled button must not send the action again, and a running action reads as running.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useBusyGuard } from '../../../src/components/busy-guard.ts';
import { BusyButton } from '../../../src/components/mui/BusyButton.tsx';

function Recover({ onSend }: { onSend: () => Promise<void> }) {
  const guard = useBusyGuard();
  const [busy, setBusy] = useState(false);
  const run = () => {
    if (!guard.claim()) return;
    setBusy(true);
    void onSend().finally(() => {
      guard.release();
      setBusy(false);
    });
  };
  return (
    <BusyButton busy={busy} onClick={run}>
      {busy ? 'Recovering…' : 'Recover'}
    </BusyButton>
  );
}

describe('useBusyGuard with BusyButton', () => {
  it('sends once for a double click, shows the action running, and sends again once it settled', async () => {
    const finishers: (() => void)[] = [];
    const onSend = () => new Promise<void>((resolve) => finishers.push(resolve));
    render(<Recover onSend={onSend} />);
    const button = screen.getByRole('button', { name: 'Recover' });

    // Both clicks land before React re-renders the button as disabled (one act: no render in between).
    act(() => {
      button.click();
      button.click();
    });
    expect(finishers).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Recovering…' })).toBeDisabled();

    await act(async () => {
      finishers[0]?.();
      await Promise.resolve();
    });
    const again = screen.getByRole('button', { name: 'Recover' });
    expect(again).toBeEnabled();
    fireEvent.click(again);
    expect(finishers).toHaveLength(2);
  });

  it('keeps the icon of an idle button and names a busy one by its text only', () => {
    const { rerender } = render(
      <BusyButton busy={false} startIcon={<span data-testid="icon" />}>
        Start
      </BusyButton>,
    );
    expect(screen.getByTestId('icon')).toBeInTheDocument();
    rerender(
      <BusyButton busy startIcon={<span data-testid="icon" />}>
        Starting…
      </BusyButton>,
    );
    expect(screen.queryByTestId('icon')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Starting…' })).toBeDisabled();
    expect(screen.getByRole('progressbar', { hidden: true })).toHaveAttribute('aria-hidden', 'true');
  });
});
