// German messages for proposing, voting, the agreed agenda, settings, decisions and the decision log.
import type { Catalogue } from '../catalogue';

export const agendaDe: Catalogue['agenda'] = {};
