// German messages for the meeting side panel and stage, the running agenda, keep-going votes and publishing to the invite.
import type { Catalogue } from '../catalogue';

export const inMeetingDe: Catalogue['inMeeting'] = {};
