// Maps everything that can go wrong on the way to Graph onto the port's Failure (CONVENTIONS.md §5):
// expected failures are values, and Graph's `code` and `request-id` survive the trip (msgraph GraphError).
import { GraphError } from '@microsoft/microsoft-graph-client';
import type { Failure, FailureKind } from '../../usecases/ports';
import { TokenError } from '../../usecases/ports';
import { GRAPH_SCOPES } from '../scopes';
import { RequestTimeoutError } from './RequestTimeoutError';

type Headers_ = Readonly<Record<string, string>>;

interface GraphErrorBody {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
}

/** Any thrown/rejected value from a Graph call (SDK GraphError, TokenError, fetch TypeError, …). */
export function toFailure(error: unknown): Failure {
  if (error instanceof RequestTimeoutError) {
    return {
      kind: 'timeout',
      code: error.name,
      message: error.message,
      ...(error.requestId !== undefined ? { requestId: error.requestId } : {}),
    };
  }
  if (error instanceof TokenError) {
    return {
      kind: error.kind,
      message: error.message,
      ...(error.scopes.length > 0 ? { scopes: error.scopes } : {}),
    };
  }
  if (error instanceof GraphError) {
    // The SDK turns a rejected fetch (DNS, refused, reset) into a GraphError with statusCode -1, and so an attempt
    // cut by TimeoutHandler, whose RequestTimeoutError survives only as the code 'TimeoutError'.
    if (error.statusCode < 0)
      return {
        kind: error.code === 'TimeoutError' ? 'timeout' : 'network',
        message: error.message,
        ...(error.code ? { code: error.code } : {}),
      };
    const headers = error.headers ? headersToRecord(error.headers) : {};
    const parsed = parseErrorBody(error.body);
    return failureFromHttp(error.statusCode, headers, {
      error: {
        code: parsed.code ?? error.code ?? undefined,
        message: parsed.message ?? error.message,
        innerError: { 'request-id': parsed.requestId ?? error.requestId ?? undefined },
      },
    });
  }
  // fetch() rejects with a TypeError on network failure (WHATWG fetch spec, "network error"). Matched by name too: a
  // fetch from another realm (an iframe's, or Node's under a test runner's vm) rejects with that realm's TypeError.
  if (error instanceof TypeError || isNamedError(error, 'TypeError'))
    return { kind: 'network', message: error.message };
  // An aborted fetch rejects with a DOMException: AbortError, or TimeoutError from AbortSignal.timeout() (DOM spec,
  // "AbortSignal.timeout"). Matched by name, because a DOMException need not be `instanceof` this realm's Error.
  if (isNamedError(error, 'AbortError'))
    return { kind: 'network', code: 'AbortError', message: error.message };
  if (isNamedError(error, 'TimeoutError'))
    return { kind: 'timeout', code: 'TimeoutError', message: error.message };
  throw error;
}

function isNamedError(
  error: unknown,
  name: string,
): error is { readonly name: string; readonly message: string } {
  return isRecord(error) && error.name === name && typeof error.message === 'string';
}

/** A non-2xx HTTP answer (top-level or inside a $batch) as a Failure. */
export function failureFromHttp(
  status: number,
  headers: Headers_,
  body: unknown,
  now: number = Date.now(),
): Failure {
  const parsed = parseErrorBody(body);
  const requestId = parsed.requestId ?? headers['request-id'] ?? headers['client-request-id'];
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
  const kind = kindFor(status, parsed, headers);
  const scopes = kind === 'consentRequired' ? (missingScopes(parsed, headers) ?? []) : [];
  return {
    kind,
    status,
    ...(scopes.length > 0 ? { scopes } : {}),
    ...(parsed.code !== undefined ? { code: parsed.code } : {}),
    ...(parsed.message !== undefined ? { message: parsed.message } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

function kindFor(status: number, body: GraphErrorBody, headers: Headers_): FailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return missingScopes(body, headers) !== undefined ? 'consentRequired' : 'forbidden';
  if (status === 404) return 'notFound';
  // 412 is the eTag mismatch (If-Match); Planner also answers 409 for a conflicting write (platform-facts §4).
  if (status === 409 || status === 412) return 'preconditionFailed';
  if (status === 429) return 'throttled';
  // 423: the file is locked for a while (an Office session, a check-out); graph/core has waited for it already.
  if (status === 423 || status >= 500) return 'unavailable';
  return 'badRequest';
}

/*
 * A 403 is missing consent only when the answer names scopes or claims; the words around them prove nothing. The
 * directory's Authorization_RequestDenied "Insufficient privileges to complete the operation.", Outlook's
 * ErrorAccessDenied "Access is denied. Check credentials and try again." and SharePoint's accessDenied "The caller
 * doesn't have permission to perform the action." (GD concepts/errors.md) are what a guest, a policy or a team the
 * user isn't in get as well, and consenting again fixes none of those (platform-facts §11). A token that lacks a
 * scope is caught before the request instead: MSAL reports the scopes it got (createMsalTokenProvider).
 * What names them:
 * - Teams and Planner: "Missing scope permissions on the request. API requires one of 'A, B'. Scopes on the request
 *   '…'" (the scopes are read from it);
 * - a token with no scopes at all: "Either scp or roles claim need to be present in the token."
 *   (microsoft-graph-docs#7766);
 * - a claims challenge: `WWW-Authenticate: Bearer … error="insufficient_claims", claims="…"` (Conditional Access and
 *   continuous access evaluation, learn.microsoft.com/entra/identity-platform/claims-challenge).
 * Returns the named scopes ([] when only claims are named), or undefined when the 403 is not about consent.
 */
const APP_SCOPE_NAMES = new Map(Object.values(GRAPH_SCOPES).map((s) => [s.toLowerCase(), s]));

function missingScopes(body: GraphErrorBody, headers: Headers_): readonly string[] | undefined {
  const message = body.message ?? '';
  const named = /API requires one of '([^']*)'/i.exec(message);
  // The list holds alternatives, any one of which would do: the ones this app asks for are what consent can grant.
  if (named?.[1] !== undefined)
    return named[1].split(/[,\s]+/).flatMap((s) => APP_SCOPE_NAMES.get(s.toLowerCase()) ?? []);
  if (/missing scope permissions/i.test(message)) return [];
  if (/\bscp or roles claim\b/i.test(message)) return [];
  if (/\binsufficient_claims\b/i.test(headers['www-authenticate'] ?? '')) return [];
  return undefined;
}

// Retry-After is delta-seconds or an HTTP-date (RFC 9110 §10.2.3; Graph sends seconds: concepts/throttling.md).
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function parseErrorBody(body: unknown): GraphErrorBody {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  if (!isRecord(value)) return {};
  // The SDK's GraphError.body holds the inner `error` object serialised, without the outer wrapper.
  const error = isRecord(value.error) ? value.error : value;
  const inner = isRecord(error.innerError)
    ? error.innerError
    : isRecord(error.innererror)
      ? error.innererror
      : {};
  const requestId = inner['request-id'];
  return {
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    ...(typeof error.message === 'string' ? { message: error.message } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}

export function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
