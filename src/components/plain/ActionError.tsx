// Where a single action's failure is shown: ZStack's ErrorCode with its chain, or, when the answer was not ZStack's
// own because the session ended under it, a sign-in in place after which the same job is followed.
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/session.ts';
import type { ErrorSubject } from '../error-text.ts';
import { ErrorCodeView } from './ErrorCodeView.tsx';
import { SignInAgain, type SignInPrompt } from './SignInAgain.tsx';

export interface ActionErrorProps {
  error: unknown;
  /** What was being done, e.g. "Recovering web-01 failed". */
  title: string;
  subject?: ErrorSubject;
  /** Set while the action waits for a sign-in (api/sign-in-prompt.ts). */
  prompt: SignInPrompt | undefined;
}

export function ActionError({ error, title, subject, prompt }: ActionErrorProps) {
  const t = useT();
  if (!prompt) return <ErrorCodeView error={error} title={title} subject={subject} />;
  return (
    <SignInAgain prompt={prompt} title={t.session.again.title}>
      <p className="rb-p">{t.session.again.action}</p>
    </SignInAgain>
  );
}
