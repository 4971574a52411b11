import type { Meeting } from '../../domain/meetings/meeting';
import { shownRole } from '../viewState/roleLabel';
import { openAgenda } from '../../usecases/agenda/openAgenda';
import { planRoles } from '../../usecases/roles/planRoles';
import type { AppServices } from '../AppServices';
import { meetingMinutes, occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';
import { agendaCardState } from './agendaCardState';
import { rememberAgendaStates, rememberMyRoles, type CardAgendaState } from './myRoleBadges';

/**
 * Fills the "You facilitate" badges and the agenda state ("Voting open · 4 topics") of My meetings for every
 * listed series, after the list has rendered.
 *
 * Cost (counted, not timed): per series, openAgenda's two rounds, which read the roles' inputs (roster, occurrences)
 * beside the agenda's, so planRoles adds none: 2 sequential Graph round trips, run for all series in
 * parallel and only once the list is on screen, so the list's own cold start stays at one round trip. A series
 * with no linked document, or any failure, simply leaves its meetings without a badge: the list is already
 * usable and the meeting view reports errors when the user opens it.
 */
export async function computeRoleBadges(services: AppServices, meetings: readonly Meeting[]): Promise<void> {
  const firstOfSeries = new Map<string, Meeting>();
  for (const m of [...meetings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if (m.seriesMasterId && !m.isCancelled && !firstOfSeries.has(m.seriesMasterId))
      firstOfSeries.set(m.seriesMasterId, m);
  }
  await Promise.all(
    [...firstOfSeries.values()].map(async (meeting) => {
      const ctx = await openAgenda(services.agenda, meeting);
      if (!ctx.ok || !ctx.value.stored) return;
      // Every listed occurrence of the series reads its agenda state from the same document: no further request.
      const { doc } = ctx.value.stored;
      const states = new Map<string, CardAgendaState>();
      for (const m of meetings)
        if (m.seriesMasterId === meeting.seriesMasterId && !m.isCancelled)
          states.set(m.id, agendaCardState(doc, occurrenceKeyOf(m), meetingMinutes(m)));
      rememberAgendaStates(states);
      const plan = await planRoles(
        { meetings: services.meetings, directory: services.agenda.directory },
        { ...ctx.value, stored: ctx.value.stored },
        services.now(),
      );
      if (plan.ok)
        rememberMyRoles({ ...plan.value, roles: plan.value.roles.map(shownRole) }, ctx.value.me.id);
    }),
  );
}
