// Directory.lookUp for fakes, from what resolveEmails answers: a user is found, null is no account, a failure fails
// the whole lookup (as a failed $batch would).
import type { DirectoryUser } from '../../src/domain/meetings/meeting';
import { ok } from '../../src/domain/result';
import type { AccountLookup, Invitee, Outcome } from '../../src/usecases/ports';

export function lookUpFrom(
  resolve: (emails: readonly string[]) => Promise<Outcome<ReadonlyMap<string, DirectoryUser | null>>>,
): (invitees: readonly Invitee[]) => Promise<Outcome<ReadonlyMap<string, AccountLookup>>> {
  return async (invitees) => {
    const r = await resolve(invitees.map((i) => i.email));
    if (!r.ok) return r;
    return ok(
      new Map(
        invitees.map((i): [string, AccountLookup] => {
          const u = r.value.get(i.email) ?? null;
          return [i.email, u ? { kind: 'found', user: u } : { kind: 'noAccount' }];
        }),
      ),
    );
  };
}
