// Texts of the sign-in page.
// Not in the first paint: the modules that read t.session import this one, which registers it (see ./index.ts).
import { registerEn } from './registry.ts';

export const session = {
  documentTitle: 'Sign in · ZStack Recycle Bin',
  title: 'Sign in to the ZStack Recycle Bin',
  intro: 'Use your ZStack account. Deleted virtual machines you can see are listed after you sign in.',
  expired: 'Your session expired. Sign in again to return to where you were.',
  accountName: 'Account name',
  password: 'Password',
  signInFailed: 'Sign-in failed',
  signingIn: 'Signing in…',
  signIn: 'Sign in',
  /** Sign-in in place, where an action or a run waits because the session ended under it. */
  again: {
    title: 'Sign in again to go on',
    action:
      'The sign-in has ended: the management node, or a gateway in front of it, no longer accepts this session. Whether the job ran is not known yet. After you sign in again as the same account, the console follows the same job and sends nothing twice.',
    signIn: 'Sign in and go on',
    signingIn: 'Signing in…',
    failed: 'Sign-in failed',
  },
  logoutUnconfirmed:
    'You are signed out of this console, but the management node could not be told. Your session stays valid on it until it times out.',
};

declare module './registry.ts' {
  interface LazyMessages {
    session: typeof session;
  }
}

registerEn('session', session);
