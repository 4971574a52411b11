// Branded ids (CONVENTIONS.md §4): an iCalUId can't be passed where a mailbox event id is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A mailbox-local Graph event id (changes per mailbox). */
export type EventId = Brand<string, 'EventId'>;
/** The series master's iCalUId for a recurring series, or the event's own iCalUId for a single meeting. */
export type SeriesKey = Brand<string, 'SeriesKey'>;
/** An occurrence inside a series document: its original start in UTC, ISO 8601. */
export type OccurrenceKey = Brand<string, 'OccurrenceKey'>;
/** An Entra object id. */
export type UserId = Brand<string, 'UserId'>;
/** A Microsoft 365 group (team) id. */
export type GroupId = Brand<string, 'GroupId'>;

export const eventId = (s: string): EventId => s as EventId;
export const seriesKey = (s: string): SeriesKey => s as SeriesKey;
export const occurrenceKey = (s: string): OccurrenceKey => s as OccurrenceKey;
export const userId = (s: string): UserId => s as UserId;
export const groupId = (s: string): GroupId => s as GroupId;

export function assertNever(x: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(x)}`);
}
