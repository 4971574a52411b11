import { groupId } from '../../../src/domain/ids';
import type { Team } from '../../../src/domain/meetings/meeting';
import { InMemorySeriesStore } from '../../fakes/InMemorySeriesStore';
import { describeSeriesDocumentStoreContract } from './describeSeriesDocumentStoreContract';

const teams: readonly Team[] = [
  { id: groupId('0b8f6c2a-3d4e-4f51-8a7b-9c0d1e2f3a4b'), displayName: 'Leadership Team' },
  { id: groupId('7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918'), displayName: 'Product Council' },
];

describeSeriesDocumentStoreContract('InMemorySeriesStore (tests/fakes)', async () => {
  const store = new InMemorySeriesStore();
  return {
    store,
    teams,
    plantRaw: (team, key, text) => store.plantRaw(team, key, text),
    readRaw: (team, key) => store.readRaw(team, key),
  };
});
