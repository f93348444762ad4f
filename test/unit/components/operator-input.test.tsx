// The operator filter (the bins' "deleted by", the events' operator) refuses by itself a name ZStack's query parser
// would split: no filter bar has to hand it the check.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OperatorInput } from '../../../src/components/plain/OperatorInput.tsx';

function field(onChange: (operator: string) => void) {
  render(
    <OperatorInput
      id="who"
      label="Deleted by"
      value=""
      onChange={onChange}
      help="An account name"
      misreadHelp={(part) => `Cannot filter by a name containing ${part}`}
    />,
  );
  return screen.getByRole('textbox', { name: 'Deleted by' });
}

describe('OperatorInput', () => {
  it('refuses a name the parser would split at "!=", says why, and applies nothing on Enter', () => {
    const onChange = vi.fn();
    const input = field(onChange);
    fireEvent.change(input, { target: { value: 'ops!=x' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Cannot filter by a name containing !=');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('applies a name the parser reads whole, trimmed, on Enter', () => {
    const onChange = vi.fn();
    const input = field(onChange);
    fireEvent.change(input, { target: { value: ' ops-script ' } });
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription('An account name');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith('ops-script');
  });
});
