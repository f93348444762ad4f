import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { ResolvedName } from './use-vm-names.ts';

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** A related resource by name, its UUID one hover away; the bare UUID while loading; "—" if there is none. */
export function ResourceName({ name }: { name: ResolvedName | undefined }) {
  if (!name) return <>—</>;
  if (!name.resolved) {
    return (
      <Box component="span" sx={{ fontFamily: mono }}>
        {name.text}
      </Box>
    );
  }
  return (
    <Tooltip title={`UUID ${name.uuid}`} describeChild>
      <span>{name.text}</span>
    </Tooltip>
  );
}
