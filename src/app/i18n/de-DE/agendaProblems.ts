// German messages for why an agenda, series, run or decision change was refused (domain rule problems).
import type { Catalogue } from '../catalogue';

export const agendaProblemsDe: Catalogue['agendaProblems'] = {};
