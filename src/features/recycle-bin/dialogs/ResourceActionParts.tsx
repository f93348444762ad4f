// The parts of the data-volume and image dialog (ResourceActionDialog.tsx): what the action will do, the backup
// storages to act on, and who may act on a shared image.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deletedRefs } from '../../../api/images.ts';
import { nameQueries, ownerQueries } from '../../../api/resources.ts';
import { useSession } from '../../../api/session.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import '../../../i18n/en/bin.ts';
import type { Image, Volume } from '../../../zstack/inventories.ts';

type Kind = 'volume' | 'image';
type Action = 'recover' | 'expunge';

function isImage(resource: Volume | Image): resource is Image {
  return 'backupStorageRefs' in resource;
}

/** A normal account sees public images it cannot change: say so before it tries (docs/zstack-protocol.md#images). */
export function useReadOnly(kind: Kind, uuid: string): boolean {
  const { api, session } = useSession();
  const owner = useQuery({
    ...ownerQueries.owners(api, [uuid]),
    enabled: kind === 'image' && !session?.isAdmin,
  });
  // A normal account gets back only its own ownership records: no record of its own means it is not the owner.
  return (
    kind === 'image' && !session?.isAdmin && owner.isSuccess && owner.data.get(uuid) !== session?.accountName
  );
}

export interface BackupStorageChoice {
  /** The backup storages where the image is Deleted (none for a volume). */
  refs: ReturnType<typeof deletedRefs>;
  chosen: ReadonlySet<string>;
  setChosen: (next: ReadonlySet<string>) => void;
  /** Only an image deleted on more than one backup storage asks which. */
  needed: boolean;
  /** What to send: every one chosen is the same as "all", so none then, as ZStack's own console does. */
  toSend: string[];
}

export function useBackupStorageChoice(resource: Volume | Image): BackupStorageChoice {
  const refs = isImage(resource) ? deletedRefs(resource) : [];
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(refs.map((r) => r.backupStorageUuid)),
  );
  return {
    refs,
    chosen,
    setChosen,
    needed: refs.length > 1,
    toSend: chosen.size === refs.length ? [] : [...chosen],
  };
}

export function ChooseBackupStorages({
  choice,
  action,
  disabled,
}: {
  choice: BackupStorageChoice;
  action: Action;
  disabled: boolean;
}) {
  const m = useT().bin;
  const { api } = useSession();
  const { refs, chosen, setChosen } = choice;
  const uuids = refs.map((r) => r.backupStorageUuid);
  const names = useQuery(nameQueries.names(api, 'backupStorages', uuids));
  const toggle = (uuid: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(uuid);
    else next.delete(uuid);
    setChosen(next);
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <Typography component="legend" sx={{ fontWeight: 500 }}>
        {action === 'recover' ? m.onBackupStorages : m.expungeOn}
      </Typography>
      <FormGroup>
        {uuids.map((uuid) => (
          <FormControlLabel
            key={uuid}
            label={names.data?.get(uuid) ?? uuid}
            control={
              <Checkbox
                checked={chosen.has(uuid)}
                disabled={disabled}
                onChange={(e) => toggle(uuid, e.target.checked)}
              />
            }
          />
        ))}
      </FormGroup>
      {chosen.size === 0 && (
        <Typography role="alert" color="error" variant="body2">
          {m.chooseOne}
        </Typography>
      )}
    </Box>
  );
}

/** What the action will do, before the click. */
export function WhatItDoes({ kind, action }: { kind: Kind; action: Action }) {
  const m = useT().bin;
  if (action === 'expunge')
    return (
      <Alert role="note" severity="warning" sx={{ mb: 2 }}>
        {kind === 'volume' ? m.expungeVolumeWarning : m.expungeImageWarning}
      </Alert>
    );
  if (kind === 'image') return <Typography gutterBottom>{m.recoverImageWhat}</Typography>;
  return (
    <Box component="ul" sx={{ mt: 0, pl: 3 }}>
      {m.recoverVolumeWhat.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </Box>
  );
}

/** Before an expunge: the name to type, said and shown. */
export function NameToType({ kind, name }: { kind: Kind; name: string }) {
  const m = useT().bin;
  return (
    <>
      <Typography gutterBottom>{m.typeName(kind)}</Typography>
      <Typography gutterBottom sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {name}
      </Typography>
    </>
  );
}
