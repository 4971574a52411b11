// Opens the meeting's side panel as Teams frames it (280 px inside a 320 px window) for one user, once it shows the
// current item.
import { openInHost, type HostedTab } from '../host/openInHost';
import type { MeetingContext } from './inMeeting';
import type { E2eEnv } from './startE2eEnv';

export async function openSidePanel(env: E2eEnv, meeting: MeetingContext, user: string): Promise<HostedTab> {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user,
    frameContext: 'sidePanel',
    meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
    viewport: { width: 320, height: 900 },
    frameWidth: 280,
  });
  await hosted.tab.getByRole('group', { name: 'Now' }).waitFor();
  return hosted;
}
