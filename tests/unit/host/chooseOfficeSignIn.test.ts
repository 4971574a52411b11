// Which sign-in the Outlook task pane uses, from the client's requirement sets (learn: "Nested app auth requirement
// sets"; Office dialog API: DialogApi 1.1).
import { chooseOfficeSignIn } from '../../../src/host/office/chooseOfficeSignIn';

function client(sets: Record<string, string>, opts: { throws?: boolean } = {}) {
  const asked: string[] = [];
  return {
    asked,
    office: {
      context: {
        requirements: {
          isSetSupported(name: string, minVersion?: string) {
            asked.push(`${name} ${minVersion ?? ''}`);
            if (opts.throws) throw new Error('unknown requirement set');
            const have = sets[name];
            return have !== undefined && (minVersion === undefined || Number(have) >= Number(minVersion));
          },
        },
      },
    },
  };
}

describe('chooseOfficeSignIn', () => {
  it('NestedAppAuth 1.1 (Outlook 2409+, Outlook on the web, new Outlook): nested app authentication', () => {
    const c = client({ NestedAppAuth: '1.1', DialogApi: '1.2', Mailbox: '1.14' });
    expect(chooseOfficeSignIn(c.office)).toBe('naa');
    expect(c.asked).toEqual(['NestedAppAuth 1.1']);
  });

  it('classic Outlook 2307–2408 (no NestedAppAuth, DialogApi 1.1): the Office dialog sign-in', () => {
    const c = client({ DialogApi: '1.1', Mailbox: '1.13' });
    expect(chooseOfficeSignIn(c.office)).toBe('dialog');
    expect(c.asked).toEqual(['NestedAppAuth 1.1', 'DialogApi 1.1']);
  });

  it('a client with neither: unsupported, so the pane says so instead of failing a sign-in', () => {
    expect(chooseOfficeSignIn(client({ Mailbox: '1.8' }).office)).toBe('unsupported');
  });

  it('a requirement check that throws counts as not supported', () => {
    expect(chooseOfficeSignIn(client({}, { throws: true }).office)).toBe('unsupported');
  });
});
