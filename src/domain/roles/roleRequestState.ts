import type { OccurrenceKey } from '../ids';
import {
  occurrenceOf,
  type RoleRequest,
  type RoleRequestAnswer,
  type SeriesDocument,
} from '../series/seriesDocument';
import { compareStamps } from '../series/stamp';
import type { RoleChange } from './roleChangeOf';

/** Whether a request still waits for its answer, and if not, how it ended. */
export type RoleRequestState = 'pending' | RoleRequestAnswer;

export const requestState = (r: RoleRequest): RoleRequestState => r.answer?.value ?? 'pending';

/** An occurrence's role requests with their ids, oldest first. */
export function roleRequestsOf(
  doc: SeriesDocument,
  occ: OccurrenceKey,
): readonly { readonly id: string; readonly request: RoleRequest }[] {
  return Object.entries(occurrenceOf(doc, occ).roleRequests ?? {})
    .map(([id, request]) => ({ id, request }))
    .sort((a, b) => compareStamps(a.request, b.request) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The role changed hands after the request was made (another swap, an override): the request no longer applies. */
export const changedSince = (change: RoleChange | undefined, r: RoleRequest): boolean =>
  change !== undefined && compareStamps(change.stamp, r) > 0;
