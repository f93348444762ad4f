// A single action (recover, start, expunge, attach) whose answer was not ZStack's own waits for a sign-in in place,
// as a bulk run does: whether its job ran is unknown, so it is neither failed nor sent anew. The same account
// signing in again runs the action once more, and the wire layer's ledger gives it the same X-Job-UUID, so it follows
// the first job instead of acting twice. Anyone else signing in (or a sign-out) drops it from the screen; its job id
// stays with its own account.
import { useEffect, useEffectEvent, useState } from 'react';
import { needsSignIn } from '../zstack/errors.ts';
import { useSession } from './session.ts';

/** What a sign-in-in-place form needs (components/plain/SignInAgain.tsx takes it as it is). */
export interface SignInPrompt {
  accountName: string;
  signIn: (accountName: string, password: string) => Promise<unknown>;
}

/** The action of a mutation, as far as waiting for a sign-in goes. */
export interface WaitingAction {
  error: unknown;
  /** Runs the action again with the same variables (same job id, by the ledger). */
  resume: () => void;
  /** Forgets the failed attempt on screen (another person's desk now). */
  discard: () => void;
}

/** The sign-in form to show while `action` waits for one, else undefined. */
export function useSignInPrompt({ error, resume, discard }: WaitingAction): SignInPrompt | undefined {
  const { session, store } = useSession();
  const waiting = needsSignIn(error) && session !== undefined;
  const [renewals, setRenewals] = useState(0);
  const onReset = useEffectEvent((reason: string) => {
    if (reason === 'renewed') setRenewals((n) => n + 1);
    else discard();
  });
  const onRenewed = useEffectEvent(() => resume());
  useEffect(() => (waiting ? store.onReset(onReset) : undefined), [store, waiting]);
  // After the render with the renewed session in place, so the action goes out with it.
  useEffect(() => {
    if (renewals > 0) onRenewed();
  }, [renewals]);
  if (!waiting) return undefined;
  return { accountName: session.accountName, signIn: store.signInAgain };
}
