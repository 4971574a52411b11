// Whether Planner can assign an owner, known at capture (issue #16 "flagged at capture").
import { checkOwnerAccount } from '../../../../src/usecases/actions/checkOwnerAccount';
import { FakeDirectory, GUEST, owner } from '../../../fakes/actionFixtures';

describe('checkOwnerAccount', () => {
  it('a member is assignable; a guest without an account is not; one lookup per check', async () => {
    const directory = new FakeDirectory();
    expect(await checkOwnerAccount(directory, owner('dana'))).toBe('assignable');
    expect(await checkOwnerAccount(directory, GUEST)).toBe('notAssignable');
    expect(directory.calls).toEqual([['dana@northwind.example'], ['kim@fabrikam.example']]);
  });

  it('a lookup that fails says nothing either way (the item is not flagged; recording decides)', async () => {
    const directory = new FakeDirectory();
    directory.failure = { kind: 'forbidden', code: 'Authorization_RequestDenied' };
    expect(await checkOwnerAccount(directory, GUEST)).toBe('unknown');
  });
});
