// English messages for action items, the review of commitments, notes and the recap.
import { defineMessages } from '../defineMessages';

export const actionsMessages = defineMessages('actions', {});
