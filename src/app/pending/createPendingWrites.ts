// What the user did that is not stored yet (DESIGN.md "Clear errors": nothing the user did is lost). Views register
// their drafts here (the dots clicked in the last moments before the autosave); whoever is about to take the view
// away (Back, switching person, closing the tab) flushes them first, or asks.
export interface PendingWrite {
  /** Something is waiting to be saved, or a save is on its way. */
  readonly isPending: () => boolean;
  /** Saves it now (or waits for the save on its way); true when it is stored. */
  readonly flush: () => Promise<boolean>;
  /** What it is, for the question "leave anyway?": "your dots". */
  readonly what: string;
}

export interface PendingWrites {
  register(entry: PendingWrite): () => void;
  hasPending(): boolean;
  /** Flushes everything pending; resolves with what could not be saved (empty: all saved). */
  flushAll(): Promise<readonly string[]>;
}

export function createPendingWrites(): PendingWrites {
  const entries = new Set<PendingWrite>();
  return {
    register(entry) {
      entries.add(entry);
      return () => {
        entries.delete(entry);
      };
    },
    hasPending: () => [...entries].some((e) => e.isPending()),
    async flushAll() {
      const pending = [...entries].filter((e) => e.isPending());
      const results = await Promise.all(
        pending.map((e) =>
          e.flush().then(
            (saved) => ({ e, saved }),
            () => ({ e, saved: false }),
          ),
        ),
      );
      return results.filter((r) => !r.saved).map((r) => r.e.what);
    },
  };
}
