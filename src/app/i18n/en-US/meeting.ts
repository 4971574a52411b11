// English messages for the meeting page's frame: its header and its steps.
import { defineMessages } from '../defineMessages';

export const meetingMessages = defineMessages('meeting', {});
