import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BusyButton } from '../../components/mui/BusyButton.tsx';
import { ActionError } from '../../components/plain/ActionError.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import { type StartAction, startProgressText } from './use-start-action.ts';

export interface StartVmButtonProps {
  action: StartAction;
  /** Identifies this button among the page's Start buttons. */
  from: string;
  vmName: string;
  /** The button's text; "Start VM" (in the active language) by default. */
  label?: string;
}

/** Start, its progress and, if it was this button that failed, the error right below it. */
export function StartVmButton({ action, from, vmName, label }: StartVmButtonProps) {
  const t = useT();
  const mine = action.origin === from;
  return (
    <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start', minWidth: 0 }}>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <BusyButton
          variant="contained"
          onClick={() => action.start(from)}
          busy={action.pending}
          disabled={action.signIn !== undefined}
          startIcon={<PlayArrowIcon />}
        >
          {action.pending && mine ? t.vm.starting : (label ?? t.vm.start)}
        </BusyButton>
        {action.pending && mine && (
          <Typography variant="body2" color="text.secondary" role="status">
            {startProgressText(t, action.event)}
          </Typography>
        )}
      </Box>
      {mine && action.failed && (
        <Box sx={{ width: '100%' }}>
          <ActionError error={action.error} title={t.vm.startFailed(vmName)} prompt={action.signIn} />
        </Box>
      )}
    </Box>
  );
}
