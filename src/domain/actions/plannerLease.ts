// Mutual exclusion between Roundtable clients recording the same series to Planner (DESIGN.md "Exactly-once Planner
// writes"). Reconciliation by marker alone can't stop two recorders that both list the bucket before either has
// created a task; the lease, written with If-Match through the series document, makes them take turns. Its stamp is
// causal like every register's, so a recorder whose clock lags still replaces the expired lease it saw; `until` is
// the holder's wall clock plus the lease time, and a lease that never expires for a lagging reader is still bounded by
// PLANNER_LEASE_MS past the holder's own clock.
import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';

/*
 * The lease must outlast the longest wait the Graph client allows inside one creating call: it sleeps out a
 * Retry-After of up to 180 s (the SDK's MAX_DELAY), plus the attempt itself (30 s) and the settle-and-re-list after an
 * unclear answer. A lease shorter than that (it was 60 s) expired while a recorder slept out a 70 s Retry-After; a
 * second recorder took it over, and both created every task. Before every create the holder checks that at least
 * PLANNER_CREATE_WINDOW_MS of its lease is left, and renews it (a write that fails if someone else holds it) if not.
 */
export const PLANNER_CREATE_WINDOW_MS = 240_000;
export const PLANNER_LEASE_MS = 300_000;

/**
 * Takes the lease unless someone else holds one that has not expired at `now`. Never fails: the caller reads the
 * written document to learn whether it holds the lease (a busy lease must not cost the user the actions they
 * captured in the same write).
 */
export function acquirePlannerLease(
  doc: SeriesDocument,
  holder: string,
  stamp: Stamp,
  now: number,
  ttlMs: number = PLANNER_LEASE_MS,
): Result<SeriesDocument, never> {
  if (isLeaseBusy(doc, holder, now)) return ok(doc);
  return ok({ ...doc, plannerLease: stamped({ holder, until: now + ttlMs }, stamp) });
}

/** Someone other than `holder` holds an unexpired lease. */
export function isLeaseBusy(doc: SeriesDocument, holder: string, now: number): boolean {
  const current = doc.plannerLease?.value;
  return current !== undefined && current.holder !== holder && current.until > now;
}

/** `holder` holds an unexpired lease. */
export function holdsLease(doc: SeriesDocument, holder: string, now: number): boolean {
  const current = doc.plannerLease?.value;
  return current !== undefined && current.holder === holder && current.until > now;
}

/** Ends our lease early; someone else's lease is left alone. */
export function releasePlannerLease(
  doc: SeriesDocument,
  holder: string,
  stamp: Stamp,
): Result<SeriesDocument, never> {
  const current = doc.plannerLease;
  if (!current || current.value.holder !== holder || current.value.until === 0) return ok(doc);
  return ok({ ...doc, plannerLease: stamped({ holder, until: 0 }, stamp) });
}
