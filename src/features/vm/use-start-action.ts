// One Start for the whole page: every Start button shares it, so the VM cannot be started twice at once.
import { useState } from 'react';
import { type JobEvent, useStartVm } from '../../api/vm-actions.ts';
import { type SignInPrompt, useSignInPrompt } from '../../api/sign-in-prompt.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import type { Messages } from '../../i18n/en/index.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/vm.ts';
import type { VmInstance } from '../../zstack/inventories.ts';
import { stateText } from './vm-state.ts';

export interface StartAction {
  start: (from: string) => void;
  pending: boolean;
  error: unknown;
  failed: boolean;
  /** Which button started the last attempt: its error shows next to it. */
  origin: string | undefined;
  event: JobEvent | undefined;
  /** Set while the start waits for the same account to sign in again (its job is then followed, not resent). */
  signIn: SignInPrompt | undefined;
}

export function useStartAction(vm: VmInstance): StartAction {
  const mutation = useStartVm();
  const notify = useNotify();
  const t = useT();
  const [origin, setOrigin] = useState<string>();
  const [event, setEvent] = useState<JobEvent>();
  const guard = useBusyGuard();
  const name = vm.name ?? vm.uuid;

  const start = (from: string) => {
    if (!guard.claim()) return;
    setOrigin(from);
    setEvent(undefined);
    mutation.mutate(
      { vm, onEvent: setEvent },
      {
        onSuccess: (inventory) => {
          const ips = inventory.vmNics
            .flatMap((n) => n.usedIps.map((u) => u.ip))
            .filter((ip) => ip !== undefined);
          const state = inventory.state === undefined ? undefined : stateText(t, inventory.state);
          notify(t.vm.started(name, state, ips));
        },
        onSettled: guard.release,
      },
    );
  };

  const signIn = useSignInPrompt({
    error: mutation.error,
    resume: () => start(origin ?? ''),
    discard: () => mutation.reset(),
  });

  return {
    start,
    signIn,
    pending: mutation.isPending,
    error: mutation.error,
    failed: mutation.isError,
    origin,
    event,
  };
}

export function startProgressText(t: Messages, event: JobEvent | undefined): string {
  if (event?.type === 'retrying') return t.vm.startProgress.retrying;
  if (event?.type === 'accepted' || event?.type === 'recovered') return t.vm.startProgress.accepted;
  return t.vm.startProgress.sending;
}
