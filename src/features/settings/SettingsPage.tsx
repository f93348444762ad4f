// The management node's time zone: ZStack dates carry none (Gson, node-local), so the console learns the offset
// at sign-in and lets an admin correct it here.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FormEvent, useEffect, useState } from 'react';
import { useSession } from '../../api/session.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { SelectField } from '../../components/plain/SelectField.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/settings.ts';
import { ConcurrencySetting } from './ConcurrencySetting.tsx';

const OFFSETS = Array.from({ length: (14 + 12) * 4 + 1 }, (_, i) => -12 * 60 + i * 15);

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function SettingsPage() {
  const { offset: current, store } = useSession();
  const [choice, setChoice] = useState(current.minutes);
  const notify = useNotify();
  const m = useT().settings;
  useEffect(() => {
    document.title = m.documentTitle;
  }, [m]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    // Times are kept as the node sent them and converted on display, so every screen follows at once.
    store.configureOffset(choice);
    notify(m.saved(formatOffset(choice)));
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      <Typography variant="h4" component="h1">
        {m.title}
      </Typography>
      <Paper component="form" variant="outlined" onSubmit={save} sx={{ p: 3 }} aria-labelledby="tz-title">
        <Typography id="tz-title" variant="h6" component="h2" gutterBottom>
          {m.timeZoneTitle}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {m.timeZoneWhy}
        </Typography>
        <Alert role="status" severity="info" sx={{ mb: 2 }}>
          {m.now(formatOffset(current.minutes), m.sources[current.source])}
        </Alert>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <SelectField
            id="tz-offset"
            label={m.offsetLabel}
            value={choice}
            options={OFFSETS.map((o) => ({ value: o, label: formatOffset(o) }))}
            onChange={setChoice}
          />
          <Button type="submit" variant="contained" disabled={choice === current.minutes}>
            {m.save}
          </Button>
        </Box>
      </Paper>
      <ConcurrencySetting />
    </Stack>
  );
}
