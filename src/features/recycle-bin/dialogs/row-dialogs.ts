// One row's recover and expunge dialogs, loaded on first intent (MUI's Dialog, Modal and focus trap are not needed
// to show a list). The bins open them from their rows; the app hands them to the pages of one deleted resource.
import type { BinDialogs } from '../../../components/bin-dialogs.tsx';
import { preloadable } from '../../../components/plain/preloadable.tsx';

export const recoverDialog = preloadable(
  () => import('./RecoverDialog.tsx'),
  (module) => module.RecoverDialog,
  { what: 'recoverDialog', floating: true },
);
export const expungeDialog = preloadable(
  () => import('./ExpungeDialog.tsx'),
  (module) => module.ExpungeDialog,
  { what: 'expungeDialog', floating: true },
);
export const actionDialog = preloadable(
  () => import('./ResourceActionDialog.tsx'),
  (module) => module.ResourceActionDialog,
  { what: 'recoverDialog', floating: true },
);

export const rowDialogs: BinDialogs = {
  RecoverVm: recoverDialog.Component,
  ExpungeVm: expungeDialog.Component,
  ResourceAction: actionDialog.Component,
  preload: () => {
    void recoverDialog.preload();
    void expungeDialog.preload();
    void actionDialog.preload();
  },
};
