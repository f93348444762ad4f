// The bulk confirmation and run dialog, fetched on first intent: one lazy component for every recycle bin, so its
// code, once loaded on one list, opens at once on the others.
import { preloadable } from '../../../components/plain/preloadable.tsx';

export const bulkDialog = preloadable(
  () => import('./BulkDialog.tsx'),
  (module) => module.BulkDialog,
  { what: 'bulkDialog', floating: true },
);
