// The sentence for a domain problem (src/domain/problem.ts), in the user's language.
import type { Problem } from '../../domain/problem';
import { actionProblemsMessages } from './en-US/actionProblems';
import { agendaProblemsMessages } from './en-US/agendaProblems';
import { roleProblemsMessages } from './en-US/roleProblems';

/** One message per code of a problem union: `satisfies ProblemMessages<AgendaProblem>` in the area's English file. */
export type ProblemMessages<P extends { readonly code: string }> = {
  readonly [C in P['code']]: (problem: Extract<P, { readonly code: C }>) => string;
};

export function problemText(problem: Problem): string {
  // Read at call time: the areas answer in the installed language (defineMessages.ts).
  const code = (problem as { readonly code: string }).code;
  for (const area of [agendaProblemsMessages, actionProblemsMessages, roleProblemsMessages]) {
    const message = (area as unknown as Record<string, ((p: Problem) => string) | undefined>)[code];
    if (message) return message(problem);
  }
  // Unreachable while every area satisfies ProblemMessages for its union; a bug, not a user's mistake.
  throw new Error(`No message for problem ${code}`);
}

/**
 * What a refused change says: the domain's rules give a problem code, worded here in the user's language; the app's
 * own refusals (useAgenda's "still loading") carry a sentence it already read from the catalogue.
 */
export function ruleMessage(error: { readonly message: string } | { readonly problem: Problem }): string {
  return 'problem' in error ? problemText(error.problem) : error.message;
}
