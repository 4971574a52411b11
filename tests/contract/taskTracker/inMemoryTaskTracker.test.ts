import { groupId, userId } from '../../../src/domain/ids';
import { InMemoryTaskTracker } from '../../fakes/InMemoryTaskTracker';
import { describeTaskTrackerContract } from './describeTaskTrackerContract';

describeTaskTrackerContract('in-memory fake', async () => {
  const members = [userId('u-avery'), userId('u-sam')];
  const tracker = new InMemoryTaskTracker(
    {
      'g-lead': [
        { id: 'plan-offsite', title: 'Offsite 2026', createdDateTime: '2026-01-10T09:00:00Z' },
        { id: 'plan-lead', title: 'Leadership Team', createdDateTime: '2025-03-01T09:00:00Z' },
      ],
    },
    members,
  );
  return {
    tracker,
    groupId: groupId('g-lead'),
    members,
    dropNextRecording: async () => tracker.dropNextRecording(),
    addManualTask: async (bucket, title) => tracker.addManualTask(bucket, title),
    outsider: userId('u-outsider'),
  };
});
