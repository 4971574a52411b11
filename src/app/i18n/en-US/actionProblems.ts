// English sentences for each ActionProblem code: why a change was refused (src/domain/actions/actionProblem.ts).
import type { ActionProblem } from '../../../domain/actions/actionProblem';
import { defineMessages } from '../defineMessages';
import type { ProblemMessages } from '../problemText';

export const actionProblemsMessages = defineMessages(
  'actionProblems',
  {} satisfies ProblemMessages<ActionProblem>,
);
