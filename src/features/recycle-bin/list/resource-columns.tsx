// The columns every data-volume and image bin row has after its own: when it was deleted, when it expunges, the
// account (admins) and who deleted it (where ZStack keeps an audit log); and the row's recover and expunge buttons.
import type { ReactNode } from 'react';
import { useServerDate } from '../../../api/session.ts';
import { cls } from '../../../components/plain/classes.ts';
import { DeletionText } from '../../../components/plain/DeletedBy.tsx';
import { Icon } from '../../../components/plain/icons.tsx';
import { PlainButton, IconButton } from '../../../components/plain/ui.tsx';
import { useFormat, useT } from '../../../i18n/I18nProvider.tsx';
import type { ServerTime } from '../../../zstack/dates.ts';
import { ExpungeCountdown } from './ExpungeCountdown.tsx';
import type { Column } from './ResourceTable.tsx';
import type { BinDialogs } from './use-bin-dialog.ts';
import type { BinList } from './use-bin-list.ts';

type Row = { uuid: string; name?: string | undefined };

export function useSharedColumns<S extends string, T extends Row>(
  bin: BinList<S, T>,
  deletedAt: (row: T) => ServerTime | undefined,
): Column<T>[] {
  const format = useFormat();
  const toDate = useServerDate();
  const { now, deletions } = bin;
  const deleted: Column<T> = {
    key: 'deleted',
    sort: 'lastOpDate',
    render: (row) => {
      const at = toDate(deletedAt(row));
      return (
        <>
          {format.relative(at, now)}
          <span className={cls.secondary}>{format.dateTime(at)}</span>
        </>
      );
    },
  };
  const expunges: Column<T> = {
    key: 'expunges',
    render: (row) => (
      <ExpungeCountdown deleted={toDate(deletedAt(row))} policy={bin.policy} now={now} paused={bin.paused} />
    ),
  };
  const account: Column<T> = { key: 'account', render: (row) => bin.ownerOf(row.uuid) };
  const deletedBy: Column<T> = {
    key: 'deletedBy',
    render: (row) => <DeletionText answer={deletions.of(row.uuid)} uuid={row.uuid} />,
  };
  return [deleted, expunges, ...(bin.isAdmin ? [account] : []), ...(deletions.column ? [deletedBy] : [])];
}

/** A row's Recover and Expunge buttons; pointing at one fetches the dialog's code. */
export function rowActions<T extends Row>(
  t: ReturnType<typeof useT>,
  dialogs: BinDialogs<T>,
  onIntent: () => void,
): (row: T) => ReactNode {
  const RowActions = (row: T) => {
    const name = row.name ?? row.uuid;
    return (
      <>
        <PlainButton
          size="small"
          startIcon={<Icon name="restore" />}
          aria-label={t.recycleBin.recoverName(name)}
          onPointerEnter={onIntent}
          onClick={() => dialogs.openRecover(row)}
        >
          {t.recycleBin.recover}
        </PlainButton>
        <IconButton
          size="small"
          color="error"
          icon="deleteForever"
          label={t.recycleBin.expungeName(name)}
          onPointerEnter={onIntent}
          onClick={() => dialogs.openExpunge(row)}
        />
      </>
    );
  };
  return RowActions;
}
