// What a list (the recycle bins, the deletion events) shows before its first rows: grey rows while they load, or why they could not be loaded
// with a retry. (Empty states differ per bin and stay with each page.)
import { ErrorCodeView } from './ErrorCodeView.tsx';
import { PlainButton, Skeleton } from './ui.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

export function ListLoading({ label, rows }: { label: string; rows: number }) {
  return (
    <div role="progressbar" aria-label={label} className="rb-pad">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </div>
  );
}

export function ListLoadFailed({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title: string;
  onRetry: () => void;
}) {
  const t = useT();
  return (
    <div className="rb-pad">
      <ErrorCodeView
        error={error}
        title={title}
        action={
          <PlainButton size="small" color="inherit" variant="outlined" onClick={onRetry}>
            {t.common.retry}
          </PlainButton>
        }
      />
    </div>
  );
}
