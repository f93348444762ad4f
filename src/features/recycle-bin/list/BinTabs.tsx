// The three recycle bins: virtual machines, data volumes, images. Links (each is its own URL), shown as tabs.
import { NavLink } from 'react-router-dom';
import { useT } from '../../../i18n/I18nProvider.tsx';

const TABS = [
  { key: 'vms', to: '/' },
  { key: 'volumes', to: '/volumes' },
  { key: 'images', to: '/images' },
] as const;

export function BinTabs() {
  const m = useT().recycleBin.tabs;
  return (
    <nav aria-label={m.label} className="rb-tabs">
      {TABS.map((tab) => (
        <NavLink key={tab.key} to={tab.to} end>
          {m[tab.key]}
        </NavLink>
      ))}
    </nav>
  );
}
