// The top of a data volume's or an image's page: its name, and, while it is in the recycle bin, the way there.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/resource.ts';

export function ResourceHeader({ name, inBin }: { name: string; inBin: string | undefined }) {
  const m = useT().resource;
  useEffect(() => {
    document.title = m.documentTitle(name);
  }, [m, name]);
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
        {name}
      </Typography>
      {inBin && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" component={RouterLink} to={inBin}>
              {m.backToBin}
            </Button>
          }
        >
          {m.inRecycleBin}
        </Alert>
      )}
    </>
  );
}
