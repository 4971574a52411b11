import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import {
  emptyOccurrence,
  occurrenceOf,
  settingsOf,
  type SeriesDocument,
  type SeriesSettings,
  type VotingState,
} from '../series/seriesDocument';
import type { Actor, AgendaError } from './agendaTypes';
import { canonicalTopicId } from './canonicalTopicId';

export function votingStateOf(doc: SeriesDocument, occ: OccurrenceKey): VotingState {
  // Voting is open until the organizer or the facilitator closes it.
  return occurrenceOf(doc, occ).voting?.value ?? 'open';
}

/**
 * Replaces the actor's whole ballot for one occurrence. A ballot belongs to its voter, so concurrent voters
 * never conflict; the budget and per-topic cap are checked here, before anything is stored.
 */
export function castBallot(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  dots: Readonly<Record<string, number>>,
  eligible: ReadonlySet<string>,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (votingStateOf(doc, occ) === 'closed')
    return err({
      kind: 'votingClosed',
      message: 'Voting has closed for this meeting; your dots were not changed.',
    });
  const { budget, maxPerTopic } = settingsOf(doc);
  const clean: Record<string, number> = {};
  let total = 0;
  for (const [rawId, n] of Object.entries(dots)) {
    if (!Number.isInteger(n) || n < 0)
      return err({ kind: 'invalidInput', field: 'dots', message: 'Dots are whole numbers, zero or more.' });
    if (n === 0) continue;
    const id = canonicalTopicId(doc, rawId);
    if (!eligible.has(id))
      return err({ kind: 'notFound', message: 'One of the topics you voted for is no longer on the list.' });
    clean[id] = (clean[id] ?? 0) + n;
    if (clean[id] > maxPerTopic)
      return err({
        kind: 'invalidInput',
        field: 'dots',
        message: `At most ${maxPerTopic} dots on one topic.`,
      });
    total += n;
  }
  if (total > budget)
    return err({
      kind: 'overBudget',
      message: `You have ${budget} dots; this ballot uses ${total}.`,
      budget,
      requested: total,
    });
  const rec = occurrenceOf(doc, occ);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, ballots: { ...rec.ballots, [actor.id]: lww(clean, now, actor.id) } },
    },
  });
}

export function setVoting(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  state: VotingState,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer && !actor.isFacilitator)
    return err({
      kind: 'notAllowed',
      message: 'Only the organizer or this meeting’s facilitator can open or close voting.',
    });
  const rec = doc.occurrences[occ] ?? emptyOccurrence;
  return ok({
    ...doc,
    occurrences: { ...doc.occurrences, [occ]: { ...rec, voting: lww(state, now, actor.id) } },
  });
}

export function validateSettings(s: SeriesSettings): Result<SeriesSettings, AgendaError> {
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (!whole(s.budget, 1, 20))
    return err({ kind: 'invalidInput', field: 'budget', message: 'The budget is 1 to 20 dots.' });
  if (!whole(s.maxPerTopic, 1, s.budget))
    return err({
      kind: 'invalidInput',
      field: 'maxPerTopic',
      message: 'Dots per topic must be 1 up to the budget.',
    });
  if (!whole(s.boulderCount, 1, 10))
    return err({
      kind: 'invalidInput',
      field: 'boulderCount',
      message: 'Between 1 and 10 topics can make the cut.',
    });
  for (const seg of s.segments)
    if (!whole(seg.minutes, 0, 240) || seg.label.trim() === '')
      return err({
        kind: 'invalidInput',
        field: 'segments',
        message: 'Each fixed segment needs a name and 0–240 minutes.',
      });
  return ok(s);
}

export function setSettings(
  doc: SeriesDocument,
  settings: SeriesSettings,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer)
    return err({ kind: 'notAllowed', message: 'Only the organizer changes the series settings.' });
  const v = validateSettings(settings);
  if (!v.ok) return v;
  return ok({ ...doc, settings: lww(v.value, now, actor.id) });
}
