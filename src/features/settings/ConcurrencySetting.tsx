// How many jobs a bulk action runs at once (1–16, 4 by default): more is faster, fewer is gentler on the node.
// Kept in localStorage: it is a preference of this browser, not of the account.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { CONCURRENCY, readConcurrency, writeConcurrency } from '../../api/operations/storage.ts';
import { useNotify } from '../../components/plain/Notifier.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import '../../i18n/en/settings.ts';

export function ConcurrencySetting() {
  const m = useT().settings;
  const notify = useNotify();
  const [saved, setSaved] = useState(readConcurrency);
  const [value, setValue] = useState(String(saved));
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= CONCURRENCY.min && n <= CONCURRENCY.max;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    writeConcurrency(n);
    setSaved(n);
    notify(m.concurrencySaved(n));
  };

  return (
    <Paper
      component="form"
      variant="outlined"
      onSubmit={save}
      sx={{ p: 3 }}
      aria-labelledby="bulk-title"
      noValidate
    >
      <Typography id="bulk-title" variant="h6" component="h2" gutterBottom>
        {m.concurrencyTitle}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {m.concurrencyWhy}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Box component="label" htmlFor="bulk-concurrency" sx={{ fontWeight: 500 }}>
          {m.concurrencyLabel}
        </Box>
        <Box
          component="input"
          id="bulk-concurrency"
          type="number"
          min={CONCURRENCY.min}
          max={CONCURRENCY.max}
          step={1}
          value={value}
          aria-invalid={!valid}
          aria-describedby="bulk-concurrency-help"
          onChange={(e) => setValue(e.target.value)}
          sx={{
            font: 'inherit',
            p: 1,
            width: 96,
            borderRadius: 1,
            color: 'text.primary',
            bgcolor: 'background.paper',
          }}
        />
        <Button type="submit" variant="contained" disabled={!valid || n === saved}>
          {m.save}
        </Button>
      </Box>
      <Typography
        id="bulk-concurrency-help"
        variant="caption"
        sx={{ display: 'block', mt: 0.5, color: valid ? 'text.secondary' : 'error.main' }}
      >
        {valid
          ? m.concurrencyHelp(CONCURRENCY.min, CONCURRENCY.max)
          : m.concurrencyInvalid(CONCURRENCY.min, CONCURRENCY.max)}
      </Typography>
    </Paper>
  );
}
