// Migration of voting from schema 3 to 4 (DESIGN.md "History is frozen"). A v3 document stored only whether voting was
// open or closed, and every client re-derived a closed agenda by replaying the votes, which is how a later merge could
// rewrite it. Here each closed occurrence gets the outcome that replay gives today, once, so from now on it is frozen
// as it read when the file was upgraded. v3 never stored a meeting's length, so those outcomes carry
// `meetingMinutes: 0` ("fitted when read") and their time boxes are fitted to the meeting's length when shown, exactly
// as v3 did; their ranking and boulders are frozen.
import {
  buildAgendaTimeBox,
  candidatesFor,
  mergedFromIndex,
  outcomeTopicOf,
  rankCandidates,
  tallyVotes,
  type CarryOver,
} from '../agenda/buildAgenda';
import type { AgendaOutcome } from '../agenda/agendaOutcome';
import type { OccurrenceKey } from '../ids';
import type { Lww } from './lww';
import {
  occurrenceOf,
  settingsOf,
  type OccurrenceRecord,
  type SeriesDocument,
  type VotingRecord,
} from './seriesDocument';

export type LegacyVoting = 'open' | 'closed';

export type ParsedOccurrence = Omit<OccurrenceRecord, 'voting'> & {
  readonly voting?: Lww<VotingRecord | LegacyVoting>;
};

/** A document as parsed, before legacy voting registers are frozen. */
export type ParsedSeriesDocument = Omit<SeriesDocument, 'occurrences'> & {
  readonly occurrences: Readonly<Record<string, ParsedOccurrence>>;
};

export function freezeLegacyOutcomes(parsed: ParsedSeriesDocument): SeriesDocument {
  const legacyClosed = new Set<string>();
  const occurrences: Record<string, OccurrenceRecord> = {};
  for (const [k, o] of Object.entries(parsed.occurrences)) {
    const v = o.voting;
    if (v && typeof v.value === 'string') {
      if (v.value === 'closed') legacyClosed.add(k);
      const { voting: _legacy, ...rest } = o;
      // Open stays open; closed is re-set below with its outcome, under the same stamp.
      occurrences[k] = v.value === 'open' ? { ...rest, voting: { ...v, value: { state: 'open' } } } : rest;
    } else occurrences[k] = o as OccurrenceRecord;
  }
  let doc: SeriesDocument = { ...parsed, occurrences };
  if (legacyClosed.size === 0) return doc;

  // The v3 replay: earlier closed occurrences in order; their boulders count as covered unless marked not reached,
  // every other candidate is deferred once.
  const settings = settingsOf(doc);
  const mergedFrom = mergedFromIndex(doc);
  const covered = new Set<string>();
  const deferred = new Map<string, number>();
  const closedInOrder = Object.keys(parsed.occurrences)
    .filter((k) => {
      const v = parsed.occurrences[k]?.voting?.value;
      return v === 'closed' || (typeof v === 'object' && v.state === 'closed');
    })
    .sort() as OccurrenceKey[];
  for (const k of closedInOrder) {
    const rec = occurrenceOf(doc, k);
    const carry: CarryOver = { covered, deferred };
    const ranked = rankCandidates(
      candidatesFor(doc, k, carry),
      tallyVotes(doc, k),
      (p) => deferred.get(p.id) ?? 0,
      mergedFrom,
    );
    const boulderCount = Math.min(settings.boulderCount, ranked.length);
    ranked.forEach((r, i) => {
      const status = rec.status[r.id]?.value;
      const done = status === 'covered' || (i < boulderCount && status !== 'notReached');
      if (done) covered.add(r.id);
      else deferred.set(r.id, (deferred.get(r.id) ?? 0) + 1);
    });
    const v = parsed.occurrences[k]?.voting;
    if (!v || typeof v.value !== 'string') continue;
    const outcome: AgendaOutcome = {
      closedAt: v.at,
      closedBy: v.by,
      closedByName: '',
      meetingMinutes: 0,
      voterCount: tallyVotes(doc, k).voterCount,
      boulderCount,
      ranking: ranked.map(outcomeTopicOf),
      timeBox: buildAgendaTimeBox(ranked.slice(0, boulderCount), 0, settings.segments),
    };
    doc = {
      ...doc,
      occurrences: {
        ...doc.occurrences,
        [k]: { ...rec, voting: { ...v, value: { state: 'closed', outcome } } },
      },
    };
  }
  return doc;
}
