import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import type { ResolvedName } from './use-vm-names.ts';

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** A related resource by name, its UUID one hover away; the bare UUID while loading; "—" if there is none. */
export function ResourceName({ name }: { name: ResolvedName | undefined }) {
  const t = useT();
  if (!name) return <>—</>;
  if (!name.resolved) {
    return (
      <Box component="span" sx={{ fontFamily: mono }}>
        {name.text}
      </Box>
    );
  }
  return (
    <Tooltip title={t.vm.uuidTooltip(name.uuid)} describeChild>
      <span>{name.text}</span>
    </Tooltip>
  );
}
