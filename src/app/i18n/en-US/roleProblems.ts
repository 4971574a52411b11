// English sentences for each RoleProblem code: why a change was refused (src/domain/roles/roleProblem.ts).
import type { RoleProblem } from '../../../domain/roles/roleProblem';
import { defineMessages } from '../defineMessages';
import type { ProblemMessages } from '../problemText';

export const roleProblemsMessages = defineMessages('roleProblems', {} satisfies ProblemMessages<RoleProblem>);
