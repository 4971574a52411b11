// The series key a meeting can be known by without asking Graph for its series master (issue #15, side panel cold
// start): a single meeting's own iCalUId, or, for an occurrence or exception, its iCalUId with the instance date
// cleared.
//
// Why that is the master's: Exchange's iCalUId is the hex of the item's PidLidGlobalObjectId (sandbox README,
// "iCalUId"; *Assumption*, widely observed, not stated in the Graph docs). In that BLOB, bytes 16–19 hold the
// instance's original date (YH, YL, M, D) and are zero for the series itself; PidLidCleanGlobalObjectId, the same
// BLOB with those bytes zero, "will have the same value" for the series and every instance of it, orphans included
// (MS-OXOCAL 2.2.1.27–2.2.1.28; learn.microsoft.com/office/client-developer/outlook/mapi/
// pidlidcleanglobalobjectid-canonical-property). An iCalUId in any other shape gives undefined: ask for the master.
import { seriesKey, type SeriesKey } from '../ids';
import type { Meeting } from './meeting';

const GLOBAL_OBJECT_ID = /^(040000008200E00074C5B7101A82E008)([0-9A-F]{8})([0-9A-F]+)$/i;

export function seriesKeyOf(meeting: Pick<Meeting, 'kind' | 'iCalUId'>): SeriesKey | undefined {
  if (meeting.kind === 'singleInstance') return seriesKey(meeting.iCalUId);
  const m = GLOBAL_OBJECT_ID.exec(meeting.iCalUId);
  return m ? seriesKey(`${m[1]}00000000${m[3]}`) : undefined;
}
