// German (de-DE): the whole catalogue, loaded as one chunk when the host's locale is German (loadLanguage.ts).
import type { Catalogue } from '../catalogue';
import { shellDe } from './shell';
import { failuresDe } from './failures';
import { meetingDe } from './meeting';
import { agendaDe } from './agenda';
import { actionsDe } from './actions';
import { rolesDe } from './roles';
import { inMeetingDe } from './inMeeting';
import { publishedDe } from './published';
import { agendaProblemsDe } from './agendaProblems';
import { actionProblemsDe } from './actionProblems';
import { roleProblemsDe } from './roleProblems';

export const deDE: Catalogue = {
  shell: shellDe,
  failures: failuresDe,
  meeting: meetingDe,
  agenda: agendaDe,
  actions: actionsDe,
  roles: rolesDe,
  inMeeting: inMeetingDe,
  published: publishedDe,
  agendaProblems: agendaProblemsDe,
  actionProblems: actionProblemsDe,
  roleProblems: roleProblemsDe,
};
