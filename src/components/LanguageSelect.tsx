// English / 简体中文. A native select: keyboard and screen readers know it, and it costs nothing on first paint.
// Its name reads in both languages, so a user who cannot read the current one still finds it.
import Box from '@mui/material/Box';
import { useId } from 'react';
import { useLocale, useT } from '../i18n/I18nProvider.tsx';
import { isLocale, LOCALES } from '../i18n/locale.ts';

export function LanguageSelect({ onDark = false }: { onDark?: boolean }) {
  const id = useId();
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box component="label" htmlFor={id} sx={{ typography: 'body2' }}>
        {t.common.languageLabel}
      </Box>
      <Box
        component="select"
        id={id}
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (isLocale(next)) void setLocale(next);
        }}
        sx={{
          font: 'inherit',
          fontSize: 14,
          px: 1,
          py: 0.5,
          borderRadius: 1,
          border: 1,
          borderColor: onDark ? 'currentColor' : 'divider',
          color: onDark ? 'inherit' : 'text.primary',
          bgcolor: onDark ? 'transparent' : 'background.paper',
          '& option': { color: 'text.primary', bgcolor: 'background.paper' },
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.common.languageNames[l]}
          </option>
        ))}
      </Box>
    </Box>
  );
}
