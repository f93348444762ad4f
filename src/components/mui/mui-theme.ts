import { createTheme, type Theme } from '@mui/material/styles';

// Users who ask their OS for less motion get none: no fades, slides or colour transitions.
const reducedMotion =
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * MUI's light or dark theme, for the parts that load on demand (dialogs, the VM, volume, image and settings
 * pages): the same colours as components/plain/styles.css, which the first paint uses without MUI. A plain theme per
 * mode, not MUI's CSS-variables theme, which brings its own provider and colour-scheme storage.
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
    // Buttons name resources ("Details of the error of carol-build-03"): names keep their case, as in styles.css.
    typography: { button: { textTransform: 'none' } },
    components: {
      MuiTooltip: { defaultProps: { arrow: true } },
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

const themes = new Map<'light' | 'dark', Theme>();

/** One theme object per mode for the whole app: every MuiScope shares it. */
export function muiTheme(mode: 'light' | 'dark'): Theme {
  let theme = themes.get(mode);
  if (!theme) {
    theme = makeTheme(mode);
    themes.set(mode, theme);
  }
  return theme;
}
