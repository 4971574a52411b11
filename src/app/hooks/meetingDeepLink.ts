// A link that opens one meeting in the app (issue #6: the published invitation links back to its meeting), at one
// of its steps when the link names one (issue #16). The meeting travels as the deep link's subEntityId (TeamsJS:
// context.page.subPageId), in the demo as ?open=. The format is navigation/meetingRoute's.
import type { Meeting } from '../../domain/meetings/meeting';
import { decodeRoute, encodeRoute } from '../navigation/meetingRoute';
import type { MeetingStep } from '../navigation/meetingStep';
import { openedMeetingOf, type OpenedMeeting } from './resolveOpenMeeting';

export function encodeOpenedMeeting(meeting: Meeting, step?: MeetingStep): string {
  return encodeRoute(openedMeetingOf(meeting), step);
}

export function decodeOpenedMeeting(value: string | undefined | null): OpenedMeeting | undefined {
  return decodeRoute(value).opened;
}
