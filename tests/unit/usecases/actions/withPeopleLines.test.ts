// The task description's people lines: the owner, and the helpers Planner doesn't assign (issue #16).
import { stamped } from '../../../../src/domain/series/lww';
import type { ActionRecord } from '../../../../src/domain/actions/actionTypes';
import { occurrenceKey, userId } from '../../../../src/domain/ids';
import { describe as describeTask, withPeopleLines } from '../../../../src/usecases/actions/recordToPlanner';

const s = { at: 1, c: 0, by: userId('u') };
const action = (
  helpers: readonly { email: string; name: string }[],
  how: 'claimed' | 'assigned' = 'assigned',
) =>
  ({
    id: 'a1',
    occurrence: occurrenceKey('2026-01-05T09:00:00.000Z'),
    createdBy: userId('u'),
    createdAt: 1,
    title: stamped('Draft the plan', s),
    ownership: stamped({ owner: { email: 'ana@x.example', name: 'Ana' }, how }, s),
    helpers: stamped(helpers, s),
    due: stamped(null, s),
    completed: stamped(false, s),
  }) satisfies ActionRecord;
const ben = { email: 'ben@x.example', name: 'Ben' };
const kim = { email: 'kim@fabrikam.example', name: 'kim@fabrikam.example' };

describe('the task description', () => {
  it('names the owner and the helpers on lines of their own', () => {
    expect(
      describeTask(action([ben, kim]), 'Weekly', 'Mon 5 Jan 2026')
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      'Agreed in “Weekly” on Mon 5 Jan 2026.',
      'Owner: Ana (ana@x.example).',
      'Helpers: Ben (ben@x.example), kim@fabrikam.example.',
    ]);
    expect(describeTask(action([], 'claimed'), 'Weekly', 'Mon').split('\n')[1]).toBe(
      'Claimed by Ana (ana@x.example).',
    );
    expect(describeTask(action([]), 'Weekly', 'Mon')).not.toContain('Helpers:');
  });

  it('rewrites only its people lines, where they stood; other lines (and text added in Planner) stay', () => {
    const old =
      'Agreed in “Weekly” on Mon.\nAssigned to Ana <ana@x.example>, Ben <ben@x.example>.\nRecorded by Roundtable.\nMy note';
    expect(withPeopleLines(old, action([ben]))).toBe(
      'Agreed in “Weekly” on Mon.\nOwner: Ana (ana@x.example).\nHelpers: Ben (ben@x.example).\nRecorded by Roundtable.\nMy note',
    );
    expect(withPeopleLines(withPeopleLines(old, action([ben])), action([]))).toBe(
      'Agreed in “Weekly” on Mon.\nOwner: Ana (ana@x.example).\nRecorded by Roundtable.\nMy note',
    );
    // A description someone emptied in Planner, or wrote from scratch: the people lines go after its first line.
    expect(withPeopleLines('', action([]))).toBe('Owner: Ana (ana@x.example).');
    expect(withPeopleLines('Their text\nmore', action([]))).toBe(
      'Their text\nOwner: Ana (ana@x.example).\nmore',
    );
  });
});
