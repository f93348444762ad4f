// A recovered data volume comes back detached: attach it to a VM the user picks. The picker searches on the server
// among the VMs of the volume's own account that can take it; it starts on the VM the volume was last attached to
// only when that VM can take it, and never on any other. An admin may reach other accounts' VMs, but attaching one
// of them takes an explicit confirmation that names both accounts.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type AttachTarget, attachTargetQueries } from '../../api/attach-targets.ts';
import { ownerQueries } from '../../api/resources.ts';
import { ADMIN_ACCOUNT_UUID, useSession } from '../../api/session.ts';
import { type AttachVars, useAttachVolume } from '../../api/volumes.ts';
import { useBusyGuard } from '../../components/busy-guard.ts';
import { BusyButton } from '../../components/mui/BusyButton.tsx';
import { ActionError } from '../../components/plain/ActionError.tsx';
import { useSignInPrompt } from '../../api/sign-in-prompt.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { Panel } from '../../components/mui/Panel.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/resource.ts';
import type { Volume } from '../../zstack/inventories.ts';
import { VmPicker } from './VmPicker.tsx';

interface Owner {
  uuid: string;
  name: string;
}

/** The volume's account: the caller's own for a normal account (it sees nothing else), else ZStack's record. */
function useVolumeOwner(volume: Volume): Owner | undefined {
  const { api, session } = useSession();
  const admin = !!session?.isAdmin;
  const owner = useQuery({ ...ownerQueries.account(api, volume.uuid), enabled: admin });
  if (!session) return undefined;
  if (!admin) return { uuid: session.accountUuid, name: session.accountName };
  if (!owner.isSuccess) return undefined;
  // No ownership record: ZStack counts the resource as the admin's.
  return owner.data ?? { uuid: ADMIN_ACCOUNT_UUID, name: session.accountName };
}

export function AttachVolume({ volume }: { volume: Volume }) {
  const m = useT().resource;
  const { api, session } = useSession();
  const owner = useVolumeOwner(volume);
  const [everyAccount, setEveryAccount] = useState(false);
  const [picked, setPicked] = useState<AttachTarget | null>();
  const [confirmed, setConfirmed] = useState(false);
  // A normal account's queries are already limited to what it owns; the admin's are limited to the owner's VMs.
  const ownerScope = session?.isAdmin ? owner?.uuid : undefined;
  const account = everyAccount ? undefined : ownerScope;
  const lastUuid = volume.lastVmInstanceUuid;
  // The last VM is the default only when it is among the owner's VMs that can take a volume now.
  const last = useQuery({
    ...attachTargetQueries.search(api, lastUuid ?? '', ownerScope),
    enabled: !!lastUuid && !!owner,
  });
  const lastTarget = last.data?.targets.find((vm) => vm.uuid === lastUuid);
  const choice = picked === undefined ? lastTarget : picked;
  const vmOwner = useQuery({
    ...ownerQueries.account(api, choice?.uuid ?? ''),
    enabled: !!session?.isAdmin && everyAccount && !!choice,
  });
  const foreign =
    !!choice &&
    everyAccount &&
    vmOwner.isSuccess &&
    (vmOwner.data?.uuid ?? ADMIN_ACCOUNT_UUID) !== owner?.uuid;
  const ready = !!choice && !!owner && (!everyAccount || vmOwner.isSuccess) && (!foreign || confirmed);
  const name = volume.name ?? volume.uuid;

  return (
    <Panel title={m.attachTitle} description={m.attachWhy}>
      <Box sx={{ display: 'grid', gap: 1.5, maxWidth: 560 }}>
        {session?.isAdmin && owner && (
          <FormControlLabel
            label={m.everyAccount(owner.name)}
            control={
              <Checkbox
                checked={everyAccount}
                onChange={(e) => {
                  setEveryAccount(e.target.checked);
                  setConfirmed(false);
                }}
              />
            }
          />
        )}
        <VmPicker
          account={account}
          ready={!!owner}
          value={choice ?? null}
          lastUuid={lastTarget?.uuid}
          onChange={(vm) => {
            setPicked(vm);
            setConfirmed(false);
          }}
        />
        {foreign && owner && choice && (
          <FormControlLabel
            sx={{ alignItems: 'flex-start' }}
            label={m.crossAccount(name, owner.name, choice.name ?? choice.uuid, vmOwner.data?.name ?? '—')}
            control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />}
          />
        )}
        <AttachButton volume={volume} target={ready ? choice : undefined} />
      </Box>
    </Panel>
  );
}

function AttachButton({ volume, target }: { volume: Volume; target: AttachTarget | undefined }) {
  const m = useT().resource;
  const notify = useNotify();
  const name = volume.name ?? volume.uuid;
  const attach = useAttachVolume((vars) => notify(m.attached(name, vars.vmName ?? vars.vmUuid)));
  const guard = useBusyGuard();

  const send = (vars: AttachVars) => {
    if (!guard.claim()) return;
    attach.mutate(vars, { onSettled: guard.release });
  };
  const submit = () => {
    if (target) send({ volumeUuid: volume.uuid, vmUuid: target.uuid, vmName: target.name });
  };
  // The session ended under the job: the same account signs in here and the same job is followed. Resumed with the
  // mutation's own variables: the picker reloads after the sign-in and may not have that VM chosen yet.
  const signIn = useSignInPrompt({
    error: attach.error,
    resume: () => attach.variables && send(attach.variables),
    discard: () => attach.reset(),
  });
  return (
    <>
      <Box>
        <BusyButton
          variant="contained"
          onClick={submit}
          disabled={!target || signIn !== undefined}
          busy={attach.isPending}
        >
          {attach.isPending ? m.attaching : m.attachButton}
        </BusyButton>
      </Box>
      {attach.isError && (
        <ActionError subject="volume" error={attach.error} title={m.attachFailed(name)} prompt={signIn} />
      )}
    </>
  );
}
