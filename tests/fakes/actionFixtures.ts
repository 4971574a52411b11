// What the action-item use-case tests share: three members of the tenant, an external guest without an account, a
// directory that resolves exactly the members, one occurrence and a capture for it.
import { lookUpFrom } from './lookUpFrom';
import type { ActionActor } from '../../src/domain/actions/actionActor';
import type { ActionOwner } from '../../src/domain/actions/actionTypes';
import type { CaptureInput } from '../../src/domain/actions/captureAction';
import { groupId, occurrenceKey, userId } from '../../src/domain/ids';
import type { DirectoryUser, Team } from '../../src/domain/meetings/meeting';
import { err, ok, type Result } from '../../src/domain/result';
import type { Directory, Failure } from '../../src/usecases/ports';

export const TEAM: Team = { id: groupId('g1'), displayName: 'Leadership' };
export const MEMBERS = ['avery', 'dana', 'sam'] as const;

const capitalized = (n: string) => n.charAt(0).toUpperCase() + n.slice(1);

export const user = (n: string): DirectoryUser => ({
  id: userId(`id-${n}`),
  displayName: capitalized(n),
  mail: `${n}@northwind.example`,
  userPrincipalName: `${n}@northwind.example`,
});

export const owner = (n: string): ActionOwner => ({ email: `${n}@northwind.example`, name: capitalized(n) });

export const GUEST: ActionOwner = { email: 'kim@fabrikam.example', name: 'Kim' };

export const actor = (n: string, over: Partial<ActionActor> = {}): ActionActor => ({
  id: userId(`id-${n}`),
  name: capitalized(n),
  email: `${n}@northwind.example`,
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
  ...over,
});

/** Avery takes the notes: the role that assigns actions to others. */
export const NOTE_TAKER = actor('avery', { isNoteTaker: true });

/** Members of the tenant resolve to accounts; anyone else (external guests) resolves to null. */
export class FakeDirectory implements Directory {
  readonly calls: string[][] = [];
  failure: Failure | undefined;
  async me() {
    return ok(user('avery'));
  }
  readonly lookUp = lookUpFrom((emails) => this.resolveEmails(emails));
  async resolveEmails(emails: readonly string[]) {
    this.calls.push([...emails]);
    if (this.failure) return err(this.failure);
    return ok(
      new Map(emails.map((e) => [e, MEMBERS.map(user).find((u) => u.mail === e.toLowerCase()) ?? null])),
    );
  }
}

export const OCC = occurrenceKey('2026-03-17T17:00:00.000Z');
/** Half an hour into the meeting. */
export const NOW = Date.parse('2026-03-17T17:30:00.000Z');

export const capture = (
  id: string,
  title: string,
  /** The owner first; the rest are helpers. */
  people: readonly ActionOwner[],
  due?: string,
): CaptureInput => ({
  id,
  occurrence: OCC,
  title,
  owner: people[0] as ActionOwner,
  ...(people.length > 1 ? { helpers: people.slice(1) } : {}),
  how: 'assigned',
  ...(due !== undefined ? { due } : {}),
});

export const value = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};
