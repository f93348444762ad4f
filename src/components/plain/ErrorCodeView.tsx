// Renders any failure inline: plain words first, then the ZStack ErrorCode with its cause chain (cut at 32 levels).
import { type ReactNode, useId, useState } from 'react';
import { jsonText } from '../../zstack/error-chain.ts';
import { type ErrorCode, isZStackError } from '../../zstack/errors.ts';
import { cls } from './classes.ts';
import { copyText } from '../clipboard.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { type ErrorSubject, describeError } from '../error-text.ts';
import { Icon } from './icons.tsx';
import { useNotify } from './Notifier.tsx';
import { Alert, PlainButton } from './ui.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rb-error-field">
      <span className="rb-error-field-label">{label}:</span> {children}
    </div>
  );
}

function ErrorLevel({ ec, depth }: { ec: ErrorCode; depth: number }) {
  const m = useT().errors;
  const [open, setOpen] = useState(true);
  const causes = [...(ec.cause ? [ec.cause] : []), ...(ec.causes ?? [])];
  const regionId = useId();
  const opaque = ec.opaque === undefined ? undefined : jsonText(ec.opaque);
  return (
    <div
      role="group"
      aria-label={depth === 0 ? m.levelError(ec.code) : m.levelCause(ec.code)}
      className={depth === 0 ? 'rb-error-level rb-error-level-top' : 'rb-error-level'}
    >
      <div className="rb-error-code">
        <span className={cls.mono}>{ec.code}</span>
        {ec.description}
      </div>
      <div className="rb-error-fields">
        {ec.details !== undefined && <Field label={m.details}>{ec.details}</Field>}
        {ec.elaboration !== undefined && <Field label={m.explanation}>{ec.elaboration}</Field>}
        {ec.location !== undefined && <Field label={m.failedIn}>{ec.location}</Field>}
        {opaque !== undefined && <Field label={m.extra}>{opaque}</Field>}
      </div>
      {ec.hiddenLevels !== undefined && <p className="rb-caption">{m.moreLevels(ec.hiddenLevels)}</p>}
      {causes.length > 0 && (
        <>
          <PlainButton
            size="small"
            color="inherit"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={regionId}
            startIcon={<Icon name={open ? 'expandLess' : 'expandMore'} />}
            className="rb-mt-small"
          >
            {m.showCauses(open, causes.length, ec.code)}
          </PlainButton>
          <div id={regionId} hidden={!open}>
            {causes.map((c, i) => (
              <ErrorLevel key={`${c.code}-${i}`} ec={c} depth={depth + 1} />
            ))}
          </div>
        </>
      )}
    </div>
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
    // `response` is the answer as received: a chain cut for display is whole there.
    const meta = { kind: zerr?.kind, status: zerr?.status, jobUuid: zerr?.jobUuid, response: zerr?.rawBody };
    const payload = zerr
      ? (jsonText({ error: zerr.errorCode, ...meta }, 2) ?? jsonText(meta, 2) ?? zerr.message)
      : String(error);
    try {
      await copyText(payload, button);
      notify(m.errorCopied, 'info');
    } catch {
      notify(t.common.copyRefused, 'warning');
    }
  };
  return (
    <Alert severity="error" role="alert" title={title ? m.titled(title, headline) : headline}>
      {advice && <p className="rb-p">{advice}</p>}
      {zerr && (
        <ErrorLevel
          ec={
            // Codes the console made up (NETWORK, PROXY…) get their description in the user's language.
            zerr.kind === 'api' ? zerr.errorCode : { ...zerr.errorCode, description: m.kinds[zerr.kind] }
          }
          depth={0}
        />
      )}
      {zerr?.jobUuid && <div className={`rb-caption rb-mt ${cls.mono}`}>{m.job(zerr.jobUuid)}</div>}
      <div className="rb-row rb-mt">
        <PlainButton
          size="small"
          color="inherit"
          variant="outlined"
          startIcon={<Icon name="contentCopy" />}
          onClick={(event) => void copy(event.currentTarget)}
        >
          {m.copyError}
        </PlainButton>
        {action}
      </div>
    </Alert>
  );
}
