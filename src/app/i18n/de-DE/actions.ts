// German messages for action items, the review of commitments, notes and the recap.
import type { Catalogue } from '../catalogue';

export const actionsDe: Catalogue['actions'] = {};
