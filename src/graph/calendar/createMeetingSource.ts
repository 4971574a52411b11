// MeetingSource over the user's calendar (DESIGN.md: "meetings … the user's calendar: /me/calendarView").
import type { EventId } from '../../domain/ids';
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { MeetingSource, Outcome, TimeWindow } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
import { EVENT_SELECT, eventSchema } from './eventSchema';
import { toMeeting } from './toMeeting';
import { instantInZone, zonedToInstant } from './zonedToInstant';

export interface MeetingSourceOptions {
  /** `$top` per page. calendarView's maximum is undocumented (platform-facts §1); 100 keeps round trips few. */
  readonly pageSize?: number;
}

export function createMeetingSource(client: GraphClient, options: MeetingSourceOptions = {}): MeetingSource {
  const pageSize = options.pageSize ?? 100;
  /*
   * Zones the calendar refused this session (400 TimeZoneNotSupportedException: Exchange knows a fixed list of
   * zones, not every name a browser or host reports; microsoft-graph-docs#6870). Later calls ask for UTC at once
   * and convert here, so only the first call pays the extra round trip.
   */
  const refusedZones = new Set<string>();

  // `Prefer: outlook.timezone` only changes how times are written in the response; the window's instants are sent
  // as UTC ISO strings, which Graph honours as given (platform-facts §1, GD user-list-calendarview.md).
  const headersFor = (timeZone: string): Record<string, string> => ({
    Prefer: `outlook.timezone="${timeZone}"`,
  });

  /*
   * Asks Graph for times in the user's zone; when Graph refuses that zone (or Intl doesn't know it, so its answer
   * could not be read), asks for UTC and re-expresses the instants in the user's zone here. The user sees the same
   * local times either way, and never an error for their zone.
   */
  async function inUserZone<T>(
    timeZone: string,
    call: (zone: string) => Promise<Outcome<T>>,
    rezone: (value: T, zone: string) => T,
  ): Promise<Outcome<T>> {
    const readable = isKnownZone(timeZone);
    if (readable && !refusedZones.has(timeZone)) {
      const first = await call(timeZone);
      if (first.ok || first.failure.code !== ZONE_REFUSED) return first;
      refusedZones.add(timeZone);
    }
    const utc = await call('UTC');
    return utc.ok && readable ? ok(rezone(utc.value, timeZone)) : utc;
  }

  async function list(path: string, window: TimeWindow, timeZone: string, orderBy: boolean) {
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

  const listIn = (path: string, window: TimeWindow, timeZone: string, orderBy: boolean) =>
    inUserZone(
      timeZone,
      (zone) => list(path, window, zone, orderBy),
      (meetings, zone) => meetings.map((m) => rezoneMeeting(m, zone)),
    );

  return {
    // Occurrences of one series come back expanded and share `seriesMasterId` (GD resources/event.md).
    listMeetings: (window, timeZone) => listIn('/me/calendarView', window, timeZone, true),

    getMeeting: (id: EventId, timeZone: string): Promise<Outcome<Meeting>> =>
      inUserZone(
        timeZone,
        async (zone) => {
          const res = await client.get<unknown>(`/me/events/${encodeURIComponent(id)}`, {
            select: EVENT_SELECT,
            headers: headersFor(zone),
          });
          if (!res.ok) return res;
          const parsed = eventSchema.safeParse(res.value);
          if (!parsed.success) return err(invalid(`event ${id}`, parsed.error.message));
          return toMeeting(parsed.data);
        },
        rezoneMeeting,
      ),

    // /instances returns the occurrences and exceptions of a master in the window (GD resources/event.md).
    listOccurrences: (masterId, window, timeZone) =>
      listIn(`/me/events/${encodeURIComponent(masterId)}/instances`, window, timeZone, false),
  };
}

// Graph's code for a zone Exchange doesn't know (microsoft-graph-docs#6870).
const ZONE_REFUSED = 'TimeZoneNotSupportedException';

function rezoneMeeting(m: Meeting, zone: string): Meeting {
  return { ...m, start: instantInZone(m.start, zone) ?? m.start, end: instantInZone(m.end, zone) ?? m.end };
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
