import type { Actor, AgendaError } from '../../domain/agenda/agendaTypes';
import { err, type Result } from '../../domain/result';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
import type { Failure, SeriesDocumentStore, StoredSeries } from '../ports';
import type { AgendaContext } from './openAgenda';

export type AgendaCommand = (
  doc: SeriesDocument,
  actor: Actor,
  now: number,
) => Result<SeriesDocument, AgendaError>;

export type ChangeFailure =
  | { readonly source: 'store'; readonly failure: Failure }
  | { readonly source: 'rules'; readonly error: AgendaError };

/**
 * Applies one user intent (propose, vote, close voting…) to the latest document. The command is re-applied
 * to whatever is newest after a 412, so a vote cast against a stale view is still checked against the real
 * budget and voting state. The caller keeps the user's input until this resolves ok.
 */
export async function changeAgenda(
  store: SeriesDocumentStore,
  ctx: AgendaContext & { readonly stored: StoredSeries },
  actor: Actor,
  command: AgendaCommand,
  now: () => number,
): Promise<Result<StoredSeries & { readonly attempts: number }, ChangeFailure>> {
  const r = await store.update(ctx.stored.location, (latest) => {
    const applied = command(latest, actor, now());
    return applied.ok ? applied : err({ source: 'rules' as const, error: applied.failure });
  });
  if (r.ok) return r;
  const f = r.failure;
  return err('source' in f ? f : { source: 'store', failure: f });
}
