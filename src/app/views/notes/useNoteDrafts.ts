import { useCallback, useRef, useState } from 'react';
import type { OccurrenceKey } from '../../../domain/ids';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { Dispatch } from '../../hooks/useAgenda';
import { actionsMessages } from '../../i18n/en-US/actions';
import { usePendingWrite } from '../../pending/PendingWritesContext';

export interface NoteDraft {
  readonly text: string;
  /** The text the editor opened with: an unchanged draft is nothing to save. */
  readonly original: string;
  /** The versions the editor started from; a save replaces only these (anything saved meanwhile stays). */
  readonly basedOn: readonly string[];
  readonly busy: boolean;
  readonly problem?: ChangeProblem;
}

export interface NoteDrafts {
  readonly drafts: ReadonlyMap<string, NoteDraft>;
  readonly open: (itemId: string, text: string, basedOn: readonly string[]) => void;
  readonly change: (itemId: string, text: string) => void;
  readonly cancel: (itemId: string) => void;
  /** Saves one draft; on failure the draft stays open, with what went wrong. True when stored. */
  readonly save: (itemId: string, text?: string) => Promise<boolean>;
}

/**
 * Open note editors, by item, held above the items so a draft outlives its item leaving the screen (the side panel
 * moves on when the timekeeper presses Next). Nothing typed is lost: a failed save keeps the draft and says why, and
 * leaving the page with a changed draft saves it first or asks (PendingWrites).
 */
export function useNoteDrafts(dispatch: Dispatch, occurrence: OccurrenceKey): NoteDrafts {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, NoteDraft>>(new Map());
  const ref = useRef(drafts);
  ref.current = drafts;
  const update = useCallback((itemId: string, f: (d: NoteDraft | undefined) => NoteDraft | undefined) => {
    const next = new Map(ref.current);
    const d = f(next.get(itemId));
    if (d) next.set(itemId, d);
    else next.delete(itemId);
    ref.current = next;
    setDrafts(next);
  }, []);

  const open = useCallback(
    (itemId: string, text: string, basedOn: readonly string[]) =>
      update(itemId, () => ({ text, original: text, basedOn, busy: false })),
    [update],
  );
  const change = useCallback(
    (itemId: string, text: string) => update(itemId, (d) => (d ? { ...d, text } : d)),
    [update],
  );
  const cancel = useCallback((itemId: string) => update(itemId, () => undefined), [update]);
  const save = useCallback(
    async (itemId: string, text?: string): Promise<boolean> => {
      const d = ref.current.get(itemId);
      if (!d) return true;
      const body = text ?? d.text;
      const { problem: _old, ...rest } = d;
      update(itemId, () => ({ ...rest, text: body, busy: true }));
      const r = await dispatch({ kind: 'writeNotes', occurrence, itemId, text: body, basedOn: d.basedOn });
      if (r.ok) {
        update(itemId, () => undefined);
        return true;
      }
      update(itemId, (cur) =>
        cur ? { ...cur, busy: false, problem: describeChangeFailure(r.failure) } : cur,
      );
      return false;
    },
    [dispatch, occurrence, update],
  );

  usePendingWrite({
    isPending: () => [...ref.current.values()].some((d) => d.busy || d.text !== d.original),
    flush: async () => {
      const changed = [...ref.current.entries()].filter(([, d]) => d.text !== d.original);
      const saved = await Promise.all(changed.map(([id]) => save(id)));
      return saved.every(Boolean);
    },
    what: actionsMessages.notes.unsaved,
  });
  return { drafts, open, change, cancel, save };
}
