// Publishing while voting is open (issue #16 "Truthful labels"): the tallies are hidden until voting closes, so the
// invitation must not carry the order they make. It lists the proposals in the order they were proposed, without
// numbers or time boxes, and says until when voting is open; once voting closes, the agreed agenda replaces it.
import { renderAgendaBlock, agendaRevision } from '../../../../src/domain/publish/agendaBlock';
import { agendaBlockInputOf } from '../../../../src/domain/publish/agendaBlockFromSeries';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { OCC, adele, ben, close, cy, emptyDoc, propose, topic, vote } from '../../app/agenda/agendaFixture';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

const sources = (doc: SeriesDocument) => ({
  doc,
  occurrence: OCC,
  meetingMinutes: 60,
  meetingTitle: 'Leadership weekly',
  occurrenceLabel: 'Monday, March 10, 2025',
  roles: [],
  commitments: [],
  appUrl: 'https://teams.microsoft.com/l/entity/x',
  votingClosesLabel: 'Monday, March 10 at 9:00 AM',
});

function openVote(): SeriesDocument {
  // Proposed in this order; the votes put the last one first and the first one last.
  let d = propose(emptyDoc(), 'offsite', ben, topic('Offsite venue', 20, 'decide'));
  d = propose(d, 'budget', cy, topic('Budget review', 30));
  d = propose(d, 'hiring', adele, topic('Hiring plan', 25));
  d = vote(d, ben, { hiring: 2 });
  d = vote(d, adele, { hiring: 2 });
  return vote(d, cy, { hiring: 2, budget: 1 });
}

describe('the invite block while voting is open', () => {
  it('lists the proposals in the order they were proposed, not the hidden ranking, with when voting closes', () => {
    const input = agendaBlockInputOf(sources(openVote()), EN.agendaBlock);
    expect(input.boulders).toEqual([]);
    expect(input.parked).toEqual([]);
    expect(input.votingOpen).toEqual({
      closes: 'Monday, March 10 at 9:00 AM',
      proposals: [
        { title: 'Offsite venue', ownerName: 'Ben', outcome: 'decide', deferredCount: 0 },
        { title: 'Budget review', ownerName: 'Cy', outcome: 'discuss', deferredCount: 0 },
        { title: 'Hiring plan', ownerName: 'Adele Vance', outcome: 'discuss', deferredCount: 0 },
      ],
    });
    const html = renderAgendaBlock(input, EN.agendaBlock);
    expect(html).toContain('<b>Proposed topics</b>');
    expect(html).toContain('Voting is open until Monday, March 10 at 9:00 AM.');
    expect(html).not.toContain('<b>Agenda</b>');
    expect(html).not.toContain('<b>Parking lot</b>');
    // No rank numbers and no time boxes.
    expect(html).not.toMatch(/>\s*1\.\s*</);
    expect(html).not.toMatch(/\d&#160;min/);
    const at = (t: string) => html.indexOf(t);
    expect(at('Offsite venue')).toBeLessThan(at('Budget review'));
    expect(at('Budget review')).toBeLessThan(at('Hiring plan'));
  });

  it('once voting closes, the agreed agenda is numbered in vote order, and the block changes (a new revision)', () => {
    const open = agendaBlockInputOf(sources(openVote()), EN.agendaBlock);
    const closed = agendaBlockInputOf(sources(close(openVote())), EN.agendaBlock);
    expect(closed.votingOpen).toBeUndefined();
    expect(closed.boulders.map((b) => b.title)[0]).toBe('Hiring plan');
    const html = renderAgendaBlock(closed, EN.agendaBlock);
    expect(html).toContain('<b>Agenda</b>');
    expect(html).not.toContain('Proposed topics');
    expect(agendaRevision(closed, EN.agendaBlock)).not.toBe(agendaRevision(open, EN.agendaBlock));
  });
});
