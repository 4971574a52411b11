// English sentences for each AgendaProblem code: why a change was refused (src/domain/agenda/agendaProblem.ts).
import type { AgendaProblem } from '../../../domain/agenda/agendaProblem';
import { defineMessages } from '../defineMessages';
import type { ProblemMessages } from '../problemText';

export const agendaProblemsMessages = defineMessages(
  'agendaProblems',
  {} satisfies ProblemMessages<AgendaProblem>,
);
