import Chip from '@mui/material/Chip';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import { stateColor, stateText } from './vm-state.ts';

export function VmStateChip({ state }: { state: string | undefined }) {
  const t = useT();
  const label = stateText(t, state);
  return <Chip size="small" label={label} color={stateColor(state)} aria-label={t.vm.stateChip(label)} />;
}
