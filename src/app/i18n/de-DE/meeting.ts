// German messages for the meeting page's frame: its header and its steps.
import type { Catalogue } from '../catalogue';

export const meetingDe: Catalogue['meeting'] = {};
