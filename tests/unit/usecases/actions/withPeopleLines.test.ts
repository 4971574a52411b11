// The task description's people lines: the owner, and the helpers Planner doesn't assign (issue #16).
import { stamped } from '../../../../src/domain/series/lww';
import type { ActionRecord } from '../../../../src/domain/actions/actionTypes';
import { occurrenceKey, userId } from '../../../../src/domain/ids';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import {
  describe as describeTask,
  withPeopleLines,
  type PlannerTaskWords,
} from '../../../../src/usecases/actions/recordToPlanner';

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
const en: PlannerTaskWords = actionProblemsMessages.plannerTask;
const de: PlannerTaskWords = deDE.actionProblems.plannerTask;
const ben = { email: 'ben@x.example', name: 'Ben' };
const kim = { email: 'kim@fabrikam.example', name: 'kim@fabrikam.example' };

describe('the task description', () => {
  it('names the owner and the helpers on lines of their own', () => {
    expect(
      describeTask(action([ben, kim]), 'Weekly', 'Mon 5 Jan 2026', en)
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      'Agreed in “Weekly” on Mon 5 Jan 2026.',
      'Owner: Ana (ana@x.example).',
      'Helpers: Ben (ben@x.example), kim@fabrikam.example.',
    ]);
    expect(describeTask(action([], 'claimed'), 'Weekly', 'Mon', en).split('\n')[1]).toBe(
      'Claimed by Ana (ana@x.example).',
    );
    expect(describeTask(action([]), 'Weekly', 'Mon', en)).not.toContain('Helpers:');
  });

  it('rewrites only its people lines, where they stood; other lines (and text added in Planner) stay', () => {
    const old =
      'Agreed in “Weekly” on Mon.\nAssigned to Ana <ana@x.example>, Ben <ben@x.example>.\nRecorded by Roundtable.\nMy note';
    expect(withPeopleLines(old, action([ben]), en)).toBe(
      'Agreed in “Weekly” on Mon.\nOwner: Ana (ana@x.example).\nHelpers: Ben (ben@x.example).\nRecorded by Roundtable.\nMy note',
    );
    expect(withPeopleLines(withPeopleLines(old, action([ben]), en), action([]), en)).toBe(
      'Agreed in “Weekly” on Mon.\nOwner: Ana (ana@x.example).\nRecorded by Roundtable.\nMy note',
    );
    // A description someone emptied in Planner, or wrote from scratch: the people lines go after its first line.
    expect(withPeopleLines('', action([]), en)).toBe('Owner: Ana (ana@x.example).');
    expect(withPeopleLines('Their text\nmore', action([]), en)).toBe(
      'Their text\nOwner: Ana (ana@x.example).\nmore',
    );
  });

  it('is written in the recording person’s language, and an edit in another language still finds its people lines', () => {
    expect(describeTask(action([ben]), 'Weekly', 'Mo., 5. Jan. 2026', de).split('\n')).toEqual([
      'Vereinbart in „Weekly“ am Mo., 5. Jan. 2026.',
      'Verantwortlich: Ana (ana@x.example).',
      'Unterstützung: Ben (ben@x.example).',
      de.recordedBy,
    ]);
    expect(describeTask(action([], 'claimed'), 'Weekly', 'Mo.', de).split('\n')[1]).toBe(
      'Übernommen von Ana (ana@x.example).',
    );
    // Each shipped language's people lines (owner, claimed, helpers) are replaced by an edit in the other one.
    for (const [from, to] of [
      [de, en],
      [en, de],
    ] as const)
      for (const how of ['assigned', 'claimed'] as const) {
        const written = describeTask(action([ben, kim], how), 'Weekly', 'Mon', from) + '\nMy note';
        const lines = withPeopleLines(written, action([kim], how), to).split('\n');
        expect(lines).toEqual([
          from.agreedIn('Weekly', 'Mon'),
          how === 'claimed' ? to.claimedBy('Ana (ana@x.example)') : to.owner('Ana (ana@x.example)'),
          to.helpers(['kim@fabrikam.example']),
          from.recordedBy,
          'My note',
        ]);
      }
  });
});
