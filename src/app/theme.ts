import { createTheme } from '@mui/material/styles';

// Light and dark follow the OS unless the user picks one (the choice is kept by MUI in localStorage).
export const theme = createTheme({
  colorSchemes: { light: true, dark: true },
  cssVariables: { colorSchemeSelector: 'class' },
  palette: { primary: { main: '#1565c0' } },
  shape: { borderRadius: 8 },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
