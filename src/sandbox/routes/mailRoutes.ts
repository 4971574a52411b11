// POST /me/sendMail (GD api-reference/v1.0/api/user-sendmail.md): 202 Accepted with no body; the sandbox records one
// copy per recipient for tests (`GET /_sandbox/mail` → `sent`). Assumptions are in the README ("sendMail").
import type { ScopeRule } from '../auth';
import type { SentMailRecord } from '../chatMessages';
import { GraphError } from '../errors';
import type { GraphResponse, Route, RouteContext } from '../router';
import { mailboxOwner } from './calendarRoutes';

const MAIL_SEND: ScopeRule = { workload: 'outlook', anyOf: ['Mail.Send'] };

export const mailRoutes: readonly Route[] = [
  { method: 'POST', path: 'users/{user}/sendMail', scopes: MAIL_SEND, handle: sendMail },
];

function sendMail(ctx: RouteContext): GraphResponse {
  const sender = mailboxOwner(ctx);
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.req.body?.toString('utf8') ?? '');
  } catch {
    throw new GraphError(400, 'RequestBodyRead', 'Invalid JSON in the request body.');
  }
  const message = isObject(parsed) ? parsed.message : undefined;
  if (!isObject(message))
    throw new GraphError(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
  const body = isObject(message.body) ? message.body : { contentType: 'text', content: '' };
  const type = String(body.contentType ?? 'text').toLowerCase();
  if (type !== 'text' && type !== 'html')
    throw new GraphError(
      400,
      'RequestBodyRead',
      `Requested value '${String(body.contentType)}' was not found.`,
    );
  const addresses = ['toRecipients', 'ccRecipients', 'bccRecipients'].flatMap((k) => {
    const list = message[k];
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new GraphError(400, 'RequestBodyRead', `'${k}' must be a collection.`);
    return list.map((r: unknown) => {
      const a = isObject(r) && isObject(r.emailAddress) ? r.emailAddress.address : undefined;
      if (typeof a !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(a))
        throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
      return a;
    });
  });
  if (addresses.length === 0)
    throw new GraphError(
      400,
      'ErrorInvalidRecipients',
      "At least one recipient isn't valid., A message can't be sent because it contains no recipients.",
    );
  const sentAt = ctx.now.toISOString();
  const records: SentMailRecord[] = addresses.map((to) => ({
    sentAt,
    from: sender.mail,
    to,
    subject: typeof message.subject === 'string' ? message.subject : '',
    contentType: type,
    content: typeof body.content === 'string' ? body.content : '',
    delivered: ctx.store.findRecipient(to) !== undefined,
  }));
  ctx.store.messages.recordMail(records);
  return { status: 202 };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
