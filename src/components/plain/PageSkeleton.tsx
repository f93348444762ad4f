import { useT } from '../../i18n/I18nProvider.tsx';
import { Skeleton } from './ui.tsx';

export function PageSkeleton({ label }: { label?: string }) {
  const t = useT();
  return (
    <div role="progressbar" aria-label={label ?? t.app.loading} aria-busy="true" className="rb-stack">
      <Skeleton width="40%" height={48} />
      <Skeleton shape="rounded" height={120} />
      <Skeleton shape="rounded" height={240} />
    </div>
  );
}
