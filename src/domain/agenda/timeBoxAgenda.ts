/** A fixed segment of the meeting (the series settings' Segment). */
interface FixedSegment {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  readonly position: 'before' | 'after';
}

export interface TimedSegment {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  readonly startMinute: number;
}

export interface TimeBoxResult {
  readonly before: readonly TimedSegment[];
  readonly boulders: readonly (TimedSegment & { readonly estimateMinutes: number })[];
  readonly after: readonly TimedSegment[];
  /** Minutes left for boulders after the fixed segments. */
  readonly availableMinutes: number;
  readonly requestedMinutes: number;
  readonly adjustment: 'asEstimated' | 'scaledDown' | 'scaledUp' | 'noTimeLeft';
}

/**
 * Fits the boulders into the meeting after its fixed segments.
 *
 * Rationale: the agenda must add up to the meeting length exactly, and an over-long estimate must be scaled,
 * never dropped. So every boulder gets a share proportional to its estimate, rounded to whole minutes with the
 * largest-remainder method (the rounded shares sum to exactly the available minutes; ties by list order), and
 * with at least one minute each when there is room for that.
 */
export function timeBoxAgenda(
  items: readonly { readonly id: string; readonly label: string; readonly estimateMinutes: number }[],
  meetingMinutes: number,
  segments: readonly FixedSegment[],
): TimeBoxResult {
  const fixed = segments.reduce((s, x) => s + x.minutes, 0);
  const available = Math.max(0, meetingMinutes - fixed);
  const requested = items.reduce((s, x) => s + x.estimateMinutes, 0);
  const shares = allocate(
    items.map((i) => i.estimateMinutes),
    available,
  );
  let cursor = 0;
  const place = (id: string, label: string, minutes: number): TimedSegment => {
    const seg = { id, label, minutes, startMinute: cursor };
    cursor += minutes;
    return seg;
  };
  const before = segments.filter((s) => s.position === 'before').map((s) => place(s.id, s.label, s.minutes));
  const boulders = items.map((it, i) => ({
    ...place(it.id, it.label, shares[i] ?? 0),
    estimateMinutes: it.estimateMinutes,
  }));
  const after = segments.filter((s) => s.position === 'after').map((s) => place(s.id, s.label, s.minutes));
  const adjustment =
    items.length > 0 && available === 0
      ? 'noTimeLeft'
      : requested === available || items.length === 0
        ? 'asEstimated'
        : requested > available
          ? 'scaledDown'
          : 'scaledUp';
  return { before, boulders, after, availableMinutes: available, requestedMinutes: requested, adjustment };
}

function allocate(weights: readonly number[], total: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  if (total <= 0) return weights.map(() => 0);
  const floorEach = total >= n ? 1 : 0;
  const rest = total - floorEach * n;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * rest : rest / n));
  const base = exact.map(Math.floor);
  let left = rest - base.reduce((s, b) => s + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    base[i] = (base[i] ?? 0) + 1;
    left -= 1;
  }
  return base.map((b) => b + floorEach);
}
