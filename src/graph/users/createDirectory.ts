// Directory over Entra users: who am I, and which attendee addresses are tenant accounts (platform-facts §5).
//
// Attendee addresses are not all primary SMTP addresses: an invite may name an alias, which Entra keeps in
// proxyAddresses ("smtp:alias@…") and not in mail, and Graph sometimes gives an attendee's X.500 legacyExchangeDN
// ("/o=ExchangeLabs/…/cn=Recipients/cn=…", microsoftgraph/microsoft-graph-docs#13898), which no directory property
// holds. So every address is looked up side by side in one round trip: `mail in (…)` (15 values at most per filter,
// microsoft-graph-docs#21098), `proxyAddresses/any(p:p eq 'smtp:…')` per SMTP address (`in` inside a lambda is not
// supported), and `displayName in (…)` for X.500 addresses, which resolve only when exactly one user has that name.
import { userId } from '../../domain/ids';
import type { DirectoryUser } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { AccountLookup, Directory, Failure, Invitee, Outcome } from '../../usecases/ports';
import type { BatchRequest, BatchResult, GraphClient } from '../core/GraphClient';
import { escapeODataString } from './escapeODataString';
import { USER_SELECT, userSchema, usersPageSchema } from './userSchema';

/** Entra's cap on alternatives in one filter (`in` values or `or` branches). */
const MAX_IN = 15;

export function createDirectory(client: GraphClient): Directory {
  async function lookUp(invitees: readonly Invitee[]): Promise<Outcome<ReadonlyMap<string, AccountLookup>>> {
    const smtp = [...new Set(invitees.filter((i) => isSmtp(i.email)).map((i) => normalise(i.email)))];
    const names = [
      ...new Set(invitees.filter((i) => !isSmtp(i.email) && i.name.trim() !== '').map((i) => fold(i.name))),
    ];
    if (smtp.length === 0 && names.length === 0)
      return ok(new Map(invitees.map((i) => [i.email, unresolvable(i)])));
    const requests: BatchRequest[] = [];
    const query = (id: string, filter: string) =>
      requests.push({
        id,
        method: 'GET',
        url: `/users?$filter=${encodeURIComponent(filter)}&$select=${USER_SELECT.join(',')}`,
      });
    const quoted = (v: string) => `'${escapeODataString(v)}'`;
    const mailChunks = chunks(smtp, MAX_IN);
    mailChunks.forEach((c, n) => query(`mail${n}`, `mail in (${c.map(quoted).join(',')})`));
    smtp.forEach((a, n) => query(`proxy${n}`, `proxyAddresses/any(p:p eq ${quoted(`smtp:${a}`)})`));
    const nameChunks = chunks(names, MAX_IN);
    nameChunks.forEach((c, n) => query(`name${n}`, `displayName in (${c.map(quoted).join(',')})`));

    const answers = await client.batch(requests);
    if (!answers.ok) return answers;
    const pages = new Map<string, Outcome<readonly DirectoryUser[]>>();
    for (const r of requests) pages.set(r.id, usersOf(answers.value, r.id));

    const byMail = new Map<string, DirectoryUser>();
    const mailFailure = new Map<string, Failure>();
    mailChunks.forEach((c, n) => {
      const page = pages.get(`mail${n}`);
      for (const a of c) {
        if (!page?.ok) mailFailure.set(a, page?.failure ?? missing(a));
        else {
          const u = page.value.find((x) => normalise(x.mail) === a);
          if (u) byMail.set(a, u);
        }
      }
    });
    const bySmtp = new Map<string, AccountLookup>();
    smtp.forEach((a, n) => {
      const viaMail = byMail.get(a);
      const proxy = pages.get(`proxy${n}`);
      const viaProxy = proxy?.ok && proxy.value.length === 1 ? proxy.value[0] : undefined;
      const user = viaMail ?? viaProxy;
      if (user) bySmtp.set(a, { kind: 'found', user });
      else if (!proxy?.ok) bySmtp.set(a, { kind: 'unknown', failure: proxy?.failure ?? missing(a) });
      else {
        const failed = mailFailure.get(a);
        bySmtp.set(a, failed ? { kind: 'unknown', failure: failed } : { kind: 'noAccount' });
      }
    });
    const byName = new Map<string, AccountLookup>();
    nameChunks.forEach((c, n) => {
      const page = pages.get(`name${n}`);
      for (const name of c) {
        if (!page?.ok) {
          byName.set(name, { kind: 'unknown', failure: page?.failure ?? missing(name) });
          continue;
        }
        const matches = page.value.filter((u) => fold(u.displayName) === name);
        byName.set(
          name,
          matches.length === 1 && matches[0]
            ? { kind: 'found', user: matches[0] }
            : { kind: 'unknown', failure: ambiguous(name, matches.length) },
        );
      }
    });
    return ok(
      new Map(
        invitees.map((i): [string, AccountLookup] => [
          i.email,
          isSmtp(i.email)
            ? (bySmtp.get(normalise(i.email)) ?? { kind: 'noAccount' })
            : (byName.get(fold(i.name)) ?? unresolvable(i)),
        ]),
      ),
    );
  }

  return {
    async me(): Promise<Outcome<DirectoryUser>> {
      const res = await client.get<unknown>('/me', { select: USER_SELECT });
      if (!res.ok) return res;
      return parseUser(res.value, '/me');
    },

    lookUp,

    async resolveEmails(
      emails: readonly string[],
    ): Promise<Outcome<ReadonlyMap<string, DirectoryUser | null>>> {
      if (emails.length === 0) return ok(new Map());
      const looked = await lookUp(emails.map((email) => ({ email, name: '' })));
      if (!looked.ok) return looked;
      const answers = [...looked.value.values()];
      const first = answers[0];
      // Nothing could be looked up at all (a guest, missing consent, throttled past retries): say so.
      if (first?.kind === 'unknown' && answers.every((a) => a.kind === 'unknown')) return err(first.failure);
      return ok(
        new Map([...looked.value].map(([email, a]) => [email, a.kind === 'found' ? a.user : null] as const)),
      );
    },
  };
}

/** An SMTP address has an @ and no leading slash; an X.500 DN starts with "/o=" (and may contain an @ nowhere). */
function isSmtp(address: string): boolean {
  const a = address.trim();
  return !a.startsWith('/') && /^[^\s@]+@[^\s@]+$/.test(a);
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

function fold(name: string): string {
  return name.trim().toLowerCase();
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function usersOf(answers: BatchResult, id: string): Outcome<readonly DirectoryUser[]> {
  const answer = answers.get(id);
  if (!answer) return err(invalid(`$batch answer ${id}`, 'missing'));
  if (!answer.ok) return answer;
  const page = usersPageSchema.safeParse(answer.value.body);
  if (!page.success) return err(invalid(`users page ${id}`, page.error.message));
  const users: DirectoryUser[] = [];
  for (const raw of page.data.value) {
    const u = parseUser(raw, id);
    if (!u.ok) return u;
    users.push(u.value);
  }
  return ok(users);
}

function unresolvable(i: Invitee): AccountLookup {
  return {
    kind: 'unknown',
    failure: {
      kind: 'notFound',
      code: 'UnresolvableAddress',
      message: `“${i.email}” is neither an e-mail address nor a name the directory can look up.`,
    },
  };
}

function ambiguous(name: string, count: number): Failure {
  return {
    kind: 'notFound',
    code: 'UnresolvedX500Address',
    message:
      count === 0
        ? `The invitation lists ${name} by an Exchange (X.500) address, and nobody in the directory has that name.`
        : `The invitation lists ${name} by an Exchange (X.500) address, and ${count} people in the directory have that name.`,
  };
}

function missing(what: string): Failure {
  return invalid(`$batch answer for ${what}`, 'missing');
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
