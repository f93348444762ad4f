import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider.tsx';
import { copyText } from './clipboard.ts';
import { useNotify } from './Notifier.tsx';

/** Copies a value; its accessible name (and native tooltip) says what is copied. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const notify = useNotify();
  const t = useT();
  const [done, setDone] = useState(false);
  return (
    <IconButton
      size="small"
      aria-label={label}
      title={done ? t.common.copied : label}
      onClick={(event) => {
        copyText(value, event.currentTarget).then(
          () => {
            setDone(true);
            notify(t.common.copiedToClipboard, 'info');
            setTimeout(() => setDone(false), 1500);
          },
          () => notify(t.common.copyRefused, 'warning'),
        );
      }}
    >
      {done ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
    </IconButton>
  );
}
