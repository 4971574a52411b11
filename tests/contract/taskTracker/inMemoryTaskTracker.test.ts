import { groupId, userId } from '../../../src/domain/ids';
import { InMemoryTaskTracker } from '../../fakes/InMemoryTaskTracker';
import { describeTaskTrackerContract } from './describeTaskTrackerContract';

describeTaskTrackerContract('in-memory fake', async () => {
  const members = [userId('u-avery'), userId('u-sam')];
  const tracker = new InMemoryTaskTracker({ 'g-lead': 'plan-lead' }, members);
  return {
    tracker,
    groupId: groupId('g-lead'),
    members,
    dropNextRecording: async () => tracker.dropNextRecording(),
    addManualTask: async (bucket, title) => tracker.addManualTask(bucket, title),
    outsider: userId('u-outsider'),
  };
});
