import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useNotify } from './Notifier.tsx';

/** Copies a value; its accessible name says what is copied. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const notify = useNotify();
  const [done, setDone] = useState(false);
  return (
    <Tooltip title={done ? 'Copied' : label}>
      <IconButton
        size="small"
        aria-label={label}
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => {
              setDone(true);
              notify('Copied to the clipboard', 'info');
              setTimeout(() => setDone(false), 1500);
            },
            () => notify('The browser did not allow copying to the clipboard', 'warning'),
          );
        }}
      >
        {done ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
      </IconButton>
    </Tooltip>
  );
}
