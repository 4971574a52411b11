import type { EventId, GroupId, OccurrenceKey, SeriesKey, UserId } from '../ids';

export type ResponseKind =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
export type EventKind = 'singleInstance' | 'occurrence' | 'exception';

export interface Person {
  readonly name: string;
  readonly email: string;
}

export interface Attendee extends Person {
  readonly kind: 'required' | 'optional' | 'resource';
  readonly response: ResponseKind;
}

/** One meeting in "My meetings": a single instance, or one occurrence/exception of a series. */
export interface Meeting {
  readonly id: EventId;
  readonly kind: EventKind;
  /** The mailbox id of the series master; absent for single instances. Groups occurrences of one series. */
  readonly seriesMasterId?: EventId;
  /** This event's own iCalUId (per occurrence for series). */
  readonly iCalUId: string;
  readonly subject: string;
  /** ISO 8601 instants (with offset or Z). */
  readonly start: string;
  readonly end: string;
  /** For occurrences and exceptions: the start the occurrence had in the series pattern (keys it in the document). */
  readonly originalStart?: string;
  readonly isAllDay: boolean;
  readonly isCancelled: boolean;
  readonly isOrganizer: boolean;
  readonly organizer: Person;
  /** The organizer's Entra object id, when Graph said it (the meeting chat names it; the event doesn't). */
  readonly organizerId?: string;
  readonly myResponse: ResponseKind;
  readonly isOnlineMeeting: boolean;
  readonly joinUrl?: string;
  readonly attendees: readonly Attendee[];
  readonly webLink?: string;
}

export interface Team {
  readonly id: GroupId;
  readonly displayName: string;
  readonly description?: string;
}

export interface DirectoryUser {
  readonly id: UserId;
  readonly displayName: string;
  readonly mail: string;
  readonly userPrincipalName: string;
}

export type { SeriesKey, OccurrenceKey };
