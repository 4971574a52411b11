// The live loop of useAgenda (issue #15): another person's change shows within 5 s with no click, an unchanged file
// changes nothing on screen (no re-render of a running countdown), a hidden page reads nothing and reads at once when
// it shows again, and a throttled poll waits at least as long as Retry-After without alarming anyone.
// Jest's fake timers drive the loop; setImmediate stays real so promises and React can settle between steps.
import { lookUpFrom } from '../../../fakes/lookUpFrom';
import '../installFakeDom';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppServices } from '../../../../src/app/AppServices';
import { FAST_POLL_MS, VISIBLE_POLL_MS } from '../../../../src/app/hooks/decidePollDelay';
import { NO_CAPACITIES, useAgenda, type AgendaRequest } from '../../../../src/app/hooks/useAgenda';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { DirectoryUser, Team } from '../../../../src/domain/meetings/meeting';
import { ok, type Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { emptySeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { KnownVersion, Outcome, SeriesLocation, StoredSeries } from '../../../../src/usecases/ports';
import { aMeeting } from '../../../builders/aMeeting';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { FakeEvent, fakeDocument } from '../installFakeDom';

const KEY = seriesKey('S-live');
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
const adele: Actor = {
  id: ADELE.id,
  name: ADELE.displayName,
  email: ADELE.mail,
  isOrganizer: true,
  isFacilitator: true,
  isTimekeeper: true,
  isNoteTaker: false,
};

const value = <T,>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};

/** Counts the conditional reads. */
class CountingStore extends InMemorySeriesStore {
  /** The view's conditional reads (a write's own re-read inside update() carries no version). */
  conditional = 0;
  override async load(location: SeriesLocation, known?: KnownVersion): Promise<Outcome<StoredSeries>> {
    if (known) this.conditional++;
    return super.load(location, known);
  }
}

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const u of unmounts.splice(0)) act(u);
  fakeDocument.visibilityState = 'hidden';
  fakeDocument.focused = false;
  jest.useRealTimers();
});

const settle = async () => {
  for (let i = 0; i < 30; i++) await act(async () => new Promise((resolve) => setImmediate(resolve)));
};
/** Moves the clock in 250 ms steps, letting each poll answer (and schedule the next) before going on. */
const advance = async (ms: number) => {
  for (let t = 0; t < ms; t += 250) {
    await act(async () => {
      jest.advanceTimersByTime(Math.min(250, ms - t));
    });
    await settle();
  }
};

async function mount() {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  fakeDocument.visibilityState = 'visible';
  const store = new CountingStore({ now: () => Date.parse('2025-03-09T12:00:00Z') });
  value(await store.create(TEAM, emptySeriesDocument(KEY, 'Leadership weekly')));
  const first = value(await store.find(KEY, [TEAM], { creatorIds: ['adele'], creatorNames: [] })).stored;
  if (!first) throw new Error('setup: not found');
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
    now: () => Date.now(),
    newId: () => 'id-1',
  } as unknown as AppServices; // Only what the agenda needs; nothing else is called.
  const loadServices = async () => services;
  let latest: AgendaRequest | undefined;
  let renders = 0;
  function Probe() {
    latest = useAgenda(loadServices, meeting, NO_CAPACITIES);
    renders++;
    return null;
  }
  const root = createRoot(fakeDocument.createElement('div') as unknown as Element);
  unmounts.push(() => root.unmount());
  await act(async () => root.render(<Probe />));
  for (let i = 0; i < 200 && !latest?.ctx?.stored; i++) await settle();
  const request = () => {
    if (!latest) throw new Error('not rendered');
    return latest;
  };
  /** Adele, on another client, writes an intent to the file. */
  const adeleDoes = async (intent: Parameters<typeof applyIntent>[1], at = 1_000) =>
    value(await store.update(first.location, (d) => applyIntent(d, intent, adele, at)));
  store.conditional = 0;
  return { store, request, adeleDoes, renders: () => renders };
}

const topic = { title: 'Hiring', why: '', outcome: 'discuss', estimateMinutes: 15 } as const;

describe('useAgenda: live without a click', () => {
  it('a visible view shows another person’s proposal within one visible interval (< 5 s), no click', async () => {
    const ui = await mount();
    await ui.adeleDoes({ kind: 'proposeTopic', id: 'a', occurrence: OCC, input: topic });
    expect(ui.request().ctx?.stored?.doc.proposals['a']).toBeUndefined();
    await advance(VISIBLE_POLL_MS);
    expect(ui.request().ctx?.stored?.doc.proposals['a']).toBeDefined();
    expect(ui.store.conditional).toBe(1);
  });

  it('an unchanged file changes nothing on screen: same document, no re-render', async () => {
    const ui = await mount();
    const shown = ui.request().ctx?.stored;
    const renders = ui.renders();
    await advance(VISIBLE_POLL_MS * 5);
    expect(ui.store.conditional).toBe(5);
    expect(ui.request().ctx?.stored).toBe(shown);
    expect(ui.renders()).toBe(renders);
  });

  it('polls fast while the meeting runs', async () => {
    const ui = await mount();
    await ui.adeleDoes({ kind: 'proposeTopic', id: 'a', occurrence: OCC, input: topic });
    await ui.adeleDoes({ kind: 'runAgenda', occurrence: OCC, command: 'start', meetingMinutes: 60 });
    await advance(VISIBLE_POLL_MS);
    expect(ui.request().ctx?.stored?.doc.occurrences[OCC]?.run?.value.status).toBe('running');
    const before = ui.store.conditional;
    await advance(FAST_POLL_MS * 3);
    expect(ui.store.conditional - before).toBe(3);
  });

  it('a hidden page reads nothing, and reads at once when it shows again', async () => {
    const ui = await mount();
    fakeDocument.visibilityState = 'hidden';
    await act(async () => fakeDocument.dispatchEvent(new FakeEvent('visibilitychange')));
    await settle();
    const afterHide = ui.store.conditional;
    // Nothing is scheduled while hidden: ten minutes pass in one jump.
    await act(async () => {
      jest.advanceTimersByTime(10 * 60_000);
    });
    await settle();
    expect(ui.store.conditional).toBe(afterHide);
    await ui.adeleDoes({ kind: 'proposeTopic', id: 'b', occurrence: OCC, input: topic });
    fakeDocument.visibilityState = 'visible';
    await act(async () => fakeDocument.dispatchEvent(new FakeEvent('visibilitychange')));
    await settle();
    expect(ui.store.conditional).toBe(afterHide + 1);
    expect(ui.request().ctx?.stored?.doc.proposals['b']).toBeDefined();
  });

  it('a throttled poll waits at least Retry-After and shows nothing alarming', async () => {
    const ui = await mount();
    ui.store.failWith({ kind: 'throttled', status: 429, code: 'TooManyRequests', retryAfterMs: 45_000 });
    await advance(VISIBLE_POLL_MS);
    expect(ui.store.conditional).toBe(1);
    expect(ui.request().refreshFailure).toBeUndefined();
    await advance(44_000);
    expect(ui.store.conditional).toBe(1);
    ui.store.failWith(undefined);
    await ui.adeleDoes({ kind: 'proposeTopic', id: 'c', occurrence: OCC, input: topic });
    await advance(1_000);
    expect(ui.store.conditional).toBe(2);
    expect(ui.request().ctx?.stored?.doc.proposals['c']).toBeDefined();
    expect(ui.request().refreshFailure).toBeUndefined();
  });
});
