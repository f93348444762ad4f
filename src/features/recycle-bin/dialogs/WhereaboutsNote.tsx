// Said before the click: the row is no longer in the recycle bin (recovered by someone, or expunged), and where it is.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../components/paths.ts';
import '../../../i18n/en/bin-dialogs.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../../i18n/states.ts';
import type { Whereabouts } from './use-whereabouts.ts';

export function WhereaboutsNote({
  kind,
  uuid,
  where,
}: {
  kind: 'vm' | 'volume' | 'image';
  uuid: string;
  where: Whereabouts;
}) {
  const t = useT();
  const m = t.binDialogs;
  if (where.where === 'bin') return null;
  return (
    <Alert
      role="note"
      severity="warning"
      sx={{ mb: 2 }}
      action={
        where.where === 'moved' ? (
          <Button color="inherit" size="small" component={RouterLink} to={paths.page(kind, uuid)}>
            {m.where.open}
          </Button>
        ) : undefined
      }
    >
      {where.where === 'moved'
        ? m.where.moved(where.state === undefined ? undefined : stateLabel(t.common.states, where.state))
        : m.where.gone}
    </Alert>
  );
}
