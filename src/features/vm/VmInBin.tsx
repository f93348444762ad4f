// A destroyed VM's page is a place to act: whose it is, who destroyed it, when it expunges, Recover and Expunge
// with the recycle bin's own dialogs.
import { useQueryClient } from '@tanstack/react-query';
import { useInBin } from '../../api/in-bin.ts';
import { useApi } from '../../api/session.ts';
import { vmQueries } from '../../api/vms.ts';
import { useBinActionDialogs } from '../../components/bin-dialogs.tsx';
import { InBinPanel } from '../../components/mui/InBinPanel.tsx';
import type { VmInstance } from '../../zstack/inventories.ts';

export function VmInBin({ vm }: { vm: VmInstance }) {
  const facts = useInBin('vm', vm.uuid, vm.lastOpDate);
  const { RecoverVm, ExpungeVm } = useBinActionDialogs();
  const queryClient = useQueryClient();
  const detail = vmQueries.detail(useApi(), vm.uuid).queryKey;
  return (
    <InBinPanel
      kind="vm"
      name={vm.name ?? vm.uuid}
      facts={facts}
      // An expunge removes the VM from the cache (useExpungeVm).
      expunged={() => queryClient.getQueryState(detail) === undefined}
      dialog={(action, close) =>
        action === 'recover' ? (
          <RecoverVm vm={vm} onClose={close} onCancel={close} />
        ) : (
          <ExpungeVm vm={vm} onClose={close} onCancel={close} />
        )
      }
    />
  );
}
