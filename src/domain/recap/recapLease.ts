// Exactly one recap per meeting (issue #15), in the series document: the sender writes a lease first (intent first,
// like the Planner recording), sends, then records what was sent. A second click, a second sender or a retry finds
// either the lease (and waits) or the record (and sends nothing). The lease remembers an attempt that ended without
// knowing whether its message went out, so the next attempt looks for the recap's marker in the chat before sending.
import type { Actor } from '../agenda/agendaTypes';
import type { ActionError } from '../actions/actionTypes';
import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { maySendRecap, recapOf, recapsSent } from './recapStatus';

export { maySendRecap, recapOf, recapsSent };
import {
  occurrenceOf,
  type RecapChannel,
  type RecapLease,
  type RecapSent,
  type RecapState,
  type SeriesDocument,
} from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';

/*
 * Like PLANNER_LEASE_MS: the lease must outlast the Graph client's longest wait inside one send (a Retry-After of up
 * to 180 s plus the attempt), or a second sender could take it over while the first still sends.
 */
export const RECAP_LEASE_MS = 300_000;

/** `holder` holds an unexpired lease on this occurrence's recap. */
export function holdsRecapLease(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  holder: string,
  now: number,
): boolean {
  const lease = recapOf(doc, occ).lease?.value;
  return lease !== undefined && lease.holder === holder && lease.until > now;
}

function withRecap(doc: SeriesDocument, occ: OccurrenceKey, recap: RecapState): SeriesDocument {
  return { ...doc, occurrences: { ...doc.occurrences, [occ]: { ...occurrenceOf(doc, occ), recap } } };
}

/**
 * Takes the lease unless the recap was already sent or someone else holds an unexpired lease: then the document is
 * returned unchanged, and the caller reads it to learn which (never an error, like acquirePlannerLease).
 */
export function startRecap(
  doc: SeriesDocument,
  intent: {
    readonly occurrence: OccurrenceKey;
    readonly holder: string;
    readonly channel: RecapChannel;
    readonly marker: string;
  },
  actor: Actor,
  stamp: Stamp,
  now: number,
): Result<SeriesDocument, ActionError> {
  if (!maySendRecap(actor)) return err({ kind: 'notAllowed', problem: { code: 'recapSendNotAllowed' } });
  const recap = recapOf(doc, intent.occurrence);
  if (recapsSent(doc, intent.occurrence).length > 0) return ok(doc);
  const current = recap.lease?.value;
  if (current && current.holder !== intent.holder && current.until > now) return ok(doc);
  // A lease that was never released (its holder vanished) or was released unclear: its message may be out there.
  const unclear = current !== undefined && (current.until !== 0 || current.unclear);
  const lease: RecapLease = {
    holder: intent.holder,
    until: now + RECAP_LEASE_MS,
    channel: intent.channel,
    marker: intent.marker,
    unclear,
  };
  return ok(withRecap(doc, intent.occurrence, { ...recap, lease: stamped(lease, stamp) }));
}

/** Records a send (a fact: kept even if the lease was lost meanwhile) and releases the sender's lease. */
export function recordRecapSent(
  doc: SeriesDocument,
  intent: {
    readonly occurrence: OccurrenceKey;
    readonly holder: string;
    readonly channel: RecapChannel;
    readonly messageId: string | null;
    readonly recipients: number;
  },
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const recap = recapOf(doc, intent.occurrence);
  const key = `${intent.channel}:${intent.messageId ?? `${stamp.at}-${stamp.c}`}`;
  const entry: RecapSent = {
    channel: intent.channel,
    messageId: intent.messageId,
    by: actor.id,
    at: stamp.at,
    recipients: intent.recipients,
  };
  // Our lease (or none yet) is released by the same write; someone else's is left alone.
  const lease = recap.lease;
  const released =
    lease && lease.value.holder !== intent.holder
      ? lease
      : stamped<RecapLease>(
          {
            holder: intent.holder,
            until: 0,
            channel: intent.channel,
            marker: lease?.value.marker ?? '',
            unclear: false,
          },
          stamp,
        );
  return ok(withRecap(doc, intent.occurrence, { lease: released, sent: { ...recap.sent, [key]: entry } }));
}

/** Ends our lease; `unclear` makes the next attempt look for the marker first. Someone else's lease is left alone. */
export function releaseRecap(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  holder: string,
  unclear: boolean,
  stamp: Stamp,
): Result<SeriesDocument, never> {
  const recap = recapOf(doc, occ);
  const lease = recap.lease;
  if (!lease || lease.value.holder !== holder) return ok(doc);
  return ok(withRecap(doc, occ, { ...recap, lease: stamped({ ...lease.value, until: 0, unclear }, stamp) }));
}
