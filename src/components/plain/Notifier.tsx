// Announces results: a polite live region for screen readers and a toast for sighted users. (A small toast of
// our own: MUI's Snackbar brings transitions and a click-away listener onto the first paint.)
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { cls } from './classes.ts';
import { Alert, type Severity } from './ui.tsx';

interface Notice {
  id: number;
  message: string;
  severity: Severity;
}

/**
 * Announces `message` in the live region and, unless `toast` is false, shows it in a toast. Errors default to
 * no toast: every failure is already rendered inline where it happened, and a toast would cover the dialog.
 */
type Notify = (message: string, severity?: Severity, options?: { toast?: boolean }) => void;

const NotifyContext = createContext<Notify>(() => undefined);
const ClearContext = createContext<() => void>(() => undefined);
/** Lets an open dialog offer its own live region (see DialogLiveRegion). */
const HostContext = createContext<(host: HTMLElement, present: boolean) => void>(() => undefined);

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

/** Drops the toast and the spoken message at once (the next person at the desk must not see them). */
export function useClearNotices(): () => void {
  return useContext(ClearContext);
}

const TOAST_MS = 6000;

/**
 * A live region inside a modal dialog. A modal hides the rest of the page from screen readers (aria-hidden), the
 * page's live region included, so while a dialog is open the announcements are made here instead.
 */
export function DialogLiveRegion() {
  const setHost = useContext(HostContext);
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!el) return;
    setHost(el, true);
    return () => setHost(el, false);
  }, [el, setHost]);
  return <div ref={setEl} role="status" aria-live="polite" className={cls.srOnly} />;
}

export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | undefined>();
  const [spoken, setSpoken] = useState('');
  // The live regions of the open dialogs, innermost last.
  const [hosts, setHosts] = useState<readonly HTMLElement[]>([]);
  const setHost = useCallback((host: HTMLElement, present: boolean) => {
    setHosts((all) => (present ? [...all.filter((h) => h !== host), host] : all.filter((h) => h !== host)));
  }, []);
  const host = hosts.at(-1);
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
      <ClearContext.Provider value={clear}>
        <HostContext.Provider value={setHost}>{children}</HostContext.Provider>
      </ClearContext.Provider>
      <div role="status" aria-live="polite" className={cls.srOnly} data-testid="announcer">
        {host ? '' : spoken}
      </div>
      {host && createPortal(spoken, host)}
      {notice && (
        // Already announced by the live region: the toast is for the eyes only.
        <div aria-hidden="true" key={notice.id} className="rb-toast">
          <Alert severity={notice.severity} variant="filled" role="presentation">
            {notice.message}
          </Alert>
        </div>
      )}
    </NotifyContext.Provider>
  );
}
