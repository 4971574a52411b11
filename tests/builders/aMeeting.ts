import { eventId } from '../../src/domain/ids';
import type { Attendee, Meeting } from '../../src/domain/meetings/meeting';

let counter = 0;

/** A meeting with sensible defaults (a 30-minute Teams meeting I accepted); override what the test is about. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  counter += 1;
  const id = overrides.id ?? eventId(`event-${counter}`);
  return {
    id,
    kind: 'singleInstance',
    iCalUId: `ical-${id}`,
    subject: `Meeting ${counter}`,
    start: '2025-03-10T09:00:00Z',
    end: '2025-03-10T09:30:00Z',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: false,
    organizer: { name: 'Adele Vance', email: 'adele@contoso.example' },
    myResponse: 'accepted',
    isOnlineMeeting: true,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    attendees: [anAttendee({ name: 'Megan Bowen', email: 'megan@contoso.example' })],
    ...overrides,
  };
}

export function anAttendee(overrides: Partial<Attendee> = {}): Attendee {
  return {
    name: 'Alex Wilber',
    email: 'alex@contoso.example',
    kind: 'required',
    response: 'accepted',
    ...overrides,
  };
}
