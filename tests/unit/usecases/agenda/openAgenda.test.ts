// openAgenda: two sequential round trips (DESIGN.md "Discovery"), and the file that counts is the organizer's
// (DESIGN.md "Trust in the file"). The store is the honest fake, which records who created each file.
import { lookUpFrom } from '../../../fakes/lookUpFrom';
import { groupId, seriesKey, userId } from '../../../../src/domain/ids';
import type { DirectoryUser, Meeting, Team } from '../../../../src/domain/meetings/meeting';
import { err, ok } from '../../../../src/domain/result';
import { emptySeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { openAgenda, type OpenAgendaDeps } from '../../../../src/usecases/agenda/openAgenda';
import type { Directory, Failure, Outcome, SeriesTrust } from '../../../../src/usecases/ports';
import { aMeeting } from '../../../builders/aMeeting';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';

const KEY = seriesKey('S1');
// The real team's id sorts after the one where a copy was planted.
const REAL: Team = { id: groupId('g-real'), displayName: 'Leadership' };
const LOWER: Team = { id: groupId('a-other'), displayName: 'All company' };
const ADELE: DirectoryUser = {
  id: userId('adele'),
  displayName: 'Adele Vance',
  mail: 'adele@contoso.example',
  userPrincipalName: 'adele@contoso.example',
};
const BEN: DirectoryUser = {
  id: userId('ben'),
  displayName: 'Ben Ito',
  mail: 'ben@contoso.example',
  userPrincipalName: 'ben@contoso.example',
};
const MALLORY = { id: 'mallory', name: 'Mallory Planter' };
const meeting = (isOrganizer: boolean): Meeting =>
  // A single meeting's series key is its own iCalUId (createSeriesResolver), which openAgenda now relies on.
  aMeeting({
    isOrganizer,
    iCalUId: KEY,
    organizer: { name: 'Adele Vance', email: 'Adele@Contoso.example' },
  });

/**
 * Everything the first round asks for. Each call takes a turn of the event loop to answer, as a request would, and
 * `rounds.maxInFlight` records how many were on their way at once.
 */
function setup(me: DirectoryUser, lookup: () => Outcome<ReadonlyMap<string, DirectoryUser | null>>) {
  const log: string[] = [];
  const rounds = { inFlight: 0, maxInFlight: 0 };
  const call = async <T>(name: string, answer: () => T): Promise<T> => {
    log.push(name);
    rounds.inFlight += 1;
    rounds.maxInFlight = Math.max(rounds.maxInFlight, rounds.inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    rounds.inFlight -= 1;
    return answer();
  };
  const store = new InMemorySeriesStore();
  const find = jest.spyOn(store, 'find');
  const resolveEmails: Directory['resolveEmails'] = (emails) => call(`resolve ${emails.join(',')}`, lookup);
  const directory: Directory = {
    me: () => call('me', () => ok(me)),
    resolveEmails,
    lookUp: lookUpFrom(resolveEmails),
  };
  const deps: OpenAgendaDeps = {
    series: {
      resolveSeries: () => call('series', () => ok({ seriesKey: KEY, title: 'Leadership weekly' })),
    },
    teams: {
      listJoinedTeams: () => call('teams', () => ok([REAL, LOWER])),
    },
    directory,
    store,
  };
  const trustOf = (): SeriesTrust => {
    const call = find.mock.calls[0];
    if (!call) throw new Error('find was not called');
    return call[2];
  };
  return { deps, store, log, rounds, find, trustOf };
}

/** The organizer linked REAL; Mallory planted a same-named file in LOWER, a team whose id sorts first. */
async function linkedAndPlanted(store: InMemorySeriesStore) {
  await store.plantRaw(REAL, KEY, JSON.stringify(emptySeriesDocument(KEY, 'Real')), {
    id: 'adele',
    name: 'Adele Vance',
  });
  await store.plantRaw(LOWER, KEY, JSON.stringify(emptySeriesDocument(KEY, 'Planted')), MALLORY);
}

const resolved = (user: DirectoryUser | null) => () =>
  ok(new Map<string, DirectoryUser | null>([['Adele@Contoso.example', user]]));

describe('openAgenda', () => {
  it('an attendee looks the organizer up in the first round, then trusts only the file the organizer created', async () => {
    const { deps, store, log, rounds, find, trustOf } = setup(BEN, resolved(ADELE));
    await linkedAndPlanted(store);

    const r = await openAgenda(deps, meeting(false));

    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // One parallel round (series, teams, me and every invitee's account, the organizer's among them), then one
    // lookup across the teams.
    expect([...log].sort()).toEqual([
      'me',
      'resolve Adele@Contoso.example,megan@contoso.example',
      'series',
      'teams',
    ]);
    expect(rounds.maxInFlight).toBe(4);
    expect(find).toHaveBeenCalledTimes(1);
    expect(trustOf().creatorIds).toEqual(['adele']);
    expect(r.value.stored?.doc.title).toBe('Real');
    expect(r.value.stored?.location.groupId).toBe(REAL.id);
    expect(r.value.untrusted).toEqual([{ teamName: 'All company', createdByName: 'Mallory Planter' }]);
  });

  it('the organizer trusts their own files whatever the directory says (the lookup is for the roles)', async () => {
    const throttled: Failure = { kind: 'throttled', status: 429, retryAfterMs: 2_000 };
    const { deps, store, trustOf } = setup(ADELE, () => err(throttled));
    await linkedAndPlanted(store);
    const r = await openAgenda(deps, meeting(true));
    expect(r.ok && r.value.stored?.doc.title).toBe('Real');
    expect(trustOf().creatorIds).toEqual(['adele']);
  });

  it('a guest, who may not look people up, falls back to the organizer’s display name', async () => {
    const forbidden: Failure = { kind: 'forbidden', status: 403, code: 'Authorization_RequestDenied' };
    const { deps, store, trustOf } = setup(BEN, () => err(forbidden));
    await linkedAndPlanted(store);
    const r = await openAgenda(deps, meeting(false));
    expect(trustOf()).toEqual({ creatorIds: [], creatorNames: ['Adele Vance'] });
    expect(r.ok && r.value.stored?.doc.title).toBe('Real');
    expect(r.ok && r.value.untrusted).toEqual([
      { teamName: 'All company', createdByName: 'Mallory Planter' },
    ]);
  });

  it('an organizer address that resolves to nobody (an X.500 DN) falls back to the display name too', async () => {
    const { deps, store, trustOf } = setup(BEN, resolved(null));
    await linkedAndPlanted(store);
    const r = await openAgenda(deps, meeting(false));
    expect(trustOf()).toEqual({ creatorIds: [], creatorNames: ['Adele Vance'] });
    expect(r.ok && r.value.stored?.doc.title).toBe('Real');
  });

  it('with only a planted copy there is no agenda, and the copy is named', async () => {
    const { deps, store } = setup(BEN, resolved(ADELE));
    await store.plantRaw(LOWER, KEY, JSON.stringify(emptySeriesDocument(KEY, 'Planted')), MALLORY);
    const r = await openAgenda(deps, meeting(false));
    expect(r.ok && r.value.stored).toBeNull();
    expect(r.ok && r.value.untrusted).toEqual([
      { teamName: 'All company', createdByName: 'Mallory Planter' },
    ]);
  });

  it('a failed lookup other than "forbidden" is answered as a failure, not read as "trust by name"', async () => {
    const throttled: Failure = { kind: 'throttled', status: 429, retryAfterMs: 2_000 };
    const { deps, store, find } = setup(BEN, () => err(throttled));
    await linkedAndPlanted(store);
    expect(await openAgenda(deps, meeting(false))).toEqual(err(throttled));
    expect(find).not.toHaveBeenCalled();
  });
});
