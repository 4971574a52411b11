// Every reason the domain gives for refusing a change. Each is a `code` with the values its sentence needs; codes are
// unique across the union, and the app's message catalogue has one sentence per code (src/app/i18n/problemText.ts).
import type { ActionProblem } from './actions/actionProblem';
import type { AgendaProblem } from './agenda/agendaProblem';
import type { RoleProblem } from './roles/roleProblem';

export type Problem = AgendaProblem | ActionProblem | RoleProblem;
