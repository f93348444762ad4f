import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import { copyText } from '../clipboard.ts';
import { useNotify } from './Notifier.tsx';
import { IconButton } from './ui.tsx';

/** Copies a value; its accessible name (and native tooltip) says what is copied. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const notify = useNotify();
  const t = useT();
  const [done, setDone] = useState(false);
  return (
    <IconButton
      size="small"
      label={label}
      title={done ? t.common.copied : label}
      icon={done ? 'check' : 'contentCopy'}
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
    />
  );
}
