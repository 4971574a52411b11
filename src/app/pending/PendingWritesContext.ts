import { createContext, useContext, useEffect, useRef } from 'react';
import { createPendingWrites, type PendingWrite, type PendingWrites } from './createPendingWrites';

/** One registry per app shell; a view outside any shell still works (its drafts just aren't guarded). */
export const PendingWritesContext = createContext<PendingWrites>(createPendingWrites());

/** Registers a draft for as long as the component is mounted; the entry's functions may change every render. */
export function usePendingWrite(entry: PendingWrite): void {
  const pending = useContext(PendingWritesContext);
  const latest = useRef(entry);
  latest.current = entry;
  useEffect(
    () =>
      pending.register({
        isPending: () => latest.current.isPending(),
        flush: () => latest.current.flush(),
        what: latest.current.what,
      }),
    [pending],
  );
}

/**
 * The page itself going away (tab closed, reloaded, navigated off): start saving at once, and ask the browser to
 * confirm leaving while something is still unsaved (the standard beforeunload prompt; the text is the browser's).
 */
export function useUnloadGuard(pending: PendingWrites): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!pending.hasPending()) return;
      void pending.flushAll();
      e.preventDefault();
      // Older browsers need returnValue set for the prompt to show.
      e.returnValue = '';
    };
    // pagehide fires where beforeunload doesn't (mobile, bfcache): the save is sent, best effort.
    const onPageHide = () => {
      if (pending.hasPending()) void pending.flushAll();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [pending]);
}
