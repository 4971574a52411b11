// "Publish to invite" (issue #6, DESIGN.md "Respect for the invite"): the organizer writes the occurrence's agenda
// block into the event body, of this occurrence or of the whole series. Only the block changes (domain/publish
// mergeAgendaIntoBody keeps everything else byte for byte); an unchanged agenda sends nothing; a body the
// organizer edited meanwhile (412) is re-read and merged again.
import type { Meeting } from '../../domain/meetings/meeting';
import { mergeAgendaIntoBody } from '../../domain/publish/mergeAgendaIntoBody';
import { err, ok } from '../../domain/result';
import type { EventId } from '../../domain/ids';
import type { InviteWriter, Outcome } from '../ports';

export type PublishTarget = 'occurrence' | 'series';

export interface PublishReport {
  /** false: the invitation already held this agenda; nothing was sent. */
  readonly changed: boolean;
  /** PATCH requests sent (0 when unchanged; more than 1 only after a conflicting edit). */
  readonly patches: number;
  readonly eventId: EventId;
}

const MAX_ATTEMPTS = 3;

export async function publishAgenda(
  writer: InviteWriter,
  meeting: Meeting,
  target: PublishTarget,
  block: string,
): Promise<Outcome<PublishReport>> {
  if (!meeting.isOrganizer)
    return err({
      kind: 'forbidden',
      code: 'NotOrganizer',
      message: 'Only the organizer can publish the agenda into the invitation.',
    });
  if (meeting.isCancelled)
    return err({
      kind: 'badRequest',
      code: 'Cancelled',
      message: 'This occurrence was cancelled; there is no invitation to publish to.',
    });
  const eventId = target === 'series' && meeting.seriesMasterId ? meeting.seriesMasterId : meeting.id;
  let patches = 0;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await writer.readBody(eventId);
    if (!read.ok) return read;
    const merged = mergeAgendaIntoBody(read.value.html, block);
    if (!merged.changed) return ok({ changed: false, patches, eventId });
    patches++;
    const written = await writer.writeBody(eventId, merged.body, read.value.etag);
    if (written.ok) return ok({ changed: true, patches, eventId });
    if (written.failure.kind !== 'preconditionFailed') return written;
  }
  return err({
    kind: 'preconditionFailed',
    code: 'TooManyConflicts',
    message: 'The invitation kept changing while publishing; nothing was lost. Try again in a moment.',
  });
}
