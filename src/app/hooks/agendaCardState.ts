// Where each listed meeting's agenda stands, for its card in My meetings (issue #16 "shows each card's agenda
// state"): "Voting open · 4 topics", "Agenda agreed · 3 topics", "In progress", "Finished", "No topics yet". Pure;
// computed in the lazy badge pass (computeRoleBadges) from the series document it reads anyway.
import { buildAgenda, candidatesFor, carryOverBefore, votingStateOf } from '../../domain/agenda/buildAgenda';
import type { OccurrenceKey } from '../../domain/ids';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import { meetingMessages } from '../i18n/en-US/meeting';

export interface AgendaCardState {
  readonly label: string;
  /** 'open': people can still act (propose, vote); 'agreed': the agenda is set; 'done': the meeting ran. */
  readonly tone: 'open' | 'agreed' | 'done';
}

export function agendaCardState(
  doc: SeriesDocument,
  occurrence: OccurrenceKey,
  meetingMinutes: number,
): AgendaCardState {
  const m = meetingMessages.agendaState;
  const run = occurrenceOf(doc, occurrence).run?.value.status;
  if (run === 'finished') return { label: m.finished, tone: 'done' };
  if (run === 'running' || run === 'paused') return { label: m.inProgress, tone: 'agreed' };
  if (votingStateOf(doc, occurrence) === 'closed')
    return { label: m.agreed(buildAgenda(doc, occurrence, meetingMinutes).boulders.length), tone: 'agreed' };
  const n = candidatesFor(doc, occurrence, carryOverBefore(doc, occurrence)).length;
  return { label: n === 0 ? m.noTopics : m.votingOpen(n), tone: 'open' };
}
