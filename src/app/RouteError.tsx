// A crash or an unknown page shows a message and a way back, never a white screen.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router-dom';

export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Container maxWidth="sm" component="main" sx={{ py: 8 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Something went wrong
      </Typography>
      <Alert severity="error" sx={{ mb: 3, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {message}
      </Alert>
      <Button variant="contained" component={RouterLink} to="/" reloadDocument>
        Back to the recycle bin
      </Button>
    </Container>
  );
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
