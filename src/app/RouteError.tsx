// A crash or an unknown page shows a message and a way back, never a white screen.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, buttonClass } from '../components/plain/ui.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { paths } from '../components/paths.ts';

function CrashPage({ message }: { message: string | undefined }) {
  const t = useT();
  return (
    <main className="rb-narrow rb-stack">
      <h1 className="rb-h4">{t.app.crashTitle}</h1>
      <Alert severity="error">
        <span style={{ whiteSpace: 'pre-wrap' }}>{message ?? t.app.crashFallback}</span>
      </Alert>
      <div>
        {/* A full reload: whatever broke starts again from scratch. */}
        <a className={buttonClass({ variant: 'contained' })} href={paths.home}>
          {t.app.backToRecycleBin}
        </a>
      </div>
    </main>
  );
}

export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The console crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return <CrashPage message={error instanceof Error ? error.message : undefined} />;
  }
}

export function NotFound() {
  const t = useT();
  return (
    <div className="rb-narrow rb-stack">
      <h1 className="rb-h4">{t.app.notFoundTitle}</h1>
      <p className="rb-p">{t.app.notFoundText}</p>
      <div>
        <RouterLink className={buttonClass({ variant: 'contained' })} to={paths.home}>
          {t.app.backToRecycleBin}
        </RouterLink>
      </div>
    </div>
  );
}
