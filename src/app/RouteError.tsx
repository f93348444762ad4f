// A crash or an unknown page shows a message and a way back, never a white screen.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

function CrashPage({ message }: { message: string }) {
  return (
    <Container maxWidth="sm" component="main" sx={{ py: 8 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Something went wrong
      </Typography>
      <Alert severity="error" sx={{ mb: 3, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message}
      </Alert>
      <Button variant="contained" href="/">
        Back to the recycle bin
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
    return <CrashPage message={error instanceof Error ? error.message : 'An unexpected error happened.'} />;
  }
}

export function NotFound() {
  return (
    <Container maxWidth="sm" sx={{ py: 6 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography sx={{ mb: 3 }}>There is no page at this address.</Typography>
      <Button variant="contained" component={RouterLink} to="/">
        Back to the recycle bin
      </Button>
    </Container>
  );
}
