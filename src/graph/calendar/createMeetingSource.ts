// MeetingSource over the user's calendar (DESIGN.md: "meetings … the user's calendar: /me/calendarView").
import type { EventId } from '../../domain/ids';
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { MeetingSource, Outcome, TimeWindow } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
import { EVENT_SELECT, eventSchema } from './eventSchema';
import { toMeeting } from './toMeeting';
import { zonedToInstant } from './zonedToInstant';

export interface MeetingSourceOptions {
  /** `$top` per page. calendarView's maximum is undocumented (platform-facts §1); 100 keeps round trips few. */
  readonly pageSize?: number;
}

export function createMeetingSource(client: GraphClient, options: MeetingSourceOptions = {}): MeetingSource {
  const pageSize = options.pageSize ?? 100;

  // `Prefer: outlook.timezone` only changes how times are written in the response; the window's instants are sent
  // as UTC ISO strings, which Graph honours as given (platform-facts §1, GD user-list-calendarview.md).
  const headersFor = (timeZone: string): Record<string, string> => ({
    Prefer: `outlook.timezone="${timeZone}"`,
  });

  async function list(path: string, window: TimeWindow, timeZone: string, orderBy: boolean) {
    if (!isKnownZone(timeZone)) return err(unknownZone(timeZone));
    const page = await client.getAllPages<unknown>(path, {
      select: EVENT_SELECT,
      query: {
        startDateTime: window.start.toISOString(),
        endDateTime: window.end.toISOString(),
        $top: pageSize,
        ...(orderBy ? { $orderby: 'start/dateTime' } : {}),
      },
      headers: headersFor(timeZone),
    });
    return page.ok ? parseAll(page.value) : page;
  }

  return {
    // Occurrences of one series come back expanded and share `seriesMasterId` (GD resources/event.md).
    listMeetings: (window, timeZone) => list('/me/calendarView', window, timeZone, true),

    async getMeeting(id: EventId, timeZone: string): Promise<Outcome<Meeting>> {
      if (!isKnownZone(timeZone)) return err(unknownZone(timeZone));
      const res = await client.get<unknown>(`/me/events/${encodeURIComponent(id)}`, {
        select: EVENT_SELECT,
        headers: headersFor(timeZone),
      });
      if (!res.ok) return res;
      const parsed = eventSchema.safeParse(res.value);
      if (!parsed.success) return err(invalid(`event ${id}`, parsed.error.message));
      return toMeeting(parsed.data);
    },

    // /instances returns the occurrences and exceptions of a master in the window (GD resources/event.md).
    listOccurrences: (masterId, window, timeZone) =>
      list(`/me/events/${encodeURIComponent(masterId)}/instances`, window, timeZone, false),
  };
}

/*
 * Invalid items fail the whole listing with badRequest/InvalidGraphPayload rather than being skipped: a silently
 * missing meeting is worse than a visible error (CONVENTIONS.md §5, "never swallow"), and the message names the item.
 */
function parseAll(items: readonly unknown[]): Outcome<readonly Meeting[]> {
  const meetings: Meeting[] = [];
  for (const [i, item] of items.entries()) {
    const parsed = eventSchema.safeParse(item);
    if (!parsed.success) return err(invalid(`event #${i} (${idOf(item)})`, parsed.error.message));
    const meeting = toMeeting(parsed.data);
    if (!meeting.ok) return meeting;
    meetings.push(meeting.value);
  }
  return ok(meetings);
}

function isKnownZone(timeZone: string): boolean {
  return zonedToInstant('2000-01-01T00:00:00', timeZone) !== undefined;
}

function unknownZone(timeZone: string) {
  return {
    kind: 'badRequest' as const,
    code: 'UnsupportedTimeZone',
    message: `Not an IANA time zone: ${timeZone}`,
  };
}

function invalid(what: string, detail: string) {
  return {
    kind: 'badRequest' as const,
    code: 'InvalidGraphPayload',
    message: `Unexpected ${what}: ${detail}`,
  };
}

function idOf(item: unknown): string {
  return typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
    ? item.id
    : 'no id';
}
