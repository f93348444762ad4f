// The recycle bins' own recover and expunge dialogs, for the pages of one deleted resource (a ticket link), which
// belong to other features: the app provides the dialogs (loaded on demand), a page asks for them here.
import { type ComponentType, createContext, useContext } from 'react';
import type { Image, VmInstance, Volume } from '../zstack/inventories.ts';

interface Closable {
  onClose: () => void;
  /** A dialog whose code could not be loaded: its message's Close. */
  onCancel?: () => void;
}

export interface BinDialogs {
  /** Recover one VM (optionally with start); it ends on the VM's page. */
  RecoverVm: ComponentType<Closable & { vm: VmInstance }>;
  /** Expunge one VM, after its name is typed. */
  ExpungeVm: ComponentType<Closable & { vm: VmInstance }>;
  /** Recover or expunge one data volume or image. */
  ResourceAction: ComponentType<
    Closable & { kind: 'volume' | 'image'; action: 'recover' | 'expunge'; resource: Volume | Image }
  >;
  /** Starts loading the dialogs' code (on hover or focus of a button that opens one). */
  preload: () => void;
}

export const BinDialogsContext = createContext<BinDialogs | null>(null);

export function useBinActionDialogs(): BinDialogs {
  const dialogs = useContext(BinDialogsContext);
  if (!dialogs) throw new Error('BinDialogsContext is not provided');
  return dialogs;
}
