// A crash or an unknown page shows a message and a way back, never a white screen.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider.tsx';

function CrashPage({ message }: { message: string | undefined }) {
  const t = useT();
  return (
    <Container maxWidth="sm" component="main" sx={{ py: 8 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.app.crashTitle}
      </Typography>
      <Alert severity="error" sx={{ mb: 3, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message ?? t.app.crashFallback}
      </Alert>
      <Button variant="contained" href="/">
        {t.app.backToRecycleBin}
      </Button>
    </Container>
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
    <Container maxWidth="sm" sx={{ py: 6 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.app.notFoundTitle}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t.app.notFoundText}</Typography>
      <Button variant="contained" component={RouterLink} to="/">
        {t.app.backToRecycleBin}
      </Button>
    </Container>
  );
}
