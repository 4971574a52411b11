// German messages for what Roundtable writes for others to read: the agenda in the invite, the recap in the chat or e-mail, the exported decision log.
import type { Catalogue } from '../catalogue';

export const publishedDe: Catalogue['published'] = {};
