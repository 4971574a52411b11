// Graph event DTO -> domain Meeting. Graph types stop here (CONVENTIONS.md §2).
import { eventId } from '../../domain/ids';
import type { Meeting } from '../../domain/meetings/meeting';
import type { Failure } from '../../usecases/ports';
import { err, ok } from '../../domain/result';
import type { Result } from '../../domain/result';
import type { EventDto } from './eventSchema';
import { zonedToInstant } from './zonedToInstant';

export function toMeeting(dto: EventDto): Result<Meeting, Failure> {
  // A series master is the recurrence definition, not a meeting anyone attends; calendarView never returns one
  // (platform-facts §1), and callers holding a master id list its occurrences instead.
  if (dto.type === 'seriesMaster') {
    return err({
      kind: 'badRequest',
      code: 'SeriesMaster',
      message: `Event ${dto.id} is a series master, not a meeting`,
    });
  }
  const start = zonedToInstant(dto.start.dateTime, dto.start.timeZone);
  const end = zonedToInstant(dto.end.dateTime, dto.end.timeZone);
  if (start === undefined || end === undefined) {
    return err({
      kind: 'badRequest',
      code: 'InvalidGraphPayload',
      message: `Event ${dto.id} has a time we cannot read: ${dto.start.dateTime} ${dto.start.timeZone}`,
    });
  }
  const originalStart = dto.originalStart ? utcInstant(dto.originalStart) : undefined;
  if (dto.originalStart && originalStart === undefined) {
    return err({
      kind: 'badRequest',
      code: 'InvalidGraphPayload',
      message: `Event ${dto.id} has an originalStart we cannot read: ${dto.originalStart}`,
    });
  }
  const joinUrl = dto.onlineMeeting?.joinUrl;
  return ok({
    id: eventId(dto.id),
    kind: dto.type,
    ...(dto.seriesMasterId ? { seriesMasterId: eventId(dto.seriesMasterId) } : {}),
    iCalUId: dto.iCalUId,
    subject: dto.subject ?? '',
    start,
    end,
    ...(originalStart ? { originalStart } : {}),
    isAllDay: dto.isAllDay ?? false,
    isCancelled: dto.isCancelled ?? false,
    isOrganizer: dto.isOrganizer ?? false,
    organizer: {
      name: dto.organizer?.emailAddress.name ?? '',
      email: dto.organizer?.emailAddress.address ?? '',
    },
    myResponse: dto.responseStatus?.response ?? 'none',
    isOnlineMeeting: dto.isOnlineMeeting ?? false,
    ...(joinUrl ? { joinUrl } : {}),
    attendees: (dto.attendees ?? []).map((a) => ({
      kind: a.type,
      response: a.status?.response ?? 'none',
      name: a.emailAddress.name ?? '',
      email: a.emailAddress.address ?? '',
    })),
    ...(dto.webLink ? { webLink: dto.webLink } : {}),
  });
}

// A DateTimeOffset as an ISO instant in UTC. Graph sends UTC with Z; a value without an offset is read as UTC too
// (that is what the docs' "timestamp … always in UTC" means), and one with an offset is honoured.
function utcInstant(value: string): string | undefined {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
