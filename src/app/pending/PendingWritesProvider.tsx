import { useMemo, type ReactNode } from 'react';
import { createPendingWrites } from './createPendingWrites';
import { PendingWritesContext, useUnloadGuard } from './PendingWritesContext';

/**
 * One registry of unsaved work for a page that has no in-app navigation of its own (the in-meeting tabs, the Outlook
 * task pane): only the page going away can drop it, so only that is guarded.
 */
export function PendingWritesProvider({ children }: { readonly children: ReactNode }) {
  const pending = useMemo(() => createPendingWrites(), []);
  useUnloadGuard(pending);
  return <PendingWritesContext.Provider value={pending}>{children}</PendingWritesContext.Provider>;
}
