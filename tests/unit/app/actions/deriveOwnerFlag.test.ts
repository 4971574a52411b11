// The capture form's flag for an owner Planner can't assign, with its two choices (issue #16).
import { deriveOwnerFlag } from '../../../../src/app/hooks/deriveOwnerFlag';

const kim = { email: 'kim@fabrikam.example', name: 'kim@fabrikam.example' };
const rowan = { email: 'rowan@contoso.example', name: 'Rowan Ng' };

describe('deriveOwnerFlag', () => {
  it('says nothing without an owner, for an assignable one, or while (or when) the lookup gives no answer', () => {
    for (const account of [undefined, 'checking', 'assignable', 'unknown'] as const)
      expect(deriveOwnerFlag(kim, account, false)).toEqual({ kind: 'none' });
    expect(deriveOwnerFlag(undefined, 'notAssignable', false)).toEqual({ kind: 'none' });
  });

  it('flags an owner with no account, by name and address', () => {
    expect(deriveOwnerFlag(rowan, 'notAssignable', false)).toEqual({
      kind: 'notAssignable',
      owner: rowan,
      message:
        'Rowan Ng (rowan@contoso.example) has no account in your organization, so Planner can’t assign this item to them.',
    });
    expect(deriveOwnerFlag(kim, 'notAssignable', false)).toMatchObject({
      message: expect.stringMatching(/^kim@fabrikam\.example has no account/),
    });
  });

  it('once kept off Planner, says so and that it is never recorded', () => {
    expect(deriveOwnerFlag(kim, 'notAssignable', true)).toEqual({
      kind: 'keptOff',
      owner: kim,
      message: 'Kept off Planner: kim@fabrikam.example owns it here, and it is never recorded to Planner.',
    });
  });
});
