import type { Team } from '../../domain/meetings/meeting';
import { err } from '../../domain/result';
import { emptySeriesDocument } from '../../domain/series/seriesDocument';
import type { Outcome, SeriesDocumentStore, StoredSeries } from '../ports';
import type { AgendaContext } from './openAgenda';

/**
 * The organizer links the series to one of their teams; the document is created in that team's drive, so the drive
 * records the organizer as its creator (the mark every reader trusts). If the organizer linked it meanwhile (create
 * answers preconditionFailed), that document is found and used: linking never overwrites. A file of the same name
 * that someone else created in that team is not adopted.
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
      problem: { code: 'linkNotOrganizer', organizer: ctx.meeting.organizer.name },
    });
  const created = await store.create(team, emptySeriesDocument(ctx.series.seriesKey, ctx.series.title));
  if (created.ok || created.failure.kind !== 'preconditionFailed') return created;
  const existing = await store.find(ctx.series.seriesKey, [team], {
    creatorIds: [ctx.me.id],
    creatorNames: [],
  });
  if (!existing.ok) return existing;
  if (existing.value.stored) return { ok: true, value: existing.value.stored };
  const twin = existing.value.untrusted[0];
  return err({
    kind: 'preconditionFailed',
    code: 'UntrustedTwin',
    ...(created.failure.message !== undefined ? { message: created.failure.message } : {}),
    problem: twin
      ? { code: 'linkUntrustedTwin', team: team.displayName, createdBy: twin.createdByName }
      : { code: 'linkFileExists' },
  });
}
