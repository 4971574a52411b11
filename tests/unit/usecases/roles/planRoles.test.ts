import { eventId, occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import type { Attendee, DirectoryUser, Meeting, ResponseKind } from '../../../../src/domain/meetings/meeting';
import { err, ok, type Result } from '../../../../src/domain/result';
import { stamped } from '../../../../src/domain/series/lww';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import type {
  Directory,
  Failure,
  FoundSeries,
  Outcome,
  SeriesDocumentStore,
  SeriesLocation,
  StoredSeries,
} from '../../../../src/usecases/ports';
import { planRoles } from '../../../../src/usecases/roles/planRoles';
import { syncRoleInputs } from '../../../../src/usecases/roles/syncRoleInputs';
import { changeSeries } from '../../../../src/usecases/series/changeSeries';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { aMeeting, anAttendee } from '../../../builders/aMeeting';
import { InMemoryMeetingSource } from '../../../fakes/InMemoryMeetingSource';
import { lookUpFrom } from '../../../fakes/lookUpFrom';

const PEOPLE = ['avery', 'dana', 'sam', 'priya', 'jonas'] as const;
const user = (n: string): DirectoryUser => ({
  id: userId(`id-${n}`),
  displayName: n[0]!.toUpperCase() + n.slice(1),
  mail: `${n}@northwind.example`,
  userPrincipalName: `${n}@northwind.example`,
});
const directory = (calls: string[][] = []): Directory => {
  const resolveEmails: Directory['resolveEmails'] = async (emails) => {
    calls.push([...emails]);
    return ok(
      new Map(emails.map((e) => [e, PEOPLE.map(user).find((u) => u.mail === e.toLowerCase()) ?? null])),
    );
  };
  return { me: async () => ok(user('avery')), resolveEmails, lookUp: lookUpFrom(resolveEmails) };
};

const MASTER = eventId('master');
const weekly = (i: number) => new Date(Date.UTC(2026, 2, 3 + 7 * i, 17)).toISOString();
const NOW = Date.parse(weekly(3)) - 86_400_000; // the day before occurrence #3
const attendees = (
  responses: Partial<Record<string, ResponseKind>> = {},
  viewerIsOrganizer = true,
): Attendee[] => [
  ...PEOPLE.slice(1).map((n) =>
    anAttendee({
      name: n,
      email: `${n}@northwind.example`,
      // Attendee copies don't carry others' responses.
      response: viewerIsOrganizer ? (responses[n] ?? 'accepted') : 'none',
    }),
  ),
  anAttendee({
    name: 'Kim',
    email: 'kim@fabrikam.example',
    response: viewerIsOrganizer ? 'accepted' : 'none',
  }),
  anAttendee({ name: 'Room 1', email: 'room1@northwind.example', kind: 'resource' }),
];
const occurrence = (i: number, over: Partial<Meeting> = {}, isOrganizer = true): Meeting =>
  aMeeting({
    id: eventId(`occ-${i}`),
    kind: 'occurrence',
    seriesMasterId: MASTER,
    start: weekly(i),
    end: new Date(Date.parse(weekly(i)) + 3_600_000).toISOString(),
    originalStart: weekly(i),
    isOrganizer,
    organizer: { name: 'Avery', email: 'avery@northwind.example' },
    attendees: attendees({}, isOrganizer),
    ...over,
  });

const location: SeriesLocation = {
  groupId: 'g' as SeriesLocation['groupId'],
  teamName: 'Leadership',
  itemId: 'i',
};
const ctxFor = (meeting: Meeting, doc: SeriesDocument, me = user('avery')) =>
  ({
    meeting,
    series: { seriesKey: seriesKey('S1'), title: 'Leadership weekly' },
    occurrence: occurrenceKey(weekly(3)),
    meetingMinutes: 60,
    me,
    teams: [],
    stored: { doc, location, etag: '"1"' },
    untrusted: [],
  }) satisfies AgendaContext & { stored: StoredSeries };

const value = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};

function series(
  isOrganizer: boolean,
  responsesOf: (i: number) => Partial<Record<string, ResponseKind>> = () => ({}),
) {
  return Array.from({ length: 10 }, (_, i) =>
    occurrence(i, { attendees: attendees(responsesOf(i), isOrganizer) }, isOrganizer),
  );
}

const start = (doc: SeriesDocument, i: number): SeriesDocument => ({
  ...doc,
  rotationStart: stamped(occurrenceKey(weekly(i)), { at: 1, c: 0, by: userId('id-avery') }),
});

describe('planRoles', () => {
  const base = start(emptySeriesDocument(seriesKey('S1'), 'Leadership weekly'), 0);

  it('plans from the rotation start through the current occurrence and the next 4, with reasons', async () => {
    const meetings = new InMemoryMeetingSource(series(true));
    const plan = value(
      await planRoles({ meetings, directory: directory() }, ctxFor(occurrence(3), base), NOW),
    );
    expect(plan.occurrences.map((o) => o.occurrence)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(weekly));
    expect(plan.current?.occurrence).toBe(weekly(3));
    expect(plan.current?.assignments).toHaveLength(3);
    for (const a of plan.current?.assignments ?? [])
      expect(a.reason).toMatchObject({ kind: 'picked', role: a.role, response: 'accepted' });
    expect(plan.facilitator).toBe(plan.current?.assignments[0]?.holder);
  });

  it('puts the organizer in, and attendees with no account out with the reason; rooms are ignored', async () => {
    const calls: string[][] = [];
    const meetings = new InMemoryMeetingSource(series(true));
    const plan = value(
      await planRoles({ meetings, directory: directory(calls) }, ctxFor(occurrence(3), base), NOW),
    );
    expect(plan.roster.map((m) => m.name)).toEqual(['Avery', 'Dana', 'Sam', 'Priya', 'Jonas']);
    expect(plan.roster[0]?.isOrganizer).toBe(true);
    expect(plan.outside).toEqual([
      { name: 'Kim', email: 'kim@fabrikam.example', reason: { kind: 'noAccount' } },
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).not.toContain('room1@northwind.example');
  });

  it('skips someone who declined an occurrence, and says so', async () => {
    const meetings = new InMemoryMeetingSource(series(true, (i) => (i === 4 ? { dana: 'declined' } : {})));
    const plan = value(
      await planRoles({ meetings, directory: directory() }, ctxFor(occurrence(3), base), NOW),
    );
    const next = plan.occurrences.find((o) => o.occurrence === weekly(4));
    expect(next?.assignments.map((a) => a.holder)).not.toContain('id-dana');
    expect(next?.skipped).toContainEqual({ who: 'id-dana', reason: { kind: 'declined', name: 'Dana' } });
  });

  it('skips cancelled occurrences', async () => {
    const all = series(true).map((m, i) => (i === 5 ? { ...m, isCancelled: true } : m));
    const plan = value(
      await planRoles(
        { meetings: new InMemoryMeetingSource(all), directory: directory() },
        ctxFor(occurrence(3), base),
        NOW,
      ),
    );
    expect(plan.occurrences.map((o) => o.occurrence)).not.toContain(weekly(5));
    expect(plan.occurrences.filter((o) => o.occurrence > weekly(3))).toHaveLength(4);
  });

  it('gives an attendee the same roles as the organizer once the responses snapshot is recorded', async () => {
    const responses = (i: number): Partial<Record<string, ResponseKind>> =>
      i === 4 ? { dana: 'declined' } : i === 2 ? { sam: 'tentativelyAccepted' } : {};
    const asOrganizer = value(
      await planRoles(
        { meetings: new InMemoryMeetingSource(series(true, responses)), directory: directory() },
        ctxFor(occurrence(3), base),
        NOW,
      ),
    );
    expect(asOrganizer.pending?.responses[weekly(4)]).toMatchObject({ 'id-dana': 'declined' });
    // The organizer's client writes the snapshot through the store; the attendee then reads it.
    const store = new MemoryStore(base);
    const ctx = ctxFor(occurrence(3), base);
    const organizer = {
      id: userId('id-avery'),
      name: 'Avery',
      email: 'avery@northwind.example',
      isOrganizer: true,
      isFacilitator: false,
      isTimekeeper: false,
      isNoteTaker: false,
    };
    const run = (intent: SeriesIntent) => changeSeries(store, ctx.stored, organizer, intent, () => 42);
    expect(value(await syncRoleInputs(base, asOrganizer.pending!, run))).toBe(true);
    expect(store.writes).toBe(1);
    // Nothing changed: no second write.
    expect(value(await syncRoleInputs(store.doc, asOrganizer.pending!, run))).toBe(false);
    expect(store.writes).toBe(1);

    const attendeeView = occurrence(3, {}, false);
    const asAttendee = value(
      await planRoles(
        { meetings: new InMemoryMeetingSource(series(false)), directory: directory() },
        ctxFor(attendeeView, store.doc, user('dana')),
        NOW,
      ),
    );
    expect(asAttendee.pending).toBeNull();
    const holders = (p: typeof asAttendee) => p.occurrences.map((o) => o.assignments.map((a) => a.holder));
    expect(holders(asAttendee)).toEqual(holders(asOrganizer));
    expect(asAttendee.isFacilitator).toBe(asAttendee.facilitator === 'id-dana');
  });

  it('an organizer’s override changes its own meeting only, until a re-plan that saw it', async () => {
    const occ = occurrenceKey(weekly(3)) as OccurrenceKey;
    const override = (holder: string): SeriesDocument => ({
      ...base,
      occurrences: {
        [occ]: {
          ballots: {},
          status: {},
          decisions: {},
          roleOverrides: {
            facilitator: stamped(
              { holder: userId(holder), kind: 'override' as const, as: 'organizer' as const },
              { at: 1e12, c: 0, by: userId('id-avery') },
            ),
          },
        },
      },
    });
    const planFor = async (doc: SeriesDocument) =>
      value(
        await planRoles(
          { meetings: new InMemoryMeetingSource(series(true)), directory: directory() },
          ctxFor(occurrence(3), doc, user('jonas')),
          NOW,
        ),
      );
    const holders = (p: { occurrences: readonly { assignments: readonly { holder: unknown }[] }[] }) =>
      p.occurrences.map((o) => o.assignments.map((a) => a.holder));
    const plain = await planFor(base);
    const current = plain.occurrences.findIndex((o) => o.isCurrent);
    const facilitator = plain.current?.assignments[0]?.holder;
    const other = plain.roster.find((m) => m.id !== facilitator)!.id;
    const changed = await planFor(override(other));
    expect(changed.current?.assignments[0]?.holder).toBe(other);
    expect(holders(changed).filter((_, i) => i !== current)).toEqual(
      holders(plain).filter((_, i) => i !== current),
    );
    // A re-plan from the next meeting, after the override: the meetings from there on count the override as a turn
    // (so they change), the ones before keep their roles.
    const next = plain.occurrences[current + 1]!.occurrence;
    const replanned = await planFor({
      ...override(other),
      roleReplans: { k: { from: next, at: 1e12 + 1, c: 0, by: userId('id-avery') } },
    });
    expect(holders(replanned).slice(0, current + 1)).toEqual(holders(changed).slice(0, current + 1));
    expect(holders(replanned).slice(current + 1)).not.toEqual(holders(changed).slice(current + 1));
  });

  it('applies turns taken and accepted requests, naming who recorded or accepted them', async () => {
    const occ = occurrenceKey(weekly(3)) as OccurrenceKey;
    const doc: SeriesDocument = {
      ...base,
      occurrences: {
        [occ]: {
          ballots: {},
          status: {},
          decisions: {},
          roleOverrides: {
            facilitator: stamped(
              { holder: userId('id-jonas'), kind: 'swap' as const },
              { at: 1e12, c: 0, by: userId('id-jonas') },
            ),
          },
          roleRequests: {
            q1: {
              role: 'timekeeper',
              from: userId('id-dana'),
              fromName: 'Dana',
              to: userId('id-luis'),
              toName: 'Luis',
              at: 1e12,
              c: 1,
              by: userId('id-dana'),
              answer: stamped('accepted' as const, { at: 1e12, c: 2, by: userId('id-luis') }),
            },
            q2: {
              role: 'noteTaker',
              from: userId('id-dana'),
              fromName: 'Dana',
              to: userId('id-luis'),
              toName: 'Luis',
              at: 1e12,
              c: 3,
              by: userId('id-dana'),
            },
          },
        },
      },
    };
    const plan = value(
      await planRoles(
        { meetings: new InMemoryMeetingSource(series(true)), directory: directory() },
        ctxFor(occurrence(3), doc, user('jonas')),
        NOW,
      ),
    );
    expect(plan.facilitator).toBe('id-jonas');
    expect(plan.isFacilitator).toBe(true);
    // Worded by the app: "Jonas: took this turn (recorded by Jonas) on 2001-09-09." (app/i18n/roles.test.ts).
    expect(plan.current?.assignments[0]?.reason).toEqual({
      kind: 'changed',
      name: 'Jonas',
      change: 'taken',
      by: 'Jonas',
      at: 1e12,
    });
    expect(plan.current?.assignments[1]).toMatchObject({
      holder: 'id-dana',
      reason: { kind: 'changed', name: 'Dana', change: 'swap', by: 'Luis', at: 1e12 },
    });
    // A request still waiting changes nothing.
    expect(plan.current?.assignments[2]?.holder).not.toBe('id-dana');
    expect(plan.current?.changes['timekeeper']).toMatchObject({ kind: 'swapAccepted', fromName: 'Luis' });
  });

  it('without a stored rotation start, starts at the earliest occurrence with a record, and the organizer records it', async () => {
    const doc: SeriesDocument = {
      ...emptySeriesDocument(seriesKey('S1'), 'x'),
      occurrences: { [weekly(1)]: { ballots: {}, status: {}, decisions: {} } },
    };
    const plan = value(
      await planRoles(
        { meetings: new InMemoryMeetingSource(series(true)), directory: directory() },
        ctxFor(occurrence(3), doc),
        NOW,
      ),
    );
    expect(plan.occurrences[0]?.occurrence).toBe(weekly(1));
    expect(plan.pending?.rotationStart).toBe(weekly(1));
  });

  it('returns the port’s failure as a value', async () => {
    const meetings = new InMemoryMeetingSource(series(true));
    meetings.failWith({ kind: 'throttled', status: 429 });
    expect(await planRoles({ meetings, directory: directory() }, ctxFor(occurrence(3), base), NOW)).toEqual(
      err({ kind: 'throttled', status: 429 }),
    );
  });
});

/** A minimal store: update applies the command to the latest document and merges, like the drive adapter. */
class MemoryStore implements SeriesDocumentStore {
  writes = 0;
  constructor(public doc: SeriesDocument) {}
  async find(): Promise<Outcome<FoundSeries>> {
    return ok({ stored: { doc: this.doc, location, etag: String(this.writes) }, untrusted: [] });
  }
  async load(): Promise<Outcome<StoredSeries>> {
    return ok({ doc: this.doc, location, etag: String(this.writes) });
  }
  async create(): Promise<Outcome<StoredSeries>> {
    return err({ kind: 'preconditionFailed' });
  }
  async update<E>(
    _: SeriesLocation,
    apply: (latest: SeriesDocument) => Result<SeriesDocument, E>,
  ): Promise<Result<StoredSeries & { attempts: number }, Failure | E>> {
    const r = apply(this.doc);
    if (!r.ok) return r;
    this.doc = r.value;
    this.writes += 1;
    return ok({ doc: this.doc, location, etag: String(this.writes), attempts: 1 });
  }
  async archive(): Promise<Outcome<{ readonly file: string }>> {
    return err({ kind: 'forbidden' });
  }
  async loadArchive(): Promise<Outcome<SeriesDocument | null>> {
    return ok(null);
  }
}
