// The part of a deleted resource's page (a ticket link) that makes it a place to act: whose it is, who deleted
// it, the exact window in which ZStack's expunge task takes it, Recover and Expunge, and the way back to its bin.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import RestoreIcon from '@mui/icons-material/Restore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useFormat, useT } from '../../i18n/I18nProvider.tsx';
import { useBinActionDialogs } from '../bin-dialogs.tsx';
import { paths } from '../paths.ts';
import { type DeletionAnswer, DeletionText } from '../plain/DeletedBy.tsx';
import { Detail, Details } from './Details.tsx';
import { Panel } from './Panel.tsx';

type Kind = 'vm' | 'volume' | 'image';

/** When the expunge task takes it (the bins' ExpungeInfo). */
export type ExpungeWindow =
  | { kind: 'never'; paused?: boolean }
  | { kind: 'unknown' }
  | { kind: 'scheduled'; at: Date; latest: Date; msLeft: number; overdue: boolean };

export interface InBinFacts {
  /** The resource, whose deletion event "deleted by" links to. */
  uuid: string;
  owner: { name: string } | 'other' | undefined;
  deletedBy: DeletionAnswer;
  audit: 'present' | 'denied' | 'absent' | undefined;
  expunge: ExpungeWindow;
}

/** The bin of `kind`, searched for this one resource. */
export function binLink(kind: Kind, uuid: string): string {
  return `${paths.bin(kind)}?q=${encodeURIComponent(uuid)}`;
}

export function BackToBin({ kind, uuid }: { kind: Kind; uuid?: string | undefined }) {
  const m = useT().recycleBin.inBin;
  return (
    <Link
      component={RouterLink}
      to={uuid ? binLink(kind, uuid) : paths.bin(kind)}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'start' }}
    >
      <ArrowBackIcon fontSize="small" aria-hidden />
      {m.back(kind)}
    </Link>
  );
}

function ExpungeText({ expunge }: { expunge: ExpungeWindow }) {
  const r = useT().recycleBin;
  const format = useFormat();
  if (expunge.kind === 'never') return <>{expunge.paused === true ? r.keptUntilResumed : r.keptByHand}</>;
  if (expunge.kind === 'unknown') return <>—</>;
  return (
    <>
      {expunge.overdue ? r.dueNow : r.expungesIn(format.duration(expunge.msLeft))}
      {', '}
      {r.inBin.window(format.dateTime(expunge.at), format.dateTime(expunge.latest))}
    </>
  );
}

function DeleterText({ facts }: { facts: InBinFacts }) {
  const m = useT().recycleBin.inBin;
  if (facts.audit === 'absent') return <>{m.notRecorded}</>;
  if (facts.audit === 'denied') return <>{m.auditDenied}</>;
  return <DeletionText answer={facts.audit === undefined ? null : facts.deletedBy} uuid={facts.uuid} />;
}

export interface InBinPanelProps {
  kind: Kind;
  name: string;
  facts: InBinFacts;
  /** The bin's own dialog for `action` (from useBinActionDialogs), closed by `close`. */
  dialog: (action: Action, close: () => void) => ReactNode;
  /** After a dialog closed: whether the resource is gone for good (expunged); then the page leads to its bin. */
  expunged: () => boolean;
}

type Action = 'recover' | 'expunge';

export function InBinPanel({ kind, name, facts, dialog, expunged }: InBinPanelProps) {
  const t = useT();
  const m = t.recycleBin.inBin;
  const [open, setOpen] = useState<Action>();
  const onIntent = useBinActionDialogs().preload;
  const navigate = useNavigate();
  // A normal account reading another account's public image: only its owner or an administrator may act on it.
  const readOnly = kind === 'image' && facts.owner === 'other';
  const close = () => {
    setOpen(undefined);
    // Nothing is left to show here: the bin, where the announcement of the expunge is heard.
    if (expunged()) void navigate(paths.bin(kind), { replace: true });
  };
  return (
    <Panel title={m.title} description={m.intro(kind)}>
      <Details>
        <Detail label={m.account}>
          {facts.owner === 'other' ? m.otherAccount : (facts.owner?.name ?? '…')}
        </Detail>
        <Detail label={t.common.deletedBy}>
          <DeleterText facts={facts} />
        </Detail>
        <Detail label={m.expunged}>
          <ExpungeText expunge={facts.expunge} />
        </Detail>
      </Details>
      {readOnly && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {m.readOnlyShared}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 2 }}>
        {/* Recover first and filled, Expunge outlined in the error colour: the same actions as the bins' rows. */}
        {(['recover', 'expunge'] as const).map((action) => {
          const recover = action === 'recover';
          return (
            <Button
              key={action}
              variant={recover ? 'contained' : 'outlined'}
              color={recover ? 'primary' : 'error'}
              startIcon={recover ? <RestoreIcon /> : <DeleteForeverIcon />}
              aria-label={recover ? t.recycleBin.recoverName(name) : t.recycleBin.expungeName(name)}
              onPointerEnter={onIntent}
              onFocus={onIntent}
              disabled={readOnly}
              onClick={() => setOpen(action)}
            >
              {recover ? t.recycleBin.recover : m.expunge}
            </Button>
          );
        })}
      </Box>
      {open && dialog(open, close)}
    </Panel>
  );
}
