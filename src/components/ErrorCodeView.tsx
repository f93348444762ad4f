// Renders any failure inline: plain words first, then the ZStack ErrorCode with every level of its cause chain.
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId, useState } from 'react';
import { type ErrorCode, isZStackError } from '../zstack/errors.ts';
import { copyText } from './clipboard.ts';
import { useT } from '../i18n/I18nProvider.tsx';
import { describeError, type ErrorSubject } from './error-text.ts';
import { useNotify } from './Notifier.tsx';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {label}:
      </Box>{' '}
      {children}
    </Typography>
  );
}

function ErrorLevel({ ec, depth }: { ec: ErrorCode; depth: number }) {
  const m = useT().errors;
  const [open, setOpen] = useState(true);
  const causes = [...(ec.cause ? [ec.cause] : []), ...(ec.causes ?? [])];
  const regionId = useId();
  return (
    <Box
      role="group"
      aria-label={depth === 0 ? m.levelError(ec.code) : m.levelCause(ec.code)}
      sx={{ borderLeft: 3, borderColor: depth === 0 ? 'error.main' : 'divider', pl: 1.5, mt: 1 }}
    >
      <Typography variant="subtitle2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        <Box component="span" sx={{ ...mono, mr: 1 }}>
          {ec.code}
        </Box>
        {ec.description}
      </Typography>
      <Stack spacing={0.25} sx={{ mt: 0.5 }}>
        {ec.details !== undefined && <Field label={m.details}>{ec.details}</Field>}
        {ec.elaboration !== undefined && <Field label={m.explanation}>{ec.elaboration}</Field>}
        {ec.location !== undefined && <Field label={m.failedIn}>{ec.location}</Field>}
        {ec.opaque !== undefined && <Field label={m.extra}>{JSON.stringify(ec.opaque)}</Field>}
      </Stack>
      {causes.length > 0 && (
        <>
          <Button
            size="small"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={regionId}
            startIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            sx={{ mt: 0.5 }}
          >
            {m.showCauses(open, causes.length, ec.code)}
          </Button>
          <div id={regionId} hidden={!open}>
            {causes.map((c, i) => (
              <ErrorLevel key={`${c.code}-${i}`} ec={c} depth={depth + 1} />
            ))}
          </div>
        </>
      )}
    </Box>
  );
}

export interface ErrorCodeViewProps {
  error: unknown;
  /** What was being done, e.g. "Recovering web-01 failed". */
  title?: string;
  action?: ReactNode;
  /** What the failure is about (a VM by default): the plain words name it. */
  subject?: ErrorSubject;
}

export function ErrorCodeView({ error, title, action, subject = 'vm' }: ErrorCodeViewProps) {
  const notify = useNotify();
  const t = useT();
  const m = t.errors;
  const { headline, advice } = describeError(error, t, subject);
  const zerr = isZStackError(error) ? error : undefined;
  const copy = async (button: HTMLElement) => {
    const payload = zerr
      ? JSON.stringify(
          { error: zerr.errorCode, kind: zerr.kind, status: zerr.status, jobUuid: zerr.jobUuid },
          null,
          2,
        )
      : String(error);
    try {
      await copyText(payload, button);
      notify(m.errorCopied, 'info');
    } catch {
      notify(t.common.copyRefused, 'warning');
    }
  };
  return (
    <Alert severity="error" role="alert" sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}>
      <AlertTitle sx={{ overflowWrap: 'anywhere' }}>
        {title ? m.titled(title, headline) : headline}
      </AlertTitle>
      {advice && <Typography variant="body2">{advice}</Typography>}
      {zerr && (
        <ErrorLevel
          ec={
            // Codes the console made up (NETWORK, PROXY…) get their description in the user's language.
            zerr.kind === 'api' ? zerr.errorCode : { ...zerr.errorCode, description: m.kinds[zerr.kind] }
          }
          depth={0}
        />
      )}
      {zerr?.jobUuid && (
        <Typography variant="caption" component="div" sx={{ mt: 1, ...mono }}>
          {m.job(zerr.jobUuid)}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button
          size="small"
          color="inherit"
          variant="outlined"
          startIcon={<ContentCopyIcon />}
          onClick={(event) => void copy(event.currentTarget)}
        >
          {m.copyError}
        </Button>
        {action}
      </Stack>
    </Alert>
  );
}
