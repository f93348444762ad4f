import DarkModeIcon from '@mui/icons-material/DarkMode';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense, useEffect, useRef } from 'react';
import { Link as RouterLink, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../api/session.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { visuallyHidden } from '../components/visually-hidden.ts';
import { OperationsIndicator } from '../features/operations/OperationsIndicator.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { useColorMode } from './color-mode.tsx';

const nextMode = { system: 'light', light: 'dark', dark: 'system' } as const;

function ThemeSwitch() {
  const { mode: current, setMode } = useColorMode();
  const t = useT();
  const label = t.app.themeLabel(current, nextMode[current]);
  return (
    <IconButton color="inherit" aria-label={label} title={label} onClick={() => setMode(nextMode[current])}>
      {current === 'light' ? (
        <LightModeIcon />
      ) : current === 'dark' ? (
        <DarkModeIcon />
      ) : (
        <SettingsBrightnessIcon />
      )}
    </IconButton>
  );
}

export function Shell() {
  const { session, store } = useSession();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  // A new page takes focus at its start, so keyboard and screen-reader users are not left on a link that is gone.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t.app.skipToContent}
      </a>
      <AppBar position="sticky" component="header">
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <DeleteSweepIcon aria-hidden />
          <Typography
            variant="h6"
            component={RouterLink}
            to="/"
            sx={{ color: 'inherit', textDecoration: 'none', mr: 2 }}
          >
            {t.app.productName}
          </Typography>
          <Box component="nav" aria-label={t.app.mainNav} sx={{ flexGrow: 1 }}>
            <Button color="inherit" component={NavLink} to="/" end>
              {t.app.navRecycleBin}
            </Button>
            <Button color="inherit" component={NavLink} to="/settings">
              {t.app.navSettings}
            </Button>
          </Box>
          <OperationsIndicator />
          <LanguageSelect onDark />
          <ThemeSwitch />
          {session && (
            <Typography
              variant="body2"
              sx={{
                border: 1,
                borderColor: 'currentColor',
                borderRadius: 4,
                px: 1.5,
                py: 0.25,
                overflowWrap: 'anywhere',
              }}
            >
              <Box component="span" sx={visuallyHidden}>
                {t.app.signedInAs}
              </Box>
              {session.accountName}
              {session.isAdmin ? t.app.adminSuffix : ''}
            </Typography>
          )}
          <Button
            color="inherit"
            onClick={() => {
              // The session is forgotten at once (signOut's first step); the logout call may take its time. Go
              // to a plain sign-in page now, without "return to this page": the next person at the desk must not
              // land on this one's last page.
              const loggedOut = store.signOut();
              void navigate('/login', { replace: true });
              void loggedOut;
            }}
          >
            {t.app.signOut}
          </Button>
        </Toolbar>
      </AppBar>
      <Container
        component="main"
        id="main"
        ref={mainRef}
        tabIndex={-1}
        maxWidth="xl"
        sx={{ py: 3, outline: 'none' }}
      >
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
