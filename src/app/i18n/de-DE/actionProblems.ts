// German messages for why an action item, note, nudge or recap change was refused (domain rule problems).
import type { Catalogue } from '../catalogue';

export const actionProblemsDe: Catalogue['actionProblems'] = {};
