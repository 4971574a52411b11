// Which landed intents make nudges due (issue #15: "sent by whoever's action makes them due: closing and opening
// voting, publishing, recording"), and an organizer's role assignment, which tells the person (issue #16). Publishing and recording are not series intents (they write the invitation and
// Planner); their use-cases name their trigger themselves.
import type { SeriesIntent } from '../series/seriesIntent';
import type { NudgeTrigger } from './nudgeTypes';

export function nudgeTriggerOf(intent: SeriesIntent): NudgeTrigger | null {
  switch (intent.kind) {
    case 'closeVoting':
      return 'votingClosed';
    case 'reopenVoting':
      return 'votingOpened';
    case 'assignRole':
      return 'roleAssigned';
    case 'requestRoleSwap':
      return 'roleRequested';
    default:
      return null;
  }
}
