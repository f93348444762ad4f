import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

export function PageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <Box role="progressbar" aria-label={label} aria-busy="true">
      <Skeleton variant="text" width="40%" height={48} />
      <Skeleton variant="rounded" height={120} sx={{ my: 2 }} />
      <Skeleton variant="rounded" height={240} />
    </Box>
  );
}
