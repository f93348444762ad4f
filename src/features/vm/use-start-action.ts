// One Start for the whole page: every Start button shares it, so the VM cannot be started twice at once.
import { useRef, useState } from 'react';
import { type JobEvent, useStartVm } from '../../api/vms.ts';
import { useNotify } from '../../components/Notifier.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';

export interface StartAction {
  start: (from: string) => void;
  pending: boolean;
  error: unknown;
  failed: boolean;
  /** Which button started the last attempt: its error shows next to it. */
  origin: string | undefined;
  event: JobEvent | undefined;
}

export function useStartAction(vm: VmInstance): StartAction {
  const mutation = useStartVm();
  const notify = useNotify();
  const [origin, setOrigin] = useState<string>();
  const [event, setEvent] = useState<JobEvent>();
  // A second click can land before React re-renders the disabled button.
  const busy = useRef(false);
  const name = vm.name ?? vm.uuid;

  const start = (from: string) => {
    if (busy.current) return;
    busy.current = true;
    setOrigin(from);
    setEvent(undefined);
    mutation.mutate(
      { vm, onEvent: setEvent },
      {
        onSuccess: (inventory) => {
          const ips = inventory.vmNics
            .flatMap((n) => n.usedIps.map((u) => u.ip))
            .filter((ip) => ip !== undefined);
          notify(
            `${name} was started. It is ${inventory.state ?? 'running'}${ips.length > 0 ? ` with IP ${ips.join(', ')}` : ''}.`,
          );
        },
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  };

  return {
    start,
    pending: mutation.isPending,
    error: mutation.error,
    failed: mutation.isError,
    origin,
    event,
  };
}

export function startProgressText(event: JobEvent | undefined): string {
  if (event?.type === 'retrying')
    return 'Lost contact with ZStack while starting. Still trying (the job runs only once)…';
  if (event?.type === 'accepted' || event?.type === 'recovered') {
    return 'ZStack is starting the VM: choosing a host and assigning IP addresses…';
  }
  return 'Sending the request…';
}
