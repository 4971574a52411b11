// The slice of Graph's event resource that Meeting needs (GD api-reference/v1.0/resources/event.md), parsed at the
// trust boundary (CONVENTIONS.md §7). Nullable where Graph documents or sends null (e.g. onlineMeeting on non-online
// events, seriesMasterId on single instances, subject on some private events).
import { z } from 'zod';

const emailAddress = z.object({ name: z.string().nullish(), address: z.string().nullish() });

// responseStatus.response (GD resources/responsestatus.md).
const responseStatus = z.object({
  response: z
    .enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded'])
    .nullish(),
  time: z.string().nullish(),
});

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

export const eventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(['singleInstance', 'occurrence', 'exception', 'seriesMaster']),
  seriesMasterId: z.string().nullish(),
  iCalUId: z.string().min(1),
  subject: z.string().nullish(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  // Edm.DateTimeOffset, on occurrences and exceptions only: the start the occurrence had in the pattern. Graph writes
  // it in UTC ("2025-06-17T16:00:00Z"), not in the Prefer: outlook.timezone zone (GD resources/event.md).
  originalStart: z.string().nullish(),
  isAllDay: z.boolean().nullish(),
  isCancelled: z.boolean().nullish(),
  isOrganizer: z.boolean().nullish(),
  organizer: z.object({ emailAddress }).nullish(),
  responseStatus: responseStatus.nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
  attendees: z
    .array(
      z.object({
        type: z.enum(['required', 'optional', 'resource']),
        status: responseStatus.nullish(),
        emailAddress,
      }),
    )
    .nullish(),
  webLink: z.string().nullish(),
});

export type EventDto = z.infer<typeof eventSchema>;

/** Exactly the fields eventSchema reads: `$select` keeps payloads small (Graph returns every property otherwise). */
export const EVENT_SELECT = [
  'id',
  'type',
  'seriesMasterId',
  'iCalUId',
  'subject',
  'start',
  'end',
  'originalStart',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'organizer',
  'responseStatus',
  'isOnlineMeeting',
  'onlineMeeting',
  'attendees',
  'webLink',
] as const;
