import type { ActionRecord } from './actionTypes';

/** The item goes to Planner when recorded: it is not kept off Planner by choice (keepOffPlanner). */
export const goesToPlanner = (a: Pick<ActionRecord, 'keptOffPlanner'>): boolean =>
  a.keptOffPlanner?.value !== true;
