// The whole catalogue's shape: every area's messages, typed from its English source (en-US/<area>.ts). Another
// language is a value of this type (de-DE/index.ts), so tsc proves it complete.
import type { Messages } from './defineMessages';
import type { shellMessages } from './en-US/shell';
import type { failuresMessages } from './en-US/failures';
import type { meetingMessages } from './en-US/meeting';
import type { agendaMessages } from './en-US/agenda';
import type { actionsMessages } from './en-US/actions';
import type { rolesMessages } from './en-US/roles';
import type { inMeetingMessages } from './en-US/inMeeting';
import type { publishedMessages } from './en-US/published';
import type { agendaProblemsMessages } from './en-US/agendaProblems';
import type { actionProblemsMessages } from './en-US/actionProblems';
import type { roleProblemsMessages } from './en-US/roleProblems';

export interface Catalogue {
  readonly shell: Messages<typeof shellMessages>;
  readonly failures: Messages<typeof failuresMessages>;
  readonly meeting: Messages<typeof meetingMessages>;
  readonly agenda: Messages<typeof agendaMessages>;
  readonly actions: Messages<typeof actionsMessages>;
  readonly roles: Messages<typeof rolesMessages>;
  readonly inMeeting: Messages<typeof inMeetingMessages>;
  readonly published: Messages<typeof publishedMessages>;
  readonly agendaProblems: Messages<typeof agendaProblemsMessages>;
  readonly actionProblems: Messages<typeof actionProblemsMessages>;
  readonly roleProblems: Messages<typeof roleProblemsMessages>;
}
