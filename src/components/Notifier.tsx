// Announces results: a polite live region for screen readers and a snackbar for sighted users.
import Alert, { type AlertColor } from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

interface Notice {
  id: number;
  message: string;
  severity: AlertColor;
}

/**
 * Announces `message` in the live region and, unless `toast` is false, shows it in a snackbar. Errors default to
 * no snackbar: every failure is already rendered inline where it happened, and a toast would cover the dialog.
 */
type Notify = (message: string, severity?: AlertColor, options?: { toast?: boolean }) => void;

const NotifyContext = createContext<Notify>(() => undefined);

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | undefined>();
  const [spoken, setSpoken] = useState('');
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const notify = useCallback<Notify>((message, severity = 'success', options = {}) => {
    // Cleared first, then set a moment later: screen readers announce a repeated message again, and a dialog
    // that is closing has given its aria-hidden back to the page by then.
    setSpoken('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSpoken(message), 250);
    if (options.toast ?? severity !== 'error') {
      setNotice({ id: Date.now(), message, severity });
      setOpen(true);
    }
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" style={visuallyHidden} data-testid="announcer">
        {spoken}
      </div>
      <Snackbar
        key={notice?.id}
        open={open}
        autoHideDuration={6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setOpen(false);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          severity={notice?.severity ?? 'info'}
          variant="filled"
          onClose={() => setOpen(false)}
          role="presentation"
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}
