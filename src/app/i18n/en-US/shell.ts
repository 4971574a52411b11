// English messages for the app's shell: loading and leaving, My meetings and its cards, the demo banner, the config page, the Outlook task pane's sign-in, the no-host notice.
import { defineMessages } from '../defineMessages';

export const shellMessages = defineMessages('shell', {});
