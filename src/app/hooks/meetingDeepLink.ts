// A link that opens one meeting in the app (issue #6: the published invitation links back to its meeting). The
// meeting travels as the deep link's subEntityId (TeamsJS: context.page.subPageId), in the demo as ?open=.
import type { Meeting } from '../../domain/meetings/meeting';
import { openedMeetingOf, type OpenedMeeting } from './resolveOpenMeeting';

export function encodeOpenedMeeting(meeting: Meeting): string {
  const o = openedMeetingOf(meeting);
  return JSON.stringify({ i: o.iCalUId, o: o.occurrence });
}

export function decodeOpenedMeeting(value: string | undefined | null): OpenedMeeting | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return undefined;
    const { i, o } = v as { i?: unknown; o?: unknown };
    return typeof i === 'string' && typeof o === 'string' && i !== ''
      ? { iCalUId: i, occurrence: o }
      : undefined;
  } catch {
    return undefined;
  }
}
