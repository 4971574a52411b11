// What goes into the invitation's agenda block for one occurrence: the boulders with their time boxes and who
// proposed them, the parking lot with how often each topic was deferred, the decisions recorded with who holds them,
// the roles and the review of commitments.
import { buildAgenda, votingStateOf } from '../agenda/buildAgenda';
import type { OccurrenceKey } from '../ids';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';
import type {
  AgendaBlockCommitment,
  AgendaBlockDecision,
  AgendaBlockInput,
  AgendaBlockRole,
} from './agendaBlock';
import type { AgendaBlockWords } from './agendaBlockWords';

export interface AgendaBlockSources {
  readonly doc: SeriesDocument;
  readonly occurrence: OccurrenceKey;
  readonly meetingMinutes: number;
  readonly meetingTitle: string;
  readonly occurrenceLabel: string;
  readonly roles: readonly AgendaBlockRole[];
  readonly commitments: readonly AgendaBlockCommitment[];
  readonly appUrl: string;
  /** When voting closes (the meeting's start), as attendees read it: shown while it is open. */
  readonly votingClosesLabel: string;
}

/** The occurrence's recorded decisions, in the order they were recorded, with their topics' titles. */
function decisionsOf(
  doc: SeriesDocument,
  occurrence: OccurrenceKey,
  ranked: readonly { readonly id: string; readonly title: string }[],
  untitledTopic: string,
): AgendaBlockDecision[] {
  return Object.entries(occurrenceOf(doc, occurrence).decisions)
    .sort(([a, x], [b, y]) => x.at - y.at || x.c - y.c || a.localeCompare(b))
    .map(([topicId, d]) => ({
      topic:
        ranked.find((t) => t.id === topicId)?.title ??
        doc.proposals[topicId]?.content.value.title ??
        untitledTopic,
      text: d.value.text,
      holder: d.value.holder,
    }));
}

/** `words` names a decision whose topic is gone, in the publisher's language. */
export function agendaBlockInputOf(
  s: AgendaBlockSources,
  words: Pick<AgendaBlockWords, 'untitledTopic'>,
): AgendaBlockInput {
  const plan = buildAgenda(s.doc, s.occurrence, s.meetingMinutes);
  const minutes = new Map(plan.timeBox.boulders.map((b) => [b.id, b.minutes]));
  const shared = {
    meetingTitle: s.meetingTitle,
    occurrenceLabel: s.occurrenceLabel,
    roles: s.roles,
    commitments: s.commitments,
    decisions: decisionsOf(s.doc, s.occurrence, plan.ranked, words.untitledTopic),
    appUrl: s.appUrl,
  };
  if (votingStateOf(s.doc, s.occurrence) === 'open') {
    // The ranking comes from tallies nobody may see yet: the order topics were proposed in, and no time boxes.
    const createdAt = (id: string) => s.doc.proposals[id]?.createdAt ?? 0;
    const proposals = [...plan.ranked]
      .sort((a, b) => createdAt(a.id) - createdAt(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((t) => ({
        title: t.title,
        ownerName: t.authorName,
        outcome: t.outcome,
        deferredCount: t.deferred,
      }));
    return {
      ...shared,
      boulders: [],
      parked: [],
      votingOpen: { closes: s.votingClosesLabel, proposals },
    };
  }
  return {
    ...shared,
    boulders: plan.boulders.map((b) => ({
      title: b.title,
      minutes: minutes.get(b.id) ?? b.estimateMinutes,
      ownerName: b.authorName,
      outcome: b.outcome,
    })),
    parked: plan.parkingLot.map((p) => ({ title: p.title, deferredCount: p.deferred })),
  };
}
