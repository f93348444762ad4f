// MUI's theme around a part that loads on demand. The first paint has no MUI (see styles.css); every dialog and
// page that uses it is wrapped here by preloadable(), so its code, MUI's and the theme arrive together.
import { ThemeProvider } from '@mui/system';
import type { ComponentType, ReactNode } from 'react';
import { useColorMode } from '../color-mode.tsx';
import { muiTheme } from './mui-theme.ts';

function MuiScope({ children }: { children: ReactNode }) {
  const { resolved } = useColorMode();
  return <ThemeProvider theme={muiTheme(resolved)}>{children}</ThemeProvider>;
}

export function withMui<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  function WithMui(props: P) {
    return (
      <MuiScope>
        <Inner {...props} />
      </MuiScope>
    );
  }
  WithMui.displayName = `WithMui(${Inner.displayName ?? Inner.name})`;
  return WithMui;
}
