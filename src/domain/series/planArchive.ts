// What of a series' document can move to its archive file (DESIGN.md "Trust in the file": closed occurrences older
// than a set age move out, so the live file stays far below the 4 MB simple-upload limit).
//
// What moves, and why it is safe to take out of the live file:
// - occurrences older than ARCHIVE_AFTER_DAYS, before the newest closed one (which always stays live: its frozen
//   outcome carries every open topic's deferral count forward, see carryOverBefore);
// - topics those archived agendas covered (they can never be candidates again), topics merged into them, and
//   withdrawn topics first proposed for an archived occurrence, unless a live agenda, ballot or status still names them;
// - done action items of archived occurrences (open ones stay for the review of commitments).
// The intent that removes them (applyIntent 'archive') removes only entries still equal to the archived copy, so a
// change made between planning and removing is kept live and moves next time.
import type { ActionRecord } from '../actions/actionTypes';
import { canonicalTopicId } from '../agenda/canonicalTopicId';
import { outcomeOf } from '../agenda/buildAgenda';
import type { OccurrenceKey } from '../ids';
import {
  emptySeriesDocument,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
} from './seriesDocument';

export const ARCHIVE_AFTER_DAYS = 90;
const DAY_MS = 86_400_000;

/** What moves: an archive-shaped series document (the archive file holds the same shape, merged the same way). */
export interface ArchivePart {
  readonly through: OccurrenceKey;
  readonly doc: SeriesDocument;
}

export function planArchive(
  doc: SeriesDocument,
  now: number,
  afterDays: number = ARCHIVE_AFTER_DAYS,
): ArchivePart | undefined {
  const cutoff = now - afterDays * DAY_MS;
  const keys = Object.keys(doc.occurrences).sort() as OccurrenceKey[];
  const closed = keys.filter((k) => outcomeOf(doc, k));
  const newestClosed = closed[closed.length - 1];
  if (newestClosed === undefined) return undefined;
  const moving = keys.filter((k) => k < newestClosed && Date.parse(k) < cutoff);
  const through = moving[moving.length - 1];
  if (through === undefined) return undefined;
  const movingSet = new Set<string>(moving);

  // Topics the archived agendas settled: covered there (a boulder not marked "not reached", or marked covered).
  const covered = new Set<string>();
  for (const k of moving) {
    const o = outcomeOf(doc, k);
    if (!o) continue;
    const status = doc.occurrences[k]?.status ?? {};
    o.ranking.forEach((t, i) => {
      const s = status[t.id]?.value;
      if (s === 'covered' || (i < o.boulderCount && s !== 'notReached')) covered.add(t.id);
    });
  }
  // What live records still name: those topics stay, whatever else is true of them.
  const named = new Set<string>();
  for (const [k, rec] of Object.entries(doc.occurrences)) {
    if (movingSet.has(k)) continue;
    const v = rec.voting?.value;
    if (v?.state === 'closed') for (const t of v.outcome.ranking) named.add(t.id);
    for (const b of Object.values(rec.ballots)) for (const id of Object.keys(b.value)) named.add(id);
    for (const id of Object.keys(rec.status)) named.add(id);
    for (const id of Object.keys(rec.decisions)) named.add(id);
  }

  const proposals: Record<string, Proposal> = {};
  for (const p of Object.values(doc.proposals)) {
    if (named.has(p.id)) continue;
    const settled = covered.has(canonicalTopicId(doc, p.id));
    const withdrawnLongAgo = p.content.value.withdrawn && p.proposedFor <= through;
    if (settled || withdrawnLongAgo) proposals[p.id] = p;
  }
  // A topic merged into one that moves goes with it: left behind, its merge link would dangle and bring it back.
  for (const p of Object.values(doc.proposals)) {
    if (named.has(p.id) || proposals[p.id]) continue;
    if (proposals[canonicalTopicId(doc, p.id)]) proposals[p.id] = p;
  }
  const actions: Record<string, ActionRecord> = {};
  for (const a of Object.values(doc.actions))
    if (movingSet.has(a.occurrence) && a.completed.value) actions[a.id] = a;
  const occurrences: Record<string, OccurrenceRecord> = {};
  for (const k of moving) {
    const rec = doc.occurrences[k];
    if (rec) occurrences[k] = rec;
  }
  return {
    through,
    doc: { ...emptySeriesDocument(doc.seriesKey, doc.title), occurrences, proposals, actions },
  };
}
