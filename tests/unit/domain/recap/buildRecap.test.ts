// The recap's content and HTML: decisions with holders, actions with owners, due dates and Planner links, what
// carries over, the link back, and the same escaping discipline as the invite block (XSS vectors).
import { buildRecap, recapMarker, renderRecapHtml } from '../../../../src/domain/recap/buildRecap';
import { agendaBlockInputOf } from '../../../../src/domain/publish/agendaBlockFromSeries';
import { renderAgendaBlock } from '../../../../src/domain/publish/agendaBlock';
import { XSS_VECTORS } from '../../../e2e/helpers/xssVectors';
import { OCC } from '../../app/agenda/agendaFixture';
import { closedMeeting } from './recapFixture';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

const sources = (doc = closedMeeting(), appUrl = 'https://teams.microsoft.com/l/entity/app/x?context=1') => ({
  doc,
  occurrence: OCC,
  meetingMinutes: 60,
  meetingTitle: 'Leadership weekly',
  occurrenceLabel: 'Mon 10 Mar 2025',
  appUrl,
  plannerTaskUrl: (id: string) => `https://tasks.office.com/tenant/Home/Task/${id}`,
});

describe('buildRecap', () => {
  it('holds the decisions with holders, the actions with owners, due dates and Planner links, and what carries over', () => {
    const r = buildRecap(sources(), EN.recap);
    expect(r.decisions).toEqual([{ topic: 'Pilot scope', text: 'Ship the pilot in May', holder: 'Ben' }]);
    expect(r.actions).toEqual([
      {
        title: 'Draft pilot plan',
        owners: ['Ben'],
        due: '2025-03-20',
        done: false,
        plannerUrl: 'https://tasks.office.com/tenant/Home/Task/task-1',
      },
      { title: 'Book venue', owners: ['Cy'], due: null, done: false, plannerUrl: null },
    ]);
    expect(r.carriedOver).toEqual([
      { title: 'Offsite', why: 'notReached' },
      { title: 'Budget', why: 'parked' },
    ]);
    expect(r.marker).toBe(recapMarker(closedMeeting(), OCC));
  });

  it('renders every part, the link back and the marker', () => {
    const html = renderRecapHtml(buildRecap(sources(), EN.recap), EN.recap);
    for (const part of [
      'Pilot scope',
      'held by Ben',
      'Draft pilot plan',
      'due 2025-03-20',
      'Offsite (not reached)',
      'Budget (parked)',
    ])
      expect(html).toContain(part);
    expect(html).toContain('href="https://tasks.office.com/tenant/Home/Task/task-1"');
    expect(html).toContain('Open this meeting in Roundtable');
    expect(html).toContain(recapMarker(closedMeeting(), OCC));
  });

  it.each(XSS_VECTORS)('escapes attendee text and never links an unsafe URL: %s', (vector) => {
    const html = renderRecapHtml(
      buildRecap(sources(closedMeeting(vector, vector), `javascript:alert(1)//${vector}`), EN.recap),
      EN.recap,
    );
    // Only our own tags remain once the attendee text is escaped; every link is https.
    const ours = /<\/?(p|b|i|s|ul|li|small)>|<a href="https:\/\/[^"<>]*">|<\/a>/g;
    expect(html.replace(ours, '')).not.toMatch(/[<>]/);
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).not.toContain('Open this meeting in Roundtable');
  });
});

describe('the invite block shows recorded decisions with their holders', () => {
  const block = (doc = closedMeeting()) =>
    agendaBlockInputOf(
      { ...sources(doc), roles: [], commitments: [], votingClosesLabel: 'Monday 10:00' },
      EN.agendaBlock,
    );

  it('lists each decision with its topic and holder', () => {
    expect(block().decisions).toEqual([
      { topic: 'Pilot scope', text: 'Ship the pilot in May', holder: 'Ben' },
    ]);
    const html = renderAgendaBlock(block(), EN.agendaBlock);
    expect(html).toContain('<b>Decisions</b>');
    expect(html).toContain('Ship the pilot in May &#183; held by Ben');
  });

  it.each(XSS_VECTORS)('escapes a hostile decision: %s', (vector) => {
    const html = renderAgendaBlock(block(closedMeeting(vector, vector)), EN.agendaBlock);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|\son\w+=/i);
  });
});
