import { Suspense, useEffect, useRef, useState } from 'react';
import { Link as RouterLink, matchPath, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../api/session.ts';
import { cls } from '../components/plain/classes.ts';
import { useColorMode } from '../components/color-mode.tsx';
import { Icon } from '../components/plain/icons.tsx';
import { LanguageSelect } from '../components/plain/LanguageSelect.tsx';
import { PageSkeleton } from '../components/plain/PageSkeleton.tsx';
import { PlainButton, buttonClass, IconButton } from '../components/plain/ui.tsx';
import { OperationsIndicator } from '../features/operations/OperationsIndicator.tsx';
import { ExpiringIndicator } from '../features/retention/ExpiringIndicator.tsx';
import { RetentionBanner } from '../features/retention/RetentionBanner.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { binPaths, paths, routes } from '../components/paths.ts';

const nextMode = { system: 'light', light: 'dark', dark: 'system' } as const;
const modeIcon = { light: 'lightMode', dark: 'darkMode', system: 'settingsBrightness' } as const;

function ThemeSwitch() {
  const { mode: current, setMode } = useColorMode();
  const t = useT();
  const label = t.app.themeLabel(current, nextMode[current]);
  return (
    <IconButton
      color="inherit"
      icon={modeIcon[current]}
      label={label}
      onClick={() => setMode(nextMode[current])}
    />
  );
}

const navClass = buttonClass({ color: 'inherit' });
/**
 * The three recycle bins are one section of the app bar: its link stays marked on /volumes and /images, and on the
 * page of one VM, data volume or image (a ticket link to something deleted leads there).
 */
const BINS = new Set(binPaths);
const PAGES = [routes.vm, routes.volume, routes.image];
const inBins = (pathname: string) =>
  BINS.has(pathname) || PAGES.some((pattern) => matchPath(pattern, pathname) !== null);

function SignOut() {
  const { session, store } = useSession();
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      {session && (
        <p className="rb-signed-in">
          <span className={cls.srOnly}>{t.app.signedInAs}</span>
          {session.accountName}
          {session.isAdmin ? t.app.adminSuffix : ''}
        </p>
      )}
      <PlainButton
        color="inherit"
        onClick={() => {
          // The session is forgotten at once (signOut's first step); the logout call may take its time. Go
          // to a plain sign-in page now, without "return to this page": the next person at the desk must not
          // land on this one's last page.
          const loggedOut = store.signOut();
          void navigate(paths.login, { replace: true });
          void loggedOut;
        }}
      >
        {t.app.signOut}
      </PlainButton>
    </>
  );
}

/**
 * The navigation and the settings of the bar. On a wide screen they sit in its one row; on a narrow one (the CSS
 * breakpoint) they fold behind a menu button, so the bar stays one row, and open below it. Escape or a new page
 * closes the menu.
 */
function AppBarMenu({ pathname }: { pathname: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="rb-round rb-round-medium rb-round-inherit rb-menu-button"
        aria-label={t.app.menu}
        title={t.app.menu}
        aria-expanded={open}
        aria-controls="rb-appbar-menu"
        onClick={() => setOpen(!open)}
      >
        <Icon name="menu" />
      </button>
      <div id="rb-appbar-menu" className={open ? 'rb-appbar-menu rb-open' : 'rb-appbar-menu'}>
        <nav aria-label={t.app.mainNav} className="rb-grow rb-appbar-nav">
          {inBins(pathname) ? (
            <RouterLink className={`${navClass} rb-current`} to={paths.home} aria-current="page">
              {t.app.navRecycleBin}
            </RouterLink>
          ) : (
            <NavLink className={navClass} to={paths.home} end>
              {t.app.navRecycleBin}
            </NavLink>
          )}
          <NavLink className={navClass} to={paths.events}>
            {t.app.navEvents}
          </NavLink>
          <NavLink className={navClass} to={paths.retention}>
            {t.app.navRetention}
          </NavLink>
          <NavLink className={navClass} to={paths.settings}>
            {t.app.navSettings}
          </NavLink>
        </nav>
        <LanguageSelect onDark />
        <ThemeSwitch />
        <SignOut />
      </div>
    </>
  );
}

export function Shell() {
  const t = useT();
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
      <header className="rb-appbar">
        <div className="rb-toolbar">
          <Icon name="deleteSweep" />
          <RouterLink to={paths.home} className="rb-h6 rb-brand">
            {t.app.productName}
          </RouterLink>
          <span className="rb-grow rb-appbar-gap" />
          <ExpiringIndicator />
          <OperationsIndicator />
          <AppBarMenu pathname={pathname} />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="rb-main">
        <RetentionBanner />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
