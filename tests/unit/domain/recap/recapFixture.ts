// A closed meeting with four topics (three boulders, one parked), a decision, a topic not reached and two actions,
// one of them recorded to Planner: what a recap and the invite block's decisions are built from.
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { stamped } from '../../../../src/domain/series/lww';
import {
  act,
  adele,
  ben,
  close,
  cy,
  emptyDoc,
  OCC,
  propose,
  topic,
  vote,
} from '../../app/agenda/agendaFixture';

export function closedMeeting(decisionText = 'Ship the pilot in May', holder = 'Ben'): SeriesDocument {
  let d = emptyDoc();
  d = propose(d, 'A', ben, topic('Pilot scope', 20, 'decide'));
  d = propose(d, 'B', cy, topic('Hiring plan', 20));
  d = propose(d, 'C', cy, topic('Offsite', 10));
  d = propose(d, 'D', ben, topic('Budget', 10));
  d = vote(d, ben, { A: 2, B: 1 });
  d = vote(d, cy, { B: 1, C: 2 });
  d = close(d);
  d = act(d, adele, {
    kind: 'recordDecision',
    occurrence: OCC,
    topicId: 'A',
    decision: { text: decisionText, holder },
  });
  d = act(d, adele, { kind: 'setTopicStatus', occurrence: OCC, topicId: 'C', status: 'notReached' });
  d = act(d, adele, {
    kind: 'captureAction',
    input: {
      id: 'x1',
      occurrence: OCC,
      title: 'Draft pilot plan',
      owner: { email: 'ben@x', name: 'Ben' },
      due: '2025-03-20',
      how: 'assigned',
    },
  });
  d = act(d, adele, {
    kind: 'captureAction',
    input: {
      id: 'x2',
      occurrence: OCC,
      title: 'Book venue',
      owner: { email: 'cy@x', name: 'Cy' },
      how: 'assigned',
    },
  });
  const x1 = d.actions['x1']!;
  return {
    ...d,
    actions: {
      ...d.actions,
      x1: { ...x1, planner: stamped({ taskId: 'task-1', bucketId: 'b', planId: 'p' }, x1.title) },
    },
  };
}
