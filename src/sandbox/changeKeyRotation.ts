// Exchange's background processing of the organizer's calendar item: shortly after the item is created or changed
// (a PATCH, an attendee's response recorded in the tracking), the item is saved once more on its own, so its
// changeKey and @odata.etag change while its content stays the same. An If-Match with the key the write answered
// then gets 412 ErrorIrresolvableConflict. Sources and assumptions: README "changeKey rotation".
import { changeKeyFrom } from './ids';
import type { StoredEvent, Store } from './store';

/** "A few seconds after a create" (compass-calendar#3675); 2 s like the drive's post-processing. */
export const DEFAULT_CHANGE_KEY_ROTATION_MS = 2000;
export const MAX_CHANGE_KEY_ROTATION_MS = 24 * 60 * 60 * 1000;

export interface ChangeKeyRotationOptions {
  /** Delay from a write of the organizer's item to its own changeKey change; 0 = before it can be read again. */
  readonly rotationMs?: number;
  /** Monotonic milliseconds; real elapsed time by default, since tests often pin the sandbox's `now`. */
  readonly clock?: () => number;
}

interface Due {
  readonly at: number;
  /** The changeKey the item had when the rotation was scheduled; a later write reschedules it. */
  readonly fromKey: string;
}

const keyOf = (e: Pick<StoredEvent, 'mailbox' | 'id'>) => `${e.mailbox}\u0000${e.id}`;

/*
 * Writes are noticed by their changeKey, not by hooks in every route: `observe` runs before and after each Graph
 * request, remembers each organizer item's key, and schedules a rotation for an item whose key is new to it (a
 * seeded item, a PATCH, a response recorded in the organizer's tracking). A changed exception schedules its series
 * master too: Exchange keeps exceptions inside the master, so the master is saved again as well. Due rotations are
 * applied lazily, before a request reads the store, like the drive's post-processing.
 */
export class ChangeKeyRotation {
  readonly #initialMs: number;
  readonly #clock: () => number;
  #rotationMs: number;
  #seen = new Map<string, string>();
  #due = new Map<string, Due>();
  #rotations = 0;

  constructor(opts: ChangeKeyRotationOptions = {}) {
    this.#initialMs = checked(opts.rotationMs ?? DEFAULT_CHANGE_KEY_ROTATION_MS);
    this.#rotationMs = this.#initialMs;
    this.#clock = opts.clock ?? (() => performance.now());
  }

  get rotationMs(): number {
    return this.#rotationMs;
  }

  /** Applies to writes from now on. */
  set rotationMs(ms: number) {
    this.#rotationMs = checked(ms);
  }

  /** Rotations applied since the last reset (a test and benchmark figure). */
  get rotations(): number {
    return this.#rotations;
  }

  /** After a tenant reset: forget what was seen (the re-seeded items rotate again) and restore the start delay. */
  reset(): void {
    this.#seen = new Map();
    this.#due = new Map();
    this.#rotations = 0;
    this.#rotationMs = this.#initialMs;
  }

  /** Applies the rotations that are due, then schedules one for every organizer item written since last time. */
  observe(store: Store): void {
    const now = this.#clock();
    for (const user of store.users) {
      for (const e of store.eventsOf(user.id)) {
        if (!e.isOrganizer) continue;
        const k = keyOf(e);
        const due = this.#due.get(k);
        if (due && due.at <= now && due.fromKey === e.changeKey) {
          const rotated = changeKeyFrom(`${e.changeKey}:background`);
          store.putEvent({ ...e, changeKey: rotated });
          this.#seen.set(k, rotated);
          this.#due.delete(k);
          this.#rotations++;
          continue;
        }
        if (this.#seen.get(k) === e.changeKey) continue;
        this.#seen.set(k, e.changeKey);
        this.#schedule(e, now);
        if (e.type === 'exception' && e.seriesMasterId !== null) {
          const master = store.getEvent(e.mailbox, e.seriesMasterId);
          if (master) this.#schedule(master, now);
        }
      }
    }
    // A rotation due at once (0 ms) happens before anyone can read the item again.
    if (this.#rotationMs === 0 && [...this.#due.values()].some((d) => d.at <= now)) this.observe(store);
  }

  #schedule(e: StoredEvent, now: number): void {
    this.#due.set(keyOf(e), { at: now + this.#rotationMs, fromKey: e.changeKey });
  }
}

function checked(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_CHANGE_KEY_ROTATION_MS)
    throw new RangeError(`The changeKey rotation delay must be 0 to ${MAX_CHANGE_KEY_ROTATION_MS} ms.`);
  return ms;
}
