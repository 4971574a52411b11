import { TokenError } from '../../usecases/ports';
import type { Failure } from '../../usecases/ports';

/**
 * Turns a rejection from *building* the services (chunk download, MSAL start-up) into a Failure the view can show.
 * Port calls themselves never reject for expected failures; this covers the one step before them.
 */
export function failureFromError(error: unknown): Failure {
  if (error instanceof TokenError) {
    return error.scopes.length > 0
      ? { kind: error.kind, message: error.message, scopes: error.scopes }
      : { kind: error.kind, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  // webpack names a failed lazy-chunk download ChunkLoadError: the network, not the service, failed.
  if (error instanceof Error && error.name === 'ChunkLoadError') return { kind: 'network', message };
  return { kind: 'unavailable', message };
}
