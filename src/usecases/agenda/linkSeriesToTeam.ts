import type { Team } from '../../domain/meetings/meeting';
import { err } from '../../domain/result';
import { emptySeriesDocument } from '../../domain/series/seriesDocument';
import type { Outcome, SeriesDocumentStore, StoredSeries } from '../ports';
import type { AgendaContext } from './openAgenda';

/**
 * The organizer links the series to one of their teams; the document is created in that team's drive. If
 * someone linked it meanwhile (create answers preconditionFailed), the existing document is found and used:
 * linking never overwrites.
 */
export async function linkSeriesToTeam(
  store: SeriesDocumentStore,
  ctx: AgendaContext,
  team: Team,
): Promise<Outcome<StoredSeries>> {
  if (!ctx.meeting.isOrganizer)
    return err({
      kind: 'forbidden',
      code: 'NotOrganizer',
      message: `Only the organizer (${ctx.meeting.organizer.name}) links this meeting to a team.`,
    });
  const created = await store.create(team, emptySeriesDocument(ctx.series.seriesKey, ctx.series.title));
  if (created.ok || created.failure.kind !== 'preconditionFailed') return created;
  const existing = await store.find(ctx.series.seriesKey, [team]);
  if (!existing.ok) return existing;
  return existing.value ? { ok: true, value: existing.value } : created;
}
