// Our own small Graph client surface (CONVENTIONS.md §6): feature modules depend on this, never on the SDK,
// so SDK types stay inside src/graph/core.
import type { Outcome } from '../../usecases/ports';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean;

export interface GetOptions {
  /** `$select` fields; joined with commas. */
  readonly select?: readonly string[];
  /** Other query parameters (`$top`, `$filter`, `startDateTime`, …). Values are URL-encoded here. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface GraphResponse<T> {
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: T;
}

/** One request inside a JSON batch. `url` is relative to the version root, like every GraphClient path. */
export interface BatchRequest {
  readonly id: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

/** The per-id answer of a batch: the inner response when 2xx/3xx, otherwise its mapped Failure. */
export type BatchResult = ReadonlyMap<string, Outcome<GraphResponse<unknown>>>;

export interface GraphClient {
  get<T = unknown>(path: string, opts?: GetOptions): Promise<Outcome<T>>;
  /** Follows the whole `@odata.nextLink` until it is absent and concatenates every page's `value`. */
  getAllPages<T = unknown>(path: string, opts?: GetOptions): Promise<Outcome<readonly T[]>>;
  /** Any number of requests: sent as parallel `$batch` calls of at most 20, inner 429/503/504 retried. */
  batch(requests: readonly BatchRequest[]): Promise<Outcome<BatchResult>>;
  /**
   * Writes (and reads that need status or headers such as ETag). Non-2xx answers become Failures, except a 304 Not
   * Modified to a conditional read (If-None-Match), which is `ok` with status 304 and no body.
   */
  request<T = unknown>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<Outcome<GraphResponse<T>>>;
}
