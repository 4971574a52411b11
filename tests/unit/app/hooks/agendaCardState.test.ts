// Each card in My meetings says where its agenda stands (issue #16).
import { agendaCardState } from '../../../../src/app/hooks/agendaCardState';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { OCC, act, adele, ben, close, emptyDoc, propose, topic, vote } from '../agenda/agendaFixture';

const state = (d: SeriesDocument) => agendaCardState(d, OCC, 60);
const run = (d: SeriesDocument, command: 'start' | 'finish') =>
  act(d, adele, { kind: 'runAgenda', occurrence: OCC, command, meetingMinutes: 60 });

describe('agendaCardState', () => {
  it('no topics, then voting open with the count of topics to vote on', () => {
    expect(state(emptyDoc())).toEqual({ label: 'No topics yet', tone: 'open' });
    const one = propose(emptyDoc(), 'a', ben, topic('Hiring'));
    expect(state(one)).toEqual({ label: 'Voting open · 1 topic', tone: 'open' });
    expect(state(propose(one, 'b', adele, topic('Offsite'))).label).toBe('Voting open · 2 topics');
  });

  it('agreed: how many topics made the agenda; then in progress and finished', () => {
    let d = propose(propose(emptyDoc(), 'a', ben, topic('Hiring')), 'b', adele, topic('Offsite'));
    d = close(vote(d, ben, { a: 2 }));
    expect(state(d).tone).toBe('agreed');
    expect(state(d).label).toMatch(/^Agenda agreed · \d+ topics?$/);
    expect(state(run(d, 'start'))).toEqual({ label: 'In progress', tone: 'agreed' });
    expect(state(run(run(d, 'start'), 'finish'))).toEqual({ label: 'Finished', tone: 'done' });
  });
});
