// Announces results: a polite live region for screen readers and a toast for sighted users. (A small toast of
// our own: MUI's Snackbar brings transitions and a click-away listener onto the first paint.)
import Alert, { type AlertColor } from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { visuallyHidden } from './visually-hidden.ts';

interface Notice {
  id: number;
  message: string;
  severity: AlertColor;
}

/**
 * Announces `message` in the live region and, unless `toast` is false, shows it in a toast. Errors default to
 * no toast: every failure is already rendered inline where it happened, and a toast would cover the dialog.
 */
type Notify = (message: string, severity?: AlertColor, options?: { toast?: boolean }) => void;

const NotifyContext = createContext<Notify>(() => undefined);
const ClearContext = createContext<() => void>(() => undefined);

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

/** Drops the toast and the spoken message at once (the next person at the desk must not see them). */
export function useClearNotices(): () => void {
  return useContext(ClearContext);
}

const TOAST_MS = 6000;

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | undefined>();
  const [spoken, setSpoken] = useState('');
  const speakTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const notify = useCallback<Notify>((message, severity = 'success', options = {}) => {
    // Cleared first, then set a moment later: screen readers announce a repeated message again, and a dialog
    // that is closing has given its aria-hidden back to the page by then.
    setSpoken('');
    clearTimeout(speakTimer.current);
    speakTimer.current = setTimeout(() => setSpoken(message), 250);
    if (options.toast ?? severity !== 'error') setNotice({ id: Date.now(), message, severity });
  }, []);
  const clear = useCallback(() => {
    clearTimeout(speakTimer.current);
    setSpoken('');
    setNotice(undefined);
  }, []);
  useEffect(() => () => clearTimeout(speakTimer.current), []);
  useEffect(() => {
    if (!notice) return;
    const id = setTimeout(() => setNotice(undefined), TOAST_MS);
    return () => clearTimeout(id);
  }, [notice]);
  return (
    <NotifyContext.Provider value={notify}>
      <ClearContext.Provider value={clear}>{children}</ClearContext.Provider>
      <div role="status" aria-live="polite" style={visuallyHidden} data-testid="announcer">
        {spoken}
      </div>
      {notice && (
        // Already announced by the live region: the toast is for the eyes only.
        <Box
          aria-hidden
          key={notice.id}
          sx={{
            position: 'fixed',
            left: 24,
            bottom: 24,
            zIndex: 'snackbar',
            maxWidth: 'min(560px, calc(100vw - 48px))',
          }}
        >
          <Alert severity={notice.severity} variant="filled" role="presentation" sx={{ boxShadow: 6 }}>
            {notice.message}
          </Alert>
        </Box>
      )}
    </NotifyContext.Provider>
  );
}
