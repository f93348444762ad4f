// A resource's name as a link to its page, its short UUID (the whole one for screen readers) and a copy button.
import { memo } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { CopyButton } from '../../../components/plain/CopyButton.tsx';
import { shortUuid } from '../../../components/format.ts';
import { cls } from '../../../components/plain/classes.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

/**
 * Memoised: a row renders again when its owner, who-deleted-it or the clock arrive, and the router's link is the
 * costliest part of a row to render; its three strings rarely change.
 */
export const NameCell = memo(function NameCell({
  uuid,
  name,
  to,
}: {
  uuid: string;
  name: string;
  to: string;
}) {
  const m = useT().recycleBin;
  return (
    <>
      <RouterLink to={to} className={cls.nameLink}>
        {name}
      </RouterLink>
      <div className={cls.uuidLine}>
        <span className={cls.mono} title={uuid}>
          {shortUuid(uuid)}…<span className={cls.srOnly}>{m.uuidHidden(uuid)}</span>
        </span>
        <CopyButton value={uuid} label={m.copyUuid(name)} />
      </div>
    </>
  );
});
