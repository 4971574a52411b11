// The running agenda during the meeting (issue #7): which item is on, since when, and how much of its time box
// was used before a pause. Kept in the series document per occurrence as one last-writer-wins register, written
// by the timekeeper (or the facilitator or the organizer); it runs the frozen outcome of the occurrence's closed vote.
// The countdown is computed locally from `startedAt` and the viewer's clock, never ticked over the network.
import type { Actor } from '../agenda/agendaTypes';

export type RunStatus = 'running' | 'paused' | 'finished';

/** What the timekeeper's buttons ask for (runAgenda applies it). */
export type RunCommand = 'start' | 'pause' | 'next' | 'previous' | 'finish' | 'restart' | 'extend';

export interface RunState {
  readonly status: RunStatus;
  /** Position in the running order (before-segments, boulders, after-segments). */
  readonly index: number;
  /** The item's id at `index` when it was written: if the agenda changed since, the id wins over the index. */
  readonly itemId: string;
  /** Epoch ms when the current item's clock last (re)started; null while paused or finished. */
  readonly startedAt: number | null;
  /** Time the current item had already used before the last pause. */
  readonly elapsedMs: number;
  /** Minutes the timekeeper added to the current item's time box ("keep going"), in ms; gone with the item. */
  readonly extendedMs?: number;
}

/** Who may drive the running agenda. */
export const mayRun = (a: Pick<Actor, 'isOrganizer' | 'isFacilitator' | 'isTimekeeper'>): boolean =>
  a.isTimekeeper || a.isFacilitator || a.isOrganizer;

export interface RunItem {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  readonly kind: 'segment' | 'boulder';
}

/** The running order: the segments before the boulders, the boulders, the segments after (timeBoxAgenda's plan). */
export function runItemsOf(timeBox: {
  readonly before: readonly { readonly id: string; readonly label: string; readonly minutes: number }[];
  readonly boulders: readonly { readonly id: string; readonly label: string; readonly minutes: number }[];
  readonly after: readonly { readonly id: string; readonly label: string; readonly minutes: number }[];
}): RunItem[] {
  const seg = (s: { id: string; label: string; minutes: number }, kind: RunItem['kind']): RunItem => ({
    id: s.id,
    label: s.label,
    minutes: s.minutes,
    kind,
  });
  return [
    ...timeBox.before.map((s) => seg(s, 'segment')),
    ...timeBox.boulders.map((s) => seg(s, 'boulder')),
    ...timeBox.after.map((s) => seg(s, 'segment')),
  ];
}
