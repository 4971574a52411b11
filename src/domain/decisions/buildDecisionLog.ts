// The decision log of a series (issue #15 "The decision log"): every recorded decision, with the meeting it was taken
// in, its topic, who holds it, and the action items captured on that topic in that meeting.
//
// Decisions are keyed by (occurrence, topic id) in the series document; an action item names the same pair
// (ActionRecord.occurrence and .topicId, set when it is captured on a topic), so that pair is the link, and no new
// field is needed. Closed meetings may have moved to the archive file (planArchive): the log reads the live document
// and the archive together, and a record present in both (an archive move cut short) shows once.
import type { ActionRecord } from '../actions/actionTypes';
import { helpersOf } from '../actions/helpersOf';
import { outcomeOf } from '../agenda/buildAgenda';
import type { OccurrenceKey } from '../ids';
import type { SeriesDocument } from '../series/seriesDocument';

export interface DecisionLogAction {
  readonly id: string;
  readonly title: string;
  readonly owners: readonly string[];
  /** YYYY-MM-DD, or null. */
  readonly due: string | null;
  readonly done: boolean;
}

export interface DecisionLogRow {
  /** The occurrence key (its original start, UTC ISO). */
  readonly occurrence: OccurrenceKey;
  /** The meeting's date in the viewer's time zone, YYYY-MM-DD. */
  readonly date: string;
  readonly topicId: string;
  readonly topic: string;
  readonly decision: string;
  readonly holder: string;
  readonly actions: readonly DecisionLogAction[];
  /** The row came from the archive file. */
  readonly archived: boolean;
}

/**
 * Newest meeting first, then by topic title. `archive` is the series' archive file, when it was read; the live
 * document wins where both hold the same decision (the live copy is the one still being written).
 */
export function buildDecisionLog(
  live: SeriesDocument,
  archive: SeriesDocument | null,
  timeZone: string,
): readonly DecisionLogRow[] {
  const dateOf = dateIn(timeZone);
  const actions = new Map<string, ActionRecord>();
  for (const a of Object.values(archive?.actions ?? {})) actions.set(a.id, a);
  for (const a of Object.values(live.actions)) actions.set(a.id, a);
  const byTopic = new Map<string, ActionRecord[]>();
  for (const a of actions.values()) {
    if (a.topicId === undefined) continue;
    const k = linkKey(a.occurrence, a.topicId);
    byTopic.set(k, [...(byTopic.get(k) ?? []), a]);
  }

  const rows = new Map<string, DecisionLogRow>();
  const sources: readonly (readonly [SeriesDocument | null, boolean])[] = [
    [archive, true],
    [live, false],
  ];
  for (const [doc, archived] of sources) {
    if (!doc) continue;
    for (const [occKey, rec] of Object.entries(doc.occurrences)) {
      const occ = occKey as OccurrenceKey;
      for (const [topicId, d] of Object.entries(rec.decisions)) {
        const k = linkKey(occ, topicId);
        rows.set(k, {
          occurrence: occ,
          date: dateOf(occ),
          topicId,
          topic: topicTitle(live, archive, occ, topicId),
          decision: d.value.text,
          holder: d.value.holder,
          actions: (byTopic.get(k) ?? [])
            .map(actionOf)
            .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)),
          archived: archived && !live.occurrences[occ]?.decisions[topicId],
        });
      }
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.occurrence.localeCompare(a.occurrence) ||
      a.topic.localeCompare(b.topic) ||
      a.topicId.localeCompare(b.topicId),
  );
}

const linkKey = (occ: string, topicId: string) => JSON.stringify([occ, topicId]);

/** The title as it stood when voting closed (the frozen outcome), else the proposal's current one. */
function topicTitle(
  live: SeriesDocument,
  archive: SeriesDocument | null,
  occ: OccurrenceKey,
  topicId: string,
): string {
  for (const doc of archive ? [live, archive] : [live]) {
    const t = outcomeOf(doc, occ)?.ranking.find((r) => r.id === topicId);
    if (t) return t.title;
  }
  return (live.proposals[topicId] ?? archive?.proposals[topicId])?.content.value.title ?? 'A removed topic';
}

function actionOf(a: ActionRecord): DecisionLogAction {
  return {
    id: a.id,
    title: a.title.value,
    // The owner first, then the helpers: everyone the person filter should find the item under.
    owners: [a.ownership.value.owner, ...helpersOf(a)].map((o) => o.name || o.email),
    due: a.due.value,
    done: a.completed.value,
  };
}

function dateIn(timeZone: string): (occ: string) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    // An unknown zone name (a host that sends a Windows zone id): the UTC date is still a date.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  }
  return (occ) => {
    const ms = Date.parse(occ);
    return Number.isNaN(ms) ? occ.slice(0, 10) : format.format(ms);
  };
}
