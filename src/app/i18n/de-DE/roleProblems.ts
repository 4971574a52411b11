// German messages for why a role change was refused (domain rule problems).
import type { Catalogue } from '../catalogue';

export const roleProblemsDe: Catalogue['roleProblems'] = {};
