import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useT } from '../i18n/I18nProvider.tsx';

export function PageSkeleton({ label }: { label?: string }) {
  const t = useT();
  return (
    <Box role="progressbar" aria-label={label ?? t.app.loading} aria-busy="true">
      <Skeleton variant="text" width="40%" height={48} />
      <Skeleton variant="rounded" height={120} sx={{ my: 2 }} />
      <Skeleton variant="rounded" height={240} />
    </Box>
  );
}
