// Who deleted something, when ZStack's audit log knows: operator, client IP and time.
import Box from '@mui/material/Box';
import { useFormat, useT } from '../i18n/I18nProvider.tsx';

export interface DeletedByProps {
  operator: string | undefined;
  clientIp: string | undefined;
  at: Date | undefined;
}

export function DeletedBy({ operator, clientIp, at }: DeletedByProps) {
  const m = useT().common;
  const format = useFormat();
  return (
    <>
      {operator ?? m.unknownOperator}
      <Box
        component="span"
        sx={{ display: 'block', color: 'text.secondary', fontSize: 12, whiteSpace: 'nowrap' }}
      >
        {m.deletedFrom(clientIp ?? '—', format.dateTime(at))}
      </Box>
    </>
  );
}
