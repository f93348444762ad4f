// Light, dark, or whatever the OS says: the user's choice is kept in localStorage (not sensitive), and "system"
// follows the OS live.
import { ThemeProvider } from '@mui/system';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { makeTheme } from './theme.ts';

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

const ColorModeContext = createContext<{ mode: ColorMode; setMode: (mode: ColorMode) => void }>({
  mode: 'system',
  setMode: () => undefined,
});

export function ColorModeProvider({ children }: { children: ReactNode }) {
  const [mode, setModeState] = useState(readMode);
  const dark = useSyncExternalStore(subscribeToSystem, systemIsDark, () => false);
  const resolved = mode === 'system' ? (dark ? 'dark' : 'light') : mode;
  const theme = useMemo(() => makeTheme(resolved), [resolved]);
  const setMode = useCallback((next: ColorMode) => {
    setModeState(next);
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Blocked storage: the choice lasts for this page.
    }
  }, []);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  return (
    <ColorModeContext.Provider value={value}>
      <ThemeProvider theme={theme}>{children}</ThemeProvider>
    </ColorModeContext.Provider>
  );
}

export function useColorMode() {
  return useContext(ColorModeContext);
}
