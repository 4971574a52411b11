// The hint under the owners box while an address is half typed (issue #16 "Addresses are validated while typing").
import { outsideOwnersHint, unfinishedAddressHint } from '../../../../src/app/views/actions/ActionsArea';

describe('unfinishedAddressHint', () => {
  it('says nothing for a name being typed, or for a whole address the picker offers to add', () => {
    expect(unfinishedAddressHint('')).toBeUndefined();
    expect(unfinishedAddressHint('Dana')).toBeUndefined();
    expect(unfinishedAddressHint('kim@fabrikam.example')).toBeUndefined();
    expect(unfinishedAddressHint('  kim@fabrikam.example  ')).toBeUndefined();
  });

  it('names a half-typed address and says how to finish it', () => {
    for (const q of ['kim@', 'kim@fabrikam', '@fabrikam.example', 'kim @fabrikam.example'])
      expect(unfinishedAddressHint(q)).toMatch(
        /isn’t a complete e-mail address yet \(like name@example\.com\)/,
      );
    expect(unfinishedAddressHint('kim@fabrikam')).toContain('“kim@fabrikam”');
  });
});

describe('outsideOwnersHint', () => {
  const people = [
    { email: 'Avery.Chen@northwind.example', name: 'Avery Chen' },
    { email: 'dana.okafor@northwind.example', name: 'Dana Okafor' },
  ];
  it('says nothing for owners from the meeting, whatever the case of their address', () => {
    expect(
      outsideOwnersHint([{ email: 'avery.chen@northwind.example', name: 'Avery' }], people),
    ).toBeUndefined();
    expect(outsideOwnersHint([], people)).toBeUndefined();
  });
  it('names an owner from outside the meeting and what happens without an account', () => {
    const hint = outsideOwnersHint([{ email: 'kim@fabrikam.example', name: 'kim@fabrikam.example' }], people);
    expect(hint).toMatch(
      /^kim@fabrikam\.example isn’t in this meeting\. Planner assigns only people with an account/,
    );
    expect(hint).toContain('Pick an owner from the meeting to record it.');
  });
});
