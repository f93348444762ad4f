// What a data volume's or an image's page shows before its inventory: loading, a failure, or "no such thing".
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorCodeView } from '../../components/plain/ErrorCodeView.tsx';
import { PageSkeleton } from '../../components/plain/PageSkeleton.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/resource.ts';
import { paths } from '../../components/paths.ts';

export function ResourceFrame<T>({
  kind,
  query,
  children,
}: {
  kind: 'volume' | 'image';
  query: UseQueryResult<T | null>;
  children: (value: T) => ReactNode;
}) {
  const t = useT();
  const m = t.resource;
  const back = paths.bin(kind);
  if (query.isPending) return <PageSkeleton label={m.loading} />;
  if (query.isError)
    return (
      <ErrorCodeView
        error={query.error}
        title={m.loadFailed}
        action={
          <Button size="small" color="inherit" variant="outlined" onClick={() => void query.refetch()}>
            {t.common.retry}
          </Button>
        }
      />
    );
  if (query.data === null)
    return (
      <Box>
        <Typography variant="h4" component="h1" gutterBottom>
          {m.notFoundTitle(kind)}
        </Typography>
        <Typography sx={{ mb: 2 }}>{m.notFoundText}</Typography>
        <Button variant="contained" component={RouterLink} to={back}>
          {m.backToBin}
        </Button>
      </Box>
    );
  return <>{children(query.data)}</>;
}
