// English messages for what a failed request to Microsoft 365 says (messageForFailure) and how the app's hooks report failures.
import { defineMessages } from '../defineMessages';

export const failuresMessages = defineMessages('failures', {});
