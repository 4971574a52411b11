// English messages for proposing, voting, the agreed agenda, settings, decisions and the decision log.
import { defineMessages } from '../defineMessages';

export const agendaMessages = defineMessages('agenda', {});
