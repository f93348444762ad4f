import Chip from '@mui/material/Chip';
import { stateColor } from './vm-state.ts';

export function VmStateChip({ state }: { state: string | undefined }) {
  const label = state ?? 'Unknown';
  return <Chip size="small" label={label} color={stateColor(state)} aria-label={`State: ${label}`} />;
}
