import { groupId } from '../../../src/domain/ids';
import type { Team } from '../../../src/domain/meetings/meeting';
import { InMemorySeriesStore } from '../../fakes/InMemorySeriesStore';
import { describeSeriesDocumentStoreContract } from './describeSeriesDocumentStoreContract';

const teams: readonly Team[] = [
  { id: groupId('0b8f6c2a-3d4e-4f51-8a7b-9c0d1e2f3a4b'), displayName: 'Leadership Team' },
  { id: groupId('7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918'), displayName: 'Product Council' },
];

describeSeriesDocumentStoreContract('InMemorySeriesStore (tests/fakes)', async () => {
  const me = { id: 'adele', name: 'Adele Vance' };
  const someoneElse = { id: 'mallory', name: 'Mallory Planter' };
  const store = new InMemorySeriesStore({ user: me });
  return {
    store,
    teams,
    me,
    someoneElse,
    plantRaw: (team, key, text, by = 'me') =>
      store.plantRaw(team, key, text, by === 'someoneElse' ? someoneElse : me),
    readRaw: (team, key) => store.readRaw(team, key),
  };
});
