// The hint under the owners box while an address is half typed (issue #16 "Addresses are validated while typing").
import { unfinishedAddressHint } from '../../../../src/app/views/actions/ActionsArea';

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
