import { createTheme, type Theme } from '@mui/material/styles';
import { classStyles } from '../components/classes.ts';

// Users who ask their OS for less motion get none: no fades, slides or colour transitions.
const reducedMotion =
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The light or the dark theme. A plain theme per mode, not MUI's CSS-variables theme: that one brings its own
 * provider, colour-scheme storage and a boot script (about 3 kB gzip of first paint) for what color-mode.tsx does
 * in a few lines.
 */
export function makeTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      ...(mode === 'light' ? { primary: { main: '#1565c0' } } : {}),
      // WCAG AA: MUI picks the text colour on coloured chips and buttons for at least 4.5:1 contrast.
      contrastThreshold: 4.5,
    },
    shape: { borderRadius: 8 },
    components: {
      MuiTooltip: { defaultProps: { arrow: true } },
      // The shared class names of components/classes.ts, one sheet for the whole app.
      MuiCssBaseline: { styleOverrides: (theme) => classStyles(theme) },
    },
    ...(reducedMotion
      ? {
          transitions: {
            create: () => 'none',
            duration: {
              shortest: 0,
              shorter: 0,
              short: 0,
              standard: 0,
              complex: 0,
              enteringScreen: 0,
              leavingScreen: 0,
            },
          },
        }
      : {}),
  });
}
