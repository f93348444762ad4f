// How a dialog that runs one job waits, in one place for every such dialog:
// - "Stop waiting": a job that runs long can be left. The wait is aborted (not the job: it goes on on ZStack, and its
//   X-Job-UUID stays in the ledger as for any unknown outcome) and the job goes to Operations as a one-item run that
//   follows that very job by its id. No dialog holds the user until the node's apiTimeout; nothing is sent twice.
// - A session that ends under the job: a sign-in in place instead of a failure (api/sign-in-prompt.ts).
import Button from '@mui/material/Button';
import { useRef, useState } from 'react';
import { useOperations } from '../../../api/operations/OperationsProvider.tsx';
import type { StartSpec } from '../../../api/operations/run-actions.ts';
import { type SignInPrompt, useSignInPrompt } from '../../../api/sign-in-prompt.ts';
import type { JobEvent } from '../../../api/vm-actions.ts';
import { useNotify } from '../../../components/plain/Notifier.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin-dialogs.ts';

export interface DialogWaitOptions {
  /** The action's mutation, as far as waiting goes. */
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  /** Sends the action again with what the user chose (the same job id, by the ledger). */
  resume: () => void;
  onClose: () => void;
  /** What Operations runs to follow the job if the user stops waiting. */
  handOver: Omit<StartSpec, 'items' | 'quiet'> & { item: { uuid: string; name: string } };
}

export interface DialogWait {
  /** For the action's variables: the signal that stops the wait, and the event hook that learns the job ids. */
  begin: () => { signal: AbortSignal; track: (event: JobEvent) => void };
  signIn: SignInPrompt | undefined;
  /** The Dialog's onClose: Escape stops waiting once there is a job to hand over, and closes when idle. */
  onDialogClose: (() => void) | undefined;
  /** While the job runs, "Stop waiting" (enabled once the node took it); else undefined (the caller's Cancel). */
  stopButton: React.ReactNode;
}

export function useDialogWait({ mutation, resume, onClose, handOver }: DialogWaitOptions): DialogWait {
  const operations = useOperations();
  const notify = useNotify();
  const m = useT().binDialogs;
  const controller = useRef<AbortController | undefined>(undefined);
  // In order: a recovery's job, then (recover and start) the start's.
  const [jobs, setJobs] = useState<readonly string[]>([]);
  const signIn = useSignInPrompt({
    error: mutation.error,
    resume,
    discard: () => {
      mutation.reset();
      onClose();
    },
  });
  const jobUuid = jobs.at(-1);
  const stop = () => {
    if (jobUuid === undefined) return;
    controller.current?.abort();
    const { item, ...spec } = handOver;
    const stage = jobs.length > 1 ? 'start' : 'main';
    operations.start({ ...spec, quiet: true, items: [{ ...item, jobUuid, stage }] });
    notify(m.handedOver(item.name));
    onClose();
  };
  const pending = mutation.isPending;
  return {
    begin: () => {
      controller.current = new AbortController();
      setJobs([]);
      const track = (e: JobEvent) => setJobs((j) => (j.includes(e.jobUuid) ? j : [...j, e.jobUuid]));
      return { signal: controller.current.signal, track };
    },
    signIn,
    onDialogClose: pending ? (jobUuid === undefined ? undefined : stop) : onClose,
    stopButton: pending && (
      <Button onClick={stop} disabled={jobUuid === undefined}>
        {m.stopWaiting}
      </Button>
    ),
  };
}
