// The three recycle bins: virtual machines, data volumes, images. Links (each is its own URL), shown as tabs.
import Box from '@mui/material/Box';
import { NavLink } from 'react-router-dom';
import { useT } from '../../i18n/I18nProvider.tsx';

const TABS = [
  { key: 'vms', to: '/' },
  { key: 'volumes', to: '/volumes' },
  { key: 'images', to: '/images' },
] as const;

export function BinTabs() {
  const m = useT().recycleBin.tabs;
  return (
    <Box
      component="nav"
      aria-label={m.label}
      sx={{
        display: 'flex',
        gap: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        '& a': {
          px: 2,
          py: 1,
          color: 'text.secondary',
          textDecoration: 'none',
          fontWeight: 500,
          borderBottom: 2,
          borderColor: 'transparent',
          mb: '-1px',
        },
        '& a:hover': { color: 'text.primary' },
        '& a[aria-current="page"]': { color: 'primary.main', borderColor: 'primary.main' },
      }}
    >
      {TABS.map((tab) => (
        <NavLink key={tab.key} to={tab.to} end>
          {m[tab.key]}
        </NavLink>
      ))}
    </Box>
  );
}
