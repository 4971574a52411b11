// English messages for the meeting side panel and stage, the running agenda, keep-going votes and publishing to the invite.
import { defineMessages } from '../defineMessages';

export const inMeetingMessages = defineMessages('inMeeting', {});
