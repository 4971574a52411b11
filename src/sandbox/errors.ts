// Graph's error envelope (GD concepts/errors.md): {"error":{"code","message","innerError":{"date","request-id",
// "client-request-id"}}}. Handlers throw GraphError; the pipeline turns it into the envelope and fills innerError,
// so no handler needs to know the request id.

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

// innerError.date has no offset and no fraction in Graph's answers, e.g. "2025-02-13T10:17:05".
export function errorBody(code: string, message: string, ids: RequestIds, now: Date): ErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: now.toISOString().slice(0, 19),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

export interface RequestIds {
  readonly requestId: string;
  readonly clientRequestId: string;
}

// The messages Graph sends for these conditions (seen in issue threads quoted in src/sandbox/README.md).
export const badRequest = (message: string, code = 'BadRequest'): GraphError =>
  new GraphError(400, code, message);

export const segmentNotFound = (segment: string): GraphError =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

export const methodNotAllowed = (): GraphError =>
  new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

// Features of real Graph this sandbox deliberately does not emulate: fail loudly rather than answer wrongly.
export const notEmulated = (what: string): GraphError =>
  new GraphError(
    501,
    'NotImplemented',
    `The Graph sandbox does not emulate ${what}. See src/sandbox/README.md.`,
  );
