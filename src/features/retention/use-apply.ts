// How the retention forms send their changes: guarded against a double click, announced once when done, and, when
// the session ends under them, waiting for a sign-in in place after which the same jobs are followed.
import { useRef } from 'react';
import { type ConfigChange, useRetentionChange } from '../../api/retention-change.ts';
import { useSignInPrompt } from '../../api/sign-in-prompt.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';

export function useApply(onDone: () => void, done: string) {
  const change = useRetentionChange();
  const guard = useBusyGuard();
  const notify = useNotify();
  const last = useRef<readonly ConfigChange[]>([]);
  const run = (changes: readonly ConfigChange[], before?: () => void) => {
    if (!guard.claim()) return;
    last.current = changes;
    before?.();
    change.mutate(changes, {
      onSuccess: () => {
        notify(done);
        onDone();
      },
      onSettled: guard.release,
    });
  };
  const signIn = useSignInPrompt({
    error: change.error,
    resume: () => run(last.current),
    discard: () => change.reset(),
  });
  return { run, change, signIn };
}
