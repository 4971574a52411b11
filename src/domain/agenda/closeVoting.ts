import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import {
  occurrenceOf,
  settingsOf,
  type SeriesDocument,
  type VotingEvent,
  type VotingRecord,
} from '../series/seriesDocument';
import type { AgendaOutcome } from './agendaOutcome';
import { stampKey, type Stamp } from '../series/stamp';
import { mayRunAgenda, type Actor, type AgendaRuleError } from './agendaTypes';
import { buildAgenda, freezeOutcome, outcomeOf } from './buildAgenda';

/**
 * Closes voting and freezes the outcome: the ranking with its tallies, the boulders with their time boxes and the
 * parking lot, as they stand on the newest document. Closing twice changes nothing (a retry after a lost answer).
 */
export function closeVoting(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  meetingMinutes: number,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  if (!mayRunAgenda(actor))
    return err({
      kind: 'notAllowed',
      problem: { code: 'votingCloseNotAllowed' },
    });
  if (outcomeOf(doc, occ)) return ok(doc);
  if (!Number.isInteger(meetingMinutes) || meetingMinutes < 1 || meetingMinutes > 24 * 60)
    return err({
      kind: 'invalidInput',
      field: 'meetingMinutes',
      problem: { code: 'votingMeetingLengthUnusable' },
    });
  const plan = buildAgenda(doc, occ, meetingMinutes);
  const outcome = freezeOutcome(plan, meetingMinutes, settingsOf(doc).boulderCount, stamp, actor.name);
  return ok(logged(doc, occ, { state: 'closed', outcome }, 'closed', outcome, actor, stamp));
}

/**
 * Reopens voting on purpose: the frozen outcome is set aside and the act is logged with who did it, when, and what
 * the agenda was. Only the organizer may; a closed agenda may already be published or running.
 */
export function reopenVoting(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  if (!actor.isOrganizer)
    return err({
      kind: 'notAllowed',
      problem: { code: 'votingReopenNotAllowed' },
    });
  const outcome = outcomeOf(doc, occ);
  if (!outcome) return ok(doc);
  return ok(logged(doc, occ, { state: 'open' }, 'reopened', outcome, actor, stamp));
}

/** Sets the voting register and adds the act to the voting log, with the boulders as they stood. */
function logged(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  voting: VotingRecord,
  kind: VotingEvent['kind'],
  outcome: AgendaOutcome,
  actor: Actor,
  stamp: Stamp,
): SeriesDocument {
  const event: VotingEvent = {
    kind,
    by: actor.id,
    byName: actor.name,
    at: stamp.at,
    boulders: outcome.ranking.slice(0, outcome.boulderCount).map((t) => t.title),
  };
  const rec = occurrenceOf(doc, occ);
  return {
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: {
        ...rec,
        voting: stamped(voting, stamp),
        votingLog: { ...rec.votingLog, [stampKey(stamp)]: event },
      },
    },
  };
}
