// The three recycle bins: virtual machines, data volumes, images. Links (each is its own URL), shown as tabs.
import { NavLink } from 'react-router-dom';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { paths } from '../../../components/paths.ts';

const TABS = [
  { key: 'vms', to: paths.bin('vm') },
  { key: 'volumes', to: paths.bin('volume') },
  { key: 'images', to: paths.bin('image') },
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
