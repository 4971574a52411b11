import { deriveMeetingsViewState } from '../../../../src/app/hooks/deriveMeetingsViewState';
import type { MeetingsViewInput } from '../../../../src/app/hooks/deriveMeetingsViewState';
import { eventId } from '../../../../src/domain/ids';
import type { Meeting } from '../../../../src/domain/meetings/meeting';
import { err, ok } from '../../../../src/domain/result';
import { aMeeting, anAttendee } from '../../../builders/aMeeting';

const base = {
  loading: false,
  now: new Date('2025-03-10T07:00:00Z'),
  locale: 'en-US',
  timeZone: 'America/New_York',
} satisfies Partial<MeetingsViewInput>;

function listOf(meetings: readonly Meeting[], extra: Partial<MeetingsViewInput> = {}) {
  const state = deriveMeetingsViewState({ ...base, outcome: ok(meetings), ...extra });
  if (state.kind !== 'list') throw new Error(`expected a list, got ${state.kind}`);
  return state.days;
}

function onlyItem(meeting: Meeting, extra: Partial<MeetingsViewInput> = {}) {
  const item = listOf([meeting], extra)[0]?.meetings[0];
  if (!item) throw new Error('expected one item');
  return item;
}

describe('deriveMeetingsViewState', () => {
  it('is loading while a request is in flight or before any outcome', () => {
    expect(deriveMeetingsViewState({ ...base })).toEqual({ kind: 'loading' });
    expect(deriveMeetingsViewState({ ...base, loading: true, outcome: ok([aMeeting()]) })).toEqual({
      kind: 'loading',
    });
  });

  it('is empty for no meetings', () => {
    expect(deriveMeetingsViewState({ ...base, outcome: ok([]) })).toEqual({ kind: 'empty' });
  });

  it('carries the failure for the error state', () => {
    const failure = { kind: 'consentRequired', scopes: ['Calendars.Read'] } as const;
    expect(deriveMeetingsViewState({ ...base, outcome: err(failure) })).toEqual({ kind: 'error', failure });
  });

  it('labels days in the user locale and time zone, with Today and Tomorrow', () => {
    const days = listOf([
      aMeeting({ start: '2025-03-10T14:00:00Z', end: '2025-03-10T15:00:00Z' }),
      aMeeting({ start: '2025-03-11T14:00:00Z', end: '2025-03-11T15:00:00Z' }),
      aMeeting({ start: '2025-03-13T14:00:00Z', end: '2025-03-13T15:00:00Z' }),
    ]);
    expect(days.map((d) => [d.key, d.label])).toEqual([
      ['2025-03-10', 'Today, Monday, March 10'],
      ['2025-03-11', 'Tomorrow, Tuesday, March 11'],
      ['2025-03-13', 'Thursday, March 13'],
    ]);
    const german = listOf([aMeeting({ start: '2025-03-13T14:00:00Z', end: '2025-03-13T15:00:00Z' })], {
      locale: 'de-DE',
    });
    expect(german[0]?.label).toBe('Donnerstag, 13. März');
  });

  it('formats the time range in the user locale and time zone', () => {
    const m = aMeeting({ start: '2025-03-10T14:00:00Z', end: '2025-03-10T14:30:00Z' });
    expect(onlyItem(m).timeRange.replace(/\s/g, ' ')).toBe('10:00 – 10:30 AM');
    expect(onlyItem(m, { locale: 'en-GB', timeZone: 'Europe/London' }).timeRange).toBe('14:00–14:30');
    expect(
      onlyItem(aMeeting({ isAllDay: true, start: '2025-03-10T05:00:00Z', end: '2025-03-11T05:00:00Z' }))
        .timeRange,
    ).toBe('All day');
  });

  it('includes dates when a meeting crosses midnight', () => {
    const m = aMeeting({ start: '2025-03-10T23:00:00-04:00', end: '2025-03-11T01:00:00-04:00' });
    expect(onlyItem(m).timeRange.replace(/\s/g, ' ')).toBe('Mar 10, 11:00 PM – Mar 11, 1:00 AM');
    expect(onlyItem(m).whenLabel.replace(/\s/g, ' ')).toBe('Mar 10, 11:00 PM – Mar 11, 1:00 AM');
  });

  it('the header’s "when" names the day, so Dec 8 and Dec 15 don’t look the same', () => {
    const on = (day: string) =>
      onlyItem(aMeeting({ start: `2025-12-${day}T14:00:00Z`, end: `2025-12-${day}T15:00:00Z` })).whenLabel;
    expect(on('08').replace(/\s/g, ' ')).toBe('Monday, December 8, 9:00 – 10:00 AM');
    expect(on('15')).not.toBe(on('08'));
  });

  it('names the organizer, or "You" when I organize it', () => {
    const theirs = aMeeting({ organizer: { name: 'Adele Vance', email: 'adele@contoso.example' } });
    expect(onlyItem(theirs).organizerName).toBe('Adele Vance');
    expect(onlyItem(aMeeting({ isOrganizer: true, myResponse: 'organizer' })).organizerName).toBe('You');
    // Some copies arrive without isOrganizer; my own address still identifies me.
    expect(onlyItem(theirs, { myEmail: 'ADELE@contoso.example' }).organizerName).toBe('You');
    expect(onlyItem(aMeeting({ organizer: { name: '', email: 'x@contoso.example' } })).organizerName).toBe(
      'x@contoso.example',
    );
  });

  it('labels my response', () => {
    const label = (m: Partial<Meeting>) => onlyItem(aMeeting(m)).responseLabel;
    expect(label({ myResponse: 'accepted' })).toBe('Accepted');
    expect(label({ myResponse: 'tentativelyAccepted' })).toBe('Tentative');
    expect(label({ myResponse: 'declined' })).toBe('Declined');
    expect(label({ myResponse: 'none' })).toBe('No response');
    expect(label({ myResponse: 'notResponded' })).toBe('No response');
    expect(label({ myResponse: 'organizer' })).toBe('Organizer');
    expect(label({ myResponse: 'none', isOrganizer: true })).toBe('Organizer');
  });

  it('badges series occurrences as Series, and Moved only when the start or the length differs from the pattern', () => {
    const master = eventId('m');
    const at = (start: string, end: string, over: Partial<Meeting> = {}) =>
      aMeeting({
        kind: 'occurrence',
        seriesMasterId: master,
        start,
        end,
        originalStart: start,
        ...over,
      });
    expect(onlyItem(at('2025-03-10T14:00:00Z', '2025-03-10T15:00:00Z')).seriesBadge).toBe('Series');
    expect(onlyItem(aMeeting({ kind: 'singleInstance' })).seriesBadge).toBeUndefined();

    // An exception whose time is the pattern's (its body was published to, or an attendee declined it): Series.
    const published = at('2025-03-17T14:00:00Z', '2025-03-17T15:00:00Z', {
      kind: 'exception',
      id: eventId('p'),
    });
    // Moved to Wednesday: its start differs from originalStart.
    const moved = at('2025-03-26T14:00:00Z', '2025-03-26T15:00:00Z', {
      kind: 'exception',
      id: eventId('w'),
      originalStart: '2025-03-24T14:00:00Z',
    });
    // Same start, cut to 30 minutes: its length differs from the series' other occurrences.
    const shortened = at('2025-03-31T14:00:00Z', '2025-03-31T14:30:00Z', {
      kind: 'exception',
      id: eventId('s'),
    });
    const regular = at('2025-03-10T14:00:00Z', '2025-03-10T15:00:00Z', { id: eventId('r') });
    const badges = listOf([regular, published, moved, shortened])
      .flatMap((d) => d.meetings)
      .map((m) => [m.id, m.seriesBadge]);
    expect(badges).toEqual([
      ['r', 'Series'],
      ['p', 'Series'],
      ['w', 'Moved'],
      ['s', 'Moved'],
    ]);
  });

  it('flags Teams meetings, counts people (not rooms) and keeps cancelled ones', () => {
    const item = onlyItem(
      aMeeting({
        isOnlineMeeting: true,
        isCancelled: true,
        subject: 'Canceled: Planning',
        attendees: [
          anAttendee(),
          anAttendee({ email: 'b@x' }),
          anAttendee({ kind: 'resource', email: 'room@x' }),
        ],
      }),
    );
    expect(item).toMatchObject({
      isTeamsMeeting: true,
      attendeeCount: 2,
      attendeeLabel: '2 attendees',
      isCancelled: true,
    });
    expect(onlyItem(aMeeting({ isOnlineMeeting: false, attendees: [anAttendee()] }))).toMatchObject({
      isTeamsMeeting: false,
      attendeeLabel: '1 attendee',
    });
  });

  it('shows a placeholder for a meeting with no subject', () => {
    expect(onlyItem(aMeeting({ subject: '  ' })).subject).toBe('(No subject)');
  });

  it('falls back to en-US for a locale the runtime rejects', () => {
    const m = aMeeting({ start: '2025-03-13T14:00:00Z', end: '2025-03-13T15:00:00Z' });
    expect(listOf([m], { locale: 'not a locale!' })[0]?.label).toBe('Thursday, March 13');
  });

  it('repairs a POSIX locale instead of failing the list', () => {
    const m = aMeeting({ start: '2025-03-13T14:00:00Z', end: '2025-03-13T15:00:00Z' });
    expect(listOf([m], { locale: 'en-US@posix' })[0]?.label).toBe('Thursday, March 13');
    expect(listOf([m], { locale: 'de_DE.UTF-8' })[0]?.label).toBe('Donnerstag, 13. März');
  });
});
