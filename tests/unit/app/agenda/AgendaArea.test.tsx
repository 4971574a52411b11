// Server-rendered markup checks the browser-test contract (landmarks, labels, wording); behaviour is e2e's job.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { ok } from '../../../../src/domain/result';
import { AgendaArea } from '../../../../src/app/views/agenda/AgendaArea';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import { adele, ben, close, contextFor, cy, emptyDoc, person, propose, topic, vote } from './agendaFixture';

const request = {
  dispatch: async () => ok(undefined),
  link: async () => ok(undefined),
  newId: () => 'id-1',
};
const render = (ctx: AgendaContext, actor: Actor) =>
  renderToStaticMarkup(
    <FluentProvider theme={teamsLightTheme}>
      <AgendaArea ctx={ctx} request={request} actor={actor} />
    </FluentProvider>,
  ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');

const doc = () => {
  let d = propose(emptyDoc(), 'a', ben, topic('<b>Hiring</b> & plan', 30));
  d = propose(d, 'b', cy, topic('Budget', 30));
  return vote(d, cy, { b: 2 });
};

describe('AgendaArea', () => {
  it('while open: Propose and Vote regions, dot buttons named after the topic, dots left, no tallies', () => {
    const html = render(contextFor(doc(), ben), ben);
    expect(html).toMatch(/<section aria-labelledby="[^"]+"[^>]*><h2[^>]*>Agenda<\/h2>/);
    expect(html).toContain('>Propose a topic</h3>');
    expect(html).toContain('>Vote</h3>');
    expect(html).toContain('Dots left: 3 of 3');
    expect(html).toContain('1 person has voted');
    expect(html).toContain('aria-label="Add a dot to &lt;b&gt;Hiring&lt;/b&gt; &amp; plan"');
    expect(html).toContain('aria-label="Remove a dot from Budget"');
    expect(html).toContain('Save my votes');
    expect(html).toContain('Why it matters — what happens if we don&#x27;t address this together');
    expect(html).toContain('0 of 200 characters');
    // Attendee text is escaped, never markup.
    expect(html).not.toContain('<b>Hiring</b>');
    expect(html).not.toMatch(/dots? from \d/);
    expect(html).not.toContain('Close voting');
  });

  it('offers the organizer the voting and settings controls', () => {
    const html = render(contextFor(doc(), adele), adele);
    expect(html).toContain('>Close voting<');
    expect(html).toContain('>Settings<');
    expect(html).toContain('Merge into…');
  });

  it('once closed: Boulders and Parking lot lists with time boxes and tallies', () => {
    let d = propose(doc(), 'c', adele, topic('Offsite', 10));
    d = propose(d, 'd', adele, topic('Tooling', 10));
    const html = render(contextFor(close(d), ben), ben);
    expect(html).toContain('aria-label="Boulders"');
    expect(html).toContain('aria-label="Parking lot"');
    expect(html).toContain('0:10 · 19 min');
    expect(html).toContain('2 dots from 1 person');
    expect(html).toContain('Estimates total 70 min; scaled to fit 45 min.');
    expect(html).toMatch(/aria-label="Parking lot"[\s\S]*0 dots[\s\S]*Tooling/);
    expect(html).toContain('Total 60 min');
  });

  it('once closed: says who closed it; only the organizer is offered "Reopen voting…"', () => {
    const d = close(doc());
    const asOrganizer = render(contextFor(d, adele), adele);
    expect(asOrganizer).toContain('>Reopen voting…<');
    expect(asOrganizer).not.toContain('>Close voting<');
    expect(asOrganizer).toContain('Voting closed by Adele Vance on ');
    const asFacilitator = person('cy', { isFacilitator: true });
    expect(render(contextFor(d, asFacilitator), asFacilitator)).not.toContain('Reopen voting');
    expect(render(contextFor(d, ben), ben)).not.toContain('Reopen voting');
    // A topic proposed after closing is listed apart, not slipped into the frozen agenda.
    const late = render(contextFor(propose(d, 'z', cy, topic('Came in late')), ben), ben);
    expect(late).toMatch(/Proposed after voting closed[\s\S]*Came in late/);
    expect(late).not.toMatch(/aria-label="Boulders"[\s\S]*Came in late[\s\S]*aria-label="Parking lot"/);
  });

  it('warns about a planted copy, and shows the file’s repairs to the organizer only', () => {
    const untrusted = [{ teamName: 'Sales', createdByName: 'Mallory' }];
    const planted = render({ ...contextFor(doc(), ben), untrusted }, ben);
    expect(planted).toContain('A copy of this agenda was not used');
    expect(planted).toContain('“Sales” (created by Mallory)');

    const d = doc();
    const damaged = {
      ...d,
      healthLog: {
        h1: { firstSeen: Date.UTC(2025, 2, 9), lines: ['1 ballot was set aside: over the budget.'] },
      },
    };
    const asOrganizer = render(contextFor(damaged, adele), adele);
    expect(asOrganizer).toContain('The agenda file needed repair');
    expect(asOrganizer).toContain('1 ballot was set aside: over the budget.');
    expect(asOrganizer).toContain('>Dismiss<');
    expect(render(contextFor(damaged, ben), ben)).not.toContain('needed repair');
  });

  it('tells an attendee how linking works when there is no document', () => {
    expect(render(contextFor(null, ben), ben)).toContain(
      'No agenda yet for this series. Adele Vance links it to a team',
    );
    expect(render(contextFor(null, adele), adele)).toContain('Link this series to a team');
  });
});
