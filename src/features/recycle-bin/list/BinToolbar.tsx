// Above every recycle-bin list: the search box, how many match, and a refresh.
import { Icon } from '../../../components/plain/icons.tsx';
import { SearchBox } from '../../../components/plain/SearchBox.tsx';
import { PlainButton } from '../../../components/plain/ui.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';

export interface BinToolbarProps {
  id: string;
  label: string;
  placeholder: string;
  text: string;
  help: string;
  invalid: boolean;
  /** "320 destroyed VMs", empty until the first answer. */
  count: string;
  fetching: boolean;
  onText: (text: string) => void;
  onEnter: () => void;
  onRefresh: () => void;
}

export function BinToolbar(props: BinToolbarProps) {
  const m = useT().recycleBin;
  return (
    <div className="rb-toolbar-row">
      <SearchBox
        id={props.id}
        label={props.label}
        placeholder={props.placeholder}
        value={props.text}
        invalid={props.invalid}
        help={props.help}
        describedBy={`${props.id}-count`}
        onChange={props.onText}
        onEnter={props.onEnter}
      />
      <span className="rb-grow" />
      <p id={`${props.id}-count`} role="status" aria-live="polite" className="rb-p rb-muted">
        {props.count}
      </p>
      <PlainButton
        startIcon={<Icon name="refresh" />}
        onClick={props.onRefresh}
        disabled={props.fetching}
        aria-label={m.refreshLabel}
        title={m.refreshTitle}
      >
        {props.fetching ? m.refreshing : m.refresh}
      </PlainButton>
    </div>
  );
}
