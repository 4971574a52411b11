// Directory over Entra users: who am I, and which attendee e-mails are tenant accounts (platform-facts §5).
import { userId } from '../../domain/ids';
import type { DirectoryUser } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { Directory, Failure, Outcome } from '../../usecases/ports';
import type { BatchRequest, GraphClient } from '../core/GraphClient';
import { escapeODataString } from './escapeODataString';
import { USER_SELECT, userSchema, usersPageSchema } from './userSchema';

export function createDirectory(client: GraphClient): Directory {
  return {
    async me(): Promise<Outcome<DirectoryUser>> {
      const res = await client.get<unknown>('/me', { select: USER_SELECT });
      if (!res.ok) return res;
      return parseUser(res.value, '/me');
    },

    /*
     * One `GET /users?$filter=mail eq '…'` per distinct address (case-insensitive: mail matching in Entra is
     * case-insensitive), sent through client.batch, which packs 20 per $batch and retries inner throttling.
     * No match means no account in this tenant, e.g. an external attendee: null. Keys of the answer are the
     * addresses exactly as passed in. Any inner failure (consent, throttled past retries) fails the whole call.
     */
    async resolveEmails(
      emails: readonly string[],
    ): Promise<Outcome<ReadonlyMap<string, DirectoryUser | null>>> {
      const distinct = [...new Set(emails.map(normalise))];
      if (distinct.length === 0) return ok(new Map());
      const requests: BatchRequest[] = distinct.map((email, i) => ({
        id: String(i + 1),
        method: 'GET',
        url: `/users?$filter=${encodeURIComponent(`mail eq '${escapeODataString(email)}'`)}&$select=${USER_SELECT.join(',')}`,
      }));
      const answers = await client.batch(requests);
      if (!answers.ok) return answers;
      const byEmail = new Map<string, DirectoryUser | null>();
      for (const [i, email] of distinct.entries()) {
        const answer = answers.value.get(String(i + 1));
        if (!answer) return err(invalid(`$batch answer for ${email}`, 'missing'));
        if (!answer.ok) return answer;
        const page = usersPageSchema.safeParse(answer.value.body);
        if (!page.success) return err(invalid(`users page for ${email}`, page.error.message));
        const first = page.data.value[0];
        if (first === undefined) {
          byEmail.set(email, null);
          continue;
        }
        const user = parseUser(first, email);
        if (!user.ok) return user;
        byEmail.set(email, user.value);
      }
      return ok(new Map(emails.map((e) => [e, byEmail.get(normalise(e)) ?? null])));
    },
  };
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

function parseUser(value: unknown, what: string): Outcome<DirectoryUser> {
  const parsed = userSchema.safeParse(value);
  if (!parsed.success) return err(invalid(`user ${what}`, parsed.error.message));
  const u = parsed.data;
  return ok({
    id: userId(u.id),
    displayName: u.displayName ?? '',
    mail: u.mail ?? '',
    userPrincipalName: u.userPrincipalName ?? '',
  });
}

function invalid(what: string, detail: string): Failure {
  return { kind: 'badRequest', code: 'InvalidGraphPayload', message: `Unexpected ${what}: ${detail}` };
}
