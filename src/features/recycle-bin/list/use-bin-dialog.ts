// Which dialog a recycle-bin list has open: one row's recover or expunge, or the bulk action on the selection.
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { keepFocusIn } from '../../../components/focus.ts';

export type RowDialog<T> = { kind: 'recover' | 'expunge'; row: T };
export type OpenDialog<T> = RowDialog<T> | { kind: 'bulk'; action: 'recover' | 'expunge' } | undefined;

export interface BinDialogs<T> {
  open: OpenDialog<T>;
  /** Stable, so memoised rows do not render again when a dialog opens or closes. */
  openRecover: (row: T) => void;
  openExpunge: (row: T) => void;
  openBulk: (action: 'recover' | 'expunge') => void;
  close: () => void;
}

/** The dialogs, and the ref of the page's heading: it takes the focus back when the opener's row has gone. */
export function useBinDialogs<T>(): readonly [BinDialogs<T>, RefObject<HTMLHeadingElement | null>] {
  const [open, setOpen] = useState<OpenDialog<T>>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useCallback(() => {
    setOpen(undefined);
    keepFocusIn(() => headingRef.current);
  }, []);
  const openRecover = useCallback((row: T) => setOpen({ kind: 'recover', row }), []);
  const openExpunge = useCallback((row: T) => setOpen({ kind: 'expunge', row }), []);
  const openBulk = useCallback((action: 'recover' | 'expunge') => setOpen({ kind: 'bulk', action }), []);
  const dialogs = useMemo(
    () => ({ open, openRecover, openExpunge, openBulk, close }),
    [open, openRecover, openExpunge, openBulk, close],
  );
  return [dialogs, headingRef] as const;
}
