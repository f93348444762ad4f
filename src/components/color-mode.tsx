// Light, dark, or whatever the OS says: the user's choice is kept in localStorage (not sensitive), and "system"
// follows the OS live. The page's colours follow <html data-color-mode> (components/plain/styles.css); the MUI parts
// read the resolved mode through MuiScope.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';

export type ColorMode = 'system' | 'light' | 'dark';

const KEY = 'zstack-console.color-mode';
const DARK = '(prefers-color-scheme: dark)';

function readMode(): ColorMode {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function subscribeToSystem(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemIsDark = () => typeof matchMedia === 'function' && matchMedia(DARK).matches;

export type ResolvedMode = 'light' | 'dark';

const ColorModeContext = createContext<{
  mode: ColorMode;
  resolved: ResolvedMode;
  setMode: (mode: ColorMode) => void;
}>({
  mode: 'system',
  resolved: 'light',
  setMode: () => undefined,
});

function apply(resolved: ResolvedMode) {
  document.documentElement.dataset.colorMode = resolved;
}

/** Sets the page's colours from the saved choice before the first render, so a dark desk never flashes white. */
export function applySavedColorMode(): void {
  const mode = readMode();
  apply(mode === 'system' ? (systemIsDark() ? 'dark' : 'light') : mode);
}

export function ColorModeProvider({ children }: { children: ReactNode }) {
  const [mode, setModeState] = useState(readMode);
  const dark = useSyncExternalStore(subscribeToSystem, systemIsDark, () => false);
  const resolved: ResolvedMode = mode === 'system' ? (dark ? 'dark' : 'light') : mode;
  useLayoutEffect(() => apply(resolved), [resolved]);
  const setMode = useCallback((next: ColorMode) => {
    setModeState(next);
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Blocked storage: the choice lasts for this page.
    }
  }, []);
  const value = useMemo(() => ({ mode, resolved, setMode }), [mode, resolved, setMode]);
  return <ColorModeContext.Provider value={value}>{children}</ColorModeContext.Provider>;
}

export function useColorMode() {
  return useContext(ColorModeContext);
}
