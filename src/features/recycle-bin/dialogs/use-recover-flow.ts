// What pressing Recover does: the VM alone (useRecoverVm, with the wire layer's progress events), or the VM with the
// data volumes deleted with it as one run of the operations engine (api/restore.ts). Trying again after a failure
// follows the same jobs: the wire layer reuses a lost answer's X-Job-UUID, and a run keeps what succeeded.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useOperations } from '../../../api/operations/OperationsProvider.tsx';
import { useDialogWait } from './dialog-wait.tsx';
import { fromStoredError, isFinished, isPaused, type Run } from '../../../api/operations/run.ts';
import { restoreTogether } from '../../../api/restore.ts';
import { type JobEvent, type RecoverResult, useRecoverVm } from '../../../api/vm-actions.ts';
import { useBusyGuard } from '../../../components/busy-guard.ts';
import { isTransient } from '../../../components/error-text.ts';
import { justRecovered, paths } from '../../../components/paths.ts';
import { useNotify } from '../../../components/plain/Notifier.tsx';
import '../../../i18n/en/bin-dialogs.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../../i18n/states.ts';
import type { VmInstance, Volume } from '../../../zstack/inventories.ts';

/**
 * The VM alone, with the wire layer's progress events; a start that fails after the recovery is kept apart. It
 * waits like every single-job dialog (dialog-wait.tsx): "Stop waiting" hands the job to Operations, and a session
 * that ends under it asks for a sign-in in place.
 */
function useRecoverAlone(
  vm: VmInstance,
  open: (uuid: string) => void,
  onClose: () => void,
  startAfter: boolean,
) {
  const name = vm.name ?? vm.uuid;
  const t = useT();
  const m = t.binDialogs;
  const notify = useNotify();
  const recover = useRecoverVm();
  const guard = useBusyGuard();
  const [event, setEvent] = useState<JobEvent>();
  const [hadTrouble, setHadTrouble] = useState(false);
  const [partial, setPartial] = useState<RecoverResult>();

  const run = () => {
    if (!guard.claim()) return;
    setHadTrouble(false);
    const { signal, track } = wait.begin();
    const onEvent = (e: JobEvent) => {
      track(e);
      setEvent(e);
      if (e.type === 'retrying') setHadTrouble(true);
    };
    recover.mutate(
      { vm, startAfter, signal, onEvent },
      {
        onSuccess: (result) => {
          if (result.startError) {
            setPartial(result);
            notify(m.recoveredStartFailed(name), 'warning', { toast: false });
            return;
          }
          const state =
            result.vm.state === undefined ? undefined : stateLabel(t.common.states, result.vm.state);
          notify(m.recovered(name, startAfter, state, result.transientFailures > 0));
          open(result.vm.uuid);
        },
        // The failure is shown (and announced, once) by the dialog's ActionError.
        onSettled: guard.release,
      },
    );
  };
  const wait = useDialogWait({
    mutation: recover,
    resume: run,
    onClose,
    handOver: { action: 'recover', resource: 'vm', startAfter, item: { uuid: vm.uuid, name } },
  });
  return { run, recover, event, hadTrouble, partial, wait };
}

/** The VM with its data volumes: one run, followed here while the dialog is open (and in the app bar after). */
function useRecoverTogether(vm: VmInstance, open: (uuid: string) => void) {
  const ops = useOperations();
  // A ref, not state: the second click of a double click must retry the same run, not start another.
  const runId = useRef<string>(undefined);
  const [shownId, setShownId] = useState<string>();
  const run = ops.runs.find((r) => r.id === shownId);
  const succeeded = run !== undefined && run.items.every((i) => i.status === 'done');
  useEffect(() => {
    if (succeeded) open(vm.uuid);
  }, [succeeded, open, vm.uuid]);
  const submit = (startAfter: boolean, volumes: readonly Volume[]) => {
    const id = runId.current;
    if (id !== undefined) {
      ops.retryFailed(id);
      return;
    }
    runId.current = ops.start(restoreTogether(vm, volumes, startAfter));
    setShownId(runId.current);
  };
  return { run, submit, pending: run !== undefined && !isFinished(run) && !isPaused(run) };
}

/** How a run that has ended stands: whether something failed, and whether trying again can help. */
function judgeRun(run: Run | undefined, vmUuid: string) {
  const vm = run?.items.find((i) => i.uuid === vmUuid);
  const back = vm !== undefined && (vm.status === 'done' || vm.stage !== 'main');
  if (!run || !isFinished(run)) return { back, failed: false, retryable: false };
  const bad = run.items.filter((i) => i.status !== 'done');
  // Skipped steps follow what blocked them; cancelled ones were never sent.
  const retryable = bad.some(
    (i) =>
      i.status === 'unknown' ||
      i.status === 'cancelled' ||
      (i.error !== undefined && isTransient(fromStoredError(i.error))),
  );
  return { back, failed: bad.length > 0, retryable };
}

export function useRecoverFlow(vm: VmInstance, onClose: () => void, startAfter: boolean) {
  const navigate = useNavigate();
  const open = useCallback(
    (uuid: string) => {
      onClose();
      void navigate(paths.vm(uuid), { state: justRecovered });
    },
    [onClose, navigate],
  );
  const alone = useRecoverAlone(vm, open, onClose, startAfter);
  const together = useRecoverTogether(vm, open);

  const submit = (volumes: readonly Volume[]) => {
    if (volumes.length > 0 || together.run) together.submit(startAfter, volumes);
    else alone.run();
  };

  const error = alone.recover.isError ? alone.recover.error : undefined;
  const run = judgeRun(together.run, vm.uuid);
  return {
    submit,
    pending: alone.recover.isPending || together.pending,
    /** The recovery worked (the page it leads to reads the inventory it returned). */
    recovered: alone.recover.isSuccess || run.back,
    paused: together.run !== undefined && isPaused(together.run),
    back: !!alone.partial || run.back,
    failed: error !== undefined || run.failed,
    retryable: error !== undefined ? isTransient(error) : run.retryable,
    error,
    wait: alone.wait,
    event: alone.event,
    hadTrouble: alone.hadTrouble,
    partial: alone.partial,
    together: together.run,
    openRecovered: () => open(alone.partial?.vm.uuid ?? vm.uuid),
  };
}
