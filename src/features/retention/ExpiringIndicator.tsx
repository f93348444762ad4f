// The app bar's count of what the expunge tasks take within the user's lead time (their own items, for a normal
// account: ZStack's queries only show those), linking to the "Expiring soon" view.
import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { retentionQueries } from '../../api/retention.ts';
import { useApi } from '../../api/session.ts';
import { paths } from '../../components/paths.ts';
import { buttonClass } from '../../components/plain/ui.tsx';
import { useAfterFirstPaint } from '../../lib/after-paint.ts';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { cutoffsAt, minute, useLeadHours, useRetention } from './use-retention.ts';

/** After the first paint: its node clock, configs and three counts are not what a user opened the page for. */
export function ExpiringIndicator() {
  return useAfterFirstPaint() ? <ExpiringCount /> : null;
}

function ExpiringCount() {
  const api = useApi();
  const t = useT().app;
  const format = useFormat();
  const { configs, nodeNow, offsetMinutes } = useRetention();
  const [lead] = useLeadHours();
  const cutoffs = configs ? cutoffsAt(configs, minute(nodeNow) + lead * 3_600_000) : undefined;
  const due = useQuery({
    ...retentionQueries.due(api, cutoffs ?? { vm: 0, volume: 0, image: 0 }, offsetMinutes),
    enabled: cutoffs !== undefined,
    refetchInterval: 60_000,
  }).data;
  if (!due) return null;
  const n = due.vm + due.volume + due.image;
  return (
    <NavLink
      to={paths.expiring}
      className={buttonClass({ color: 'inherit' })}
      aria-label={t.expiringLabel(n, format.period(lead * 3600))}
    >
      {t.expiring(n)}
    </NavLink>
  );
}
