import { createTheme } from '@mui/material/styles';

// Users who ask their OS for less motion get none: no fades, slides or colour transitions.
const reducedMotion =
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

// Light and dark follow the OS unless the user picks one (the choice is kept by MUI in localStorage).
export const theme = createTheme({
  // WCAG AA: MUI picks the text colour on coloured chips and buttons for at least 4.5:1 contrast.
  colorSchemes: {
    light: { palette: { primary: { main: '#1565c0' }, contrastThreshold: 4.5 } },
    dark: { palette: { contrastThreshold: 4.5 } },
  },
  cssVariables: { colorSchemeSelector: 'class' },
  shape: { borderRadius: 8 },
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
