// The VM to attach a data volume to: a combobox whose list comes from the server, searched by name or UUID, a
// page at a time (type more to narrow it). With every account shown, each option says whose VM it is.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type AttachTarget, attachTargetQueries } from '../../api/attach-targets.ts';
import { ownerOf, ownerQueries } from '../../api/resources.ts';
import { useSession } from '../../api/session.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { stateLabel } from '../../i18n/states.ts';
import '../../i18n/en/resource.ts';

/** Typing sends one search when the user pauses, not one per key. */
const SEARCH_PAUSE_MS = 250;

function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

export function VmPicker({
  account,
  ready,
  value,
  lastUuid,
  onChange,
}: {
  /** Only this account's VMs; undefined: every VM the caller may see. */
  account: string | undefined;
  /** The volume's owner is known (until then nothing is searched). */
  ready: boolean;
  value: AttachTarget | null;
  lastUuid: string | undefined;
  onChange: (vm: AttachTarget | null) => void;
}) {
  const t = useT();
  const m = t.resource;
  const { api, session } = useSession();
  const [text, setText] = useState('');
  // The text of a chosen option is its name: search for that, not for what was typed before.
  const search = useSettled(value && text === (value.name ?? value.uuid) ? '' : text);
  const found = useQuery({ ...attachTargetQueries.search(api, search, account), enabled: ready });
  const targets = found.data?.targets ?? [];
  const showOwners = !!session?.isAdmin && account === undefined;
  const owners = useQuery({
    ...ownerQueries.owners(
      api,
      targets.map((vm) => vm.uuid),
    ),
    enabled: showOwners && targets.length > 0,
  });
  const owner = ownerOf(owners);
  const label = (vm: AttachTarget) => vm.name ?? vm.uuid;

  return (
    <Autocomplete
      options={targets}
      value={value}
      onChange={(_, vm) => onChange(vm)}
      inputValue={text}
      onInputChange={(_, next) => setText(next)}
      // The server has filtered already.
      filterOptions={(options) => options}
      isOptionEqualToValue={(a, b) => a.uuid === b.uuid}
      getOptionLabel={label}
      loading={!found.isSuccess || found.isFetching}
      loadingText={m.searchingVms}
      noOptionsText={m.noVms}
      disabled={!ready}
      renderOption={({ key, ...props }, vm) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
          <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
            {vm.uuid === lastUuid ? m.attachDefault(label(vm)) : label(vm)}
          </Typography>
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {m.vmOption(
              stateLabel(t.common.states, vm.state),
              vm.uuid,
              showOwners ? owner(vm.uuid) : undefined,
            )}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={m.attachVm}
          placeholder={m.searchVms}
          helperText={found.data?.more ? m.moreVms : ' '}
        />
      )}
    />
  );
}
