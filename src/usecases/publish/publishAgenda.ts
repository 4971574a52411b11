// "Publish to invite" (issue #6, DESIGN.md "Respect for the invite"): the organizer writes the occurrence's agenda
// block into the event body, of this occurrence or of the whole series. Only the block changes (domain/publish
// mergeAgendaIntoBody keeps everything else byte for byte); an unchanged agenda sends nothing; a body the
// organizer edited meanwhile (412) is re-read and merged again. Refusals carry a code (NotOrganizer, Cancelled,
// TooManyConflicts) that the app words in the user's language.
import type { Meeting } from '../../domain/meetings/meeting';
import { mergeAgendaIntoBody } from '../../domain/publish/mergeAgendaIntoBody';
import { err, ok } from '../../domain/result';
import type { EventId } from '../../domain/ids';
import type { InviteWriter, Outcome } from '../ports';

export type PublishTarget = 'occurrence' | 'series';

export interface PublishReport {
  /** false: the invitation already held this agenda; nothing was sent. */
  readonly changed: boolean;
  /** PATCH requests sent (0 when unchanged; more than 1 only after a 412). */
  readonly patches: number;
  /** Re-reads after a 412: `rotations` of them found the body as it was (Exchange's own changeKey change). */
  readonly rereads: number;
  readonly rotations: number;
  readonly eventId: EventId;
}

/*
 * Why two budgets: Exchange changes the organizer's changeKey on its own shortly after every write (background
 * processing, platform-facts §11), so a 412 whose re-read finds the body exactly as we based our edit on is no
 * conflict: the same block is applied to the same body again with the new key. Those are cheap (no wait is needed,
 * the new key is already there) and bounded by MAX_ATTEMPTS. A re-read that finds a different body means someone
 * edited the invitation: we still merge (only our block changes), but only MAX_EDITS times before asking the
 * organizer to try again.
 */
const MAX_ATTEMPTS = 8;
const MAX_EDITS = 3;

export async function publishAgenda(
  writer: InviteWriter,
  meeting: Meeting,
  target: PublishTarget,
  block: string,
): Promise<Outcome<PublishReport>> {
  if (!meeting.isOrganizer) return err({ kind: 'forbidden', code: 'NotOrganizer' });
  if (meeting.isCancelled) return err({ kind: 'badRequest', code: 'Cancelled' });
  const eventId = target === 'series' && meeting.seriesMasterId ? meeting.seriesMasterId : meeting.id;
  let patches = 0;
  let rereads = 0;
  let rotations = 0;
  let edits = 0;
  let basedOn: string | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await writer.readBody(eventId);
    if (!read.ok) return read;
    if (basedOn !== undefined) {
      rereads++;
      if (read.value.html === basedOn) rotations++;
      else if (++edits > MAX_EDITS) break;
    }
    const report = { patches, rereads, rotations, eventId };
    const merged = mergeAgendaIntoBody(read.value.html, block);
    if (!merged.changed) return ok({ changed: false, ...report });
    patches++;
    basedOn = read.value.html;
    const written = await writer.writeBody(eventId, merged.body, read.value.etag);
    if (written.ok) return ok({ changed: true, ...report, patches });
    if (written.failure.kind !== 'preconditionFailed') return written;
  }
  return err({ kind: 'preconditionFailed', code: 'TooManyConflicts' });
}
