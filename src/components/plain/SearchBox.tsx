// A labelled search input with a clear button: a native input styled like the theme, because MUI's TextField
// (InputBase, FormControl, label animation, textarea autosize) costs ~7 kB gzip on the first paint.
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/I18nProvider.tsx';
import { Icon } from './icons.tsx';
import { IconButton } from './ui.tsx';

export interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  help: string;
  /** The help text is a problem with the value. */
  invalid?: boolean;
  /** Ids of other elements that describe the input (e.g. a live result count). */
  describedBy?: string;
  onChange: (value: string) => void;
  onEnter: () => void;
}

export function SearchBox(props: SearchBoxProps) {
  const { id, label, placeholder, value, help, invalid = false, describedBy, onChange, onEnter } = props;
  const t = useT();
  return (
    <div className="rb-search">
      <label htmlFor={id} className="rb-label">
        {label}
      </label>
      <div className={invalid ? 'rb-search-box rb-search-invalid' : 'rb-search-box'}>
        <Icon name="search" />
        <input
          id={id}
          className="rb-search-input"
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={[`${id}-help`, describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') onEnter();
          }}
        />
        {value && (
          <IconButton size="small" icon="clear" label={t.common.clearSearch} onClick={() => onChange('')} />
        )}
      </div>
      <div
        id={`${id}-help`}
        className={invalid ? 'rb-caption rb-help rb-help-invalid' : 'rb-caption rb-help'}
      >
        {help}
      </div>
    </div>
  );
}
