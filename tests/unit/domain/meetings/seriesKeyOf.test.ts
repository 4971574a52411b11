// The series key from the meeting itself (issue #15 side panel cold start): PidLidCleanGlobalObjectId is the
// GlobalObjectId with the instance date zeroed (MS-OXOCAL 2.2.1.28), the master's own.
import { seriesKey } from '../../../../src/domain/ids';
import { seriesKeyOf } from '../../../../src/domain/meetings/seriesKeyOf';

// MS-OXOCAL's sample: an exception whose instance was on 2008-03-25 (07D8 03 19).
const EXCEPTION =
  '040000008200E00074C5B7101A82E00807D803195025D461E473C8010000000000000000100000002A5844B3A444F74A9C246C60886F116B';
const MASTER =
  '040000008200E00074C5B7101A82E008000000005025D461E473C8010000000000000000100000002A5844B3A444F74A9C246C60886F116B';

it('clears the instance date of an occurrence or exception', () => {
  expect(seriesKeyOf({ kind: 'exception', iCalUId: EXCEPTION })).toBe(seriesKey(MASTER));
  expect(seriesKeyOf({ kind: 'occurrence', iCalUId: EXCEPTION.toLowerCase() })).toBe(
    seriesKey(MASTER.toLowerCase()),
  );
});

it('keeps a single meeting’s own, and gives up on an iCalUId of another shape', () => {
  expect(seriesKeyOf({ kind: 'singleInstance', iCalUId: 'abc' })).toBe(seriesKey('abc'));
  expect(seriesKeyOf({ kind: 'occurrence', iCalUId: 'not-a-global-object-id' })).toBeUndefined();
  expect(seriesKeyOf({ kind: 'occurrence', iCalUId: '040000008200E00074C5B7101A82E008' })).toBeUndefined();
});
