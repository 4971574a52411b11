// What goes into the invitation's agenda block for one occurrence: the boulders with their time boxes and who
// proposed them, the parking lot with how often each topic was deferred, the roles and the review of commitments.
import { buildAgenda } from '../agenda/buildAgenda';
import type { OccurrenceKey } from '../ids';
import type { SeriesDocument } from '../series/seriesDocument';
import type { AgendaBlockCommitment, AgendaBlockInput, AgendaBlockRole } from './agendaBlock';

export interface AgendaBlockSources {
  readonly doc: SeriesDocument;
  readonly occurrence: OccurrenceKey;
  readonly meetingMinutes: number;
  readonly meetingTitle: string;
  readonly occurrenceLabel: string;
  readonly roles: readonly AgendaBlockRole[];
  readonly commitments: readonly AgendaBlockCommitment[];
  readonly appUrl: string;
}

export function agendaBlockInputOf(s: AgendaBlockSources): AgendaBlockInput {
  const plan = buildAgenda(s.doc, s.occurrence, s.meetingMinutes);
  const minutes = new Map(plan.timeBox.boulders.map((b) => [b.id, b.minutes]));
  return {
    meetingTitle: s.meetingTitle,
    occurrenceLabel: s.occurrenceLabel,
    boulders: plan.boulders.map((b) => ({
      title: b.title,
      minutes: minutes.get(b.id) ?? b.estimateMinutes,
      ownerName: b.authorName,
      outcome: b.outcome,
    })),
    parked: plan.parkingLot.map((p) => ({ title: p.title, deferredCount: p.deferred })),
    roles: s.roles,
    commitments: s.commitments,
    appUrl: s.appUrl,
  };
}
