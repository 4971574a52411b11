// useAgenda keeps one agenda fresh while the user writes to it. Its rule for answers that cross (a background re-read
// and the user's own write): what is shown must never go back to a version without the user's acknowledged write.
// The hook is mounted with react-dom/client on a minimal DOM (installFakeDom) over the honest in-memory store.
import { lookUpFrom } from '../../../fakes/lookUpFrom';
import '../installFakeDom';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppServices } from '../../../../src/app/AppServices';
import { NO_CAPACITIES, useAgenda, type AgendaRequest } from '../../../../src/app/hooks/useAgenda';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { DirectoryUser, Team } from '../../../../src/domain/meetings/meeting';
import { ok, type Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type {
  Failure,
  KnownVersion,
  Outcome,
  SeriesLocation,
  StoredSeries,
} from '../../../../src/usecases/ports';
import { aMeeting } from '../../../builders/aMeeting';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { fakeDocument } from '../installFakeDom';

const KEY = seriesKey('S1');
const TEAM: Team = { id: groupId('g1'), displayName: 'Leadership' };
const user = (id: string, name: string): DirectoryUser => ({
  id: userId(id),
  displayName: name,
  mail: `${id}@contoso.example`,
  userPrincipalName: `${id}@contoso.example`,
});
const ADELE = user('adele', 'Adele Vance');
const BEN = user('ben', 'Ben Ito');
const meeting = aMeeting({
  start: '2025-03-10T09:00:00Z',
  end: '2025-03-10T10:00:00Z',
  organizer: { name: ADELE.displayName, email: ADELE.mail },
});
const OCC = occurrenceKey('2025-03-10T09:00:00.000Z');

const value = <T,>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};

/** A gate a test closes to hold answers, and opens to let them through. */
class Gate {
  private closed: Promise<void> | undefined;
  private release: (() => void) | undefined;
  hold(): void {
    this.closed = new Promise((resolve) => (this.release = resolve));
  }
  open(): void {
    this.release?.();
    this.closed = undefined;
  }
  pass(): Promise<void> | undefined {
    return this.closed;
  }
}

/**
 * The in-memory store with held answers: a held write has not reached the file yet; a held read has read the file
 * (as it was when asked) and its answer is still on the way.
 */
class GatedStore extends InMemorySeriesStore {
  readonly writes$ = new Gate();
  readonly reads$ = new Gate();
  override async load(location: SeriesLocation): Promise<Outcome<StoredSeries>> {
    const r = await super.load(location);
    await this.reads$.pass();
    return r;
  }
  override async update<E>(
    location: SeriesLocation,
    apply: (latest: SeriesDocument) => Result<SeriesDocument, E>,
    known?: KnownVersion,
  ): Promise<Result<StoredSeries & { readonly attempts: number }, Failure | E>> {
    await this.writes$.pass();
    return super.update(location, apply, known);
  }
}

const unmounts: (() => void)[] = [];
afterEach(() => {
  // Unmounting stops the hook's 30 s refresh timer, even after a failed expectation.
  for (const u of unmounts.splice(0)) act(u);
});

async function mount() {
  const store = new GatedStore({ now: () => Date.parse('2025-03-09T12:00:00Z') });
  value(await store.create(TEAM, emptySeriesDocument(KEY, 'Leadership weekly')));
  // A topic to vote on, proposed from Adele's client.
  const first = value(await store.find(KEY, [TEAM], { creatorIds: ['adele'], creatorNames: [] })).stored;
  if (!first) throw new Error('setup: not found');
  const adele: Actor = {
    id: ADELE.id,
    name: ADELE.displayName,
    email: ADELE.mail,
    isOrganizer: true,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
  const topic = { title: 'Hiring', why: '', outcome: 'discuss', estimateMinutes: 15 } as const;
  value(
    await store.update(first.location, (d) =>
      applyIntent(d, { kind: 'proposeTopic', id: 'a', occurrence: OCC, input: topic }, adele, 1_000),
    ),
  );
  let clock = Date.parse('2025-03-09T12:00:00Z');
  const services = {
    agenda: {
      series: { resolveSeries: async () => ok({ seriesKey: KEY, title: 'Leadership weekly' }) },
      teams: { listJoinedTeams: async () => ok([TEAM]) },
      directory: {
        me: async () => ok(BEN),
        resolveEmails: async () => ok(new Map([[ADELE.mail, ADELE]])),
        lookUp: lookUpFrom(async () => ok(new Map([[ADELE.mail, ADELE]]))),
      },
      store,
    },
    now: () => (clock += 1_000),
    newId: () => 'id-1',
  } as unknown as AppServices; // Only what the agenda needs; nothing else is called.
  const loadServices = async () => services;

  let latest: AgendaRequest | undefined;
  function Probe() {
    latest = useAgenda(loadServices, meeting, NO_CAPACITIES);
    return null;
  }
  const container = fakeDocument.createElement('div');
  const root = createRoot(container as unknown as Element);
  unmounts.push(() => root.unmount());
  await act(async () => root.render(<Probe />));
  // Let openAgenda's round trips finish, however many turns of the event loop they take: bounded by time, not by a
  // count of turns, which a loaded machine could exhaust before the agenda opened (the writes then met "still loading").
  const opening = Date.now();
  while (!latest?.ctx?.stored && Date.now() - opening < 10_000)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  if (!latest?.ctx?.stored) throw new Error('setup: the agenda did not open within 10 s');
  const request = () => {
    if (!latest) throw new Error('not rendered');
    return latest;
  };
  const shownBallot = () => request().ctx?.stored?.doc.occurrences[OCC]?.ballots['ben']?.value;
  /** Lets every pending answer arrive. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await act(async () => new Promise((resolve) => setImmediate(resolve)));
  };
  return { store, request, shownBallot, settle };
}

describe('useAgenda: a re-read and the user’s own write crossing', () => {
  it('a re-read started before a write and answered after it does not undo the write on screen', async () => {
    const ui = await mount();
    expect(ui.request().ctx?.stored).not.toBeNull();
    // The re-read reads the file first; its answer is still on the way when the write lands.
    ui.store.reads$.hold();
    await act(async () => ui.request().refresh());
    let written: Result<void, unknown> | undefined;
    await act(async () => {
      written = await ui.request().dispatch({ kind: 'castBallot', occurrence: OCC, dots: { a: 2 } });
    });
    expect(written).toEqual(ok(undefined));
    expect(ui.shownBallot()).toEqual({ a: 2 });
    ui.store.reads$.open();
    await ui.settle();
    expect(ui.shownBallot()).toEqual({ a: 2 });
  });

  it('a re-read started while the write is on its way and answered first does not hide the acknowledged write', async () => {
    const ui = await mount();
    ui.store.writes$.hold();
    let written: Result<void, unknown> | undefined;
    await act(async () => {
      void ui
        .request()
        .dispatch({ kind: 'castBallot', occurrence: OCC, dots: { a: 2 } })
        .then((r) => (written = r));
    });
    // A focus or the 30 s timer re-reads while the PUT is on its way: the store answers with the version before it.
    await act(async () => ui.request().refresh());
    await ui.settle();
    expect(ui.shownBallot()).toBeUndefined();

    ui.store.writes$.open();
    await ui.settle();
    expect(written).toEqual(ok(undefined));
    // The write was acknowledged ("Your dots are saved."): the view must show it, not the older re-read.
    const location = ui.request().ctx?.stored?.location;
    if (!location) throw new Error('no document');
    expect(value(await ui.store.load(location)).doc.occurrences[OCC]?.ballots['ben']?.value).toEqual({
      a: 2,
    });
    expect(ui.shownBallot()).toEqual({ a: 2 });
  });
});
