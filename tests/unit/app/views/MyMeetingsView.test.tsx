// Server-rendered markup is enough to check structure and wording here (no DOM in the unit layer); behaviour in a
// real browser, axe included, is covered by the e2e suite.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DemoBanner } from '../../../../src/app/components/DemoBanner';
import type { MeetingsViewState } from '../../../../src/app/hooks/deriveMeetingsViewState';
import { MyMeetingsView } from '../../../../src/app/views/MyMeetingsView';

function render(element: ReactElement): string {
  // Drop the theme's <style> block so failures print readable markup.
  return renderToStaticMarkup(<FluentProvider theme={teamsLightTheme}>{element}</FluentProvider>).replace(
    /<style[^>]*>[\s\S]*?<\/style>/g,
    '',
  );
}

const view = (state: MeetingsViewState) => render(<MyMeetingsView state={state} onRetry={() => undefined} />);

const list: MeetingsViewState = {
  kind: 'list',
  days: [
    {
      key: '2025-03-10',
      label: 'Today, Monday, March 10',
      meetings: [
        {
          id: 'e1',
          subject: 'Weekly <sync> & planning',
          timeRange: '10:00 – 10:30 AM',
          startIso: '2025-03-10T14:00:00Z',
          whenLabel: 'Monday, March 10, 10:00 – 10:30 AM',
          organizerName: 'You',
          seriesBadge: 'Series',
          response: 'organizer',
          responseLabel: 'Organizer',
          isTeamsMeeting: true,
          attendeeCount: 3,
          attendeeLabel: '3 attendees',
          isCancelled: false,
        },
        {
          id: 'e2',
          subject: 'Canceled: Retro',
          timeRange: '1:00 – 2:00 PM',
          startIso: '2025-03-10T17:00:00Z',
          whenLabel: 'Monday, March 10, 1:00 – 2:00 PM',
          organizerName: 'Adele Vance',
          response: 'declined',
          responseLabel: 'Declined',
          isTeamsMeeting: false,
          attendeeCount: 1,
          attendeeLabel: '1 attendee',
          isCancelled: true,
        },
      ],
    },
  ],
};

describe('MyMeetingsView', () => {
  it('always has the "My meetings" heading', () => {
    expect(view({ kind: 'loading' })).toMatch(/<h1[^>]*>My meetings<\/h1>/);
  });

  it('shows a labelled spinner while loading', () => {
    const html = view({ kind: 'loading' });
    expect(html).toContain('role="progressbar"');
    expect(html).toMatch(/<label[^>]*>Loading your meetings<\/label>/);
  });

  it('says there is nothing in the next 14 days when empty', () => {
    expect(view({ kind: 'empty' })).toContain('No meetings in the next 14 days');
  });

  it('shows the failure message and a Try again button', () => {
    const html = view({ kind: 'error', failure: { kind: 'consentRequired', requestId: 'req-9' } });
    expect(html).toContain('Roundtable needs consent to read your calendar (Calendars.Read)');
    expect(html).toContain('Reference: req-9');
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
  });

  it('renders a labelled section with a heading per day and one list item per meeting', () => {
    const html = view(list);
    expect(html).toContain('<section aria-label="My meetings"');
    expect(html).toMatch(/<h2[^>]*>Today, Monday, March 10<\/h2>/);
    expect(html.match(/role="list"/g)).toHaveLength(1);
    expect(html.match(/role="listitem"/g)).toHaveLength(2);
    const items = html.split('role="listitem"').slice(1);
    // The subject is escaped, and it is in the item's text with its time, organizer and badges.
    expect(items[0]).toContain('Weekly &lt;sync&gt; &amp; planning');
    expect(items[0]).toContain('<time dateTime="2025-03-10T14:00:00Z">10:00 – 10:30 AM</time>');
    expect(items[0]).toContain('Organizer: You');
    expect(items[0]).toContain('Series');
    expect(items[0]).toContain('Teams meeting');
    expect(items[0]).toContain('3 attendees');
    expect(items[1]).toContain('Canceled: Retro');
    expect(items[1]).toContain('Cancelled');
    expect(items[1]).toContain('Declined');
    expect(items[1]).not.toContain('Teams meeting');
  });
});

describe('DemoBanner', () => {
  it('names the tenant and offers a labelled "View as" picker of its users', () => {
    const html = render(
      <DemoBanner
        tenantName="Contoso"
        users={[
          { id: '1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' },
          { id: '2', displayName: 'Adele Vance', userPrincipalName: 'adele@contoso.example' },
        ]}
        viewAs="adele@contoso.example"
        onViewAsChange={() => undefined}
      />,
    );
    expect(html).toContain('Demo tenant: Contoso');
    const label = html.match(/<label[^>]*for="([^"]+)"[^>]*>View as/);
    expect(label).not.toBeNull();
    expect(html).toContain(`<select id="${label?.[1] ?? ''}"`);
    expect(html).toMatch(/<option value="adele@contoso.example" selected="">Adele Vance<\/option>/);
    expect(html).toContain('<option value="megan@contoso.example">Megan Bowen</option>');
  });

  it('an account without a mailbox here (a guest) reads what it can and can’t do, not an error to retry', () => {
    const html = view({
      kind: 'error',
      failure: { kind: 'notFound', status: 404, code: 'MailboxNotEnabledForRESTAPI' },
    });
    expect(html).toContain('Your meetings can’t be listed in this organization');
    expect(html).toContain('guest accounts from another organization don’t');
    expect(html).toContain('What you can do here');
    expect(html).toContain('What needs an account in this organization');
    expect(html).not.toContain('Try again');
    expect(html).not.toContain('deleted or moved');
  });

  it('offers the last 4 weeks under "Earlier meetings", and lists them newest first once read', () => {
    const onShowPast = () => undefined;
    const offered = render(<MyMeetingsView state={list} onRetry={() => undefined} onShowPast={onShowPast} />);
    expect(offered).toContain('Earlier meetings');
    expect(offered).toContain('Show the last 4 weeks');
    const day = list.kind === 'list' ? list.days[0] : undefined;
    if (!day) throw new Error('fixture');
    const past: MeetingsViewState = {
      kind: 'list',
      days: [
        { ...day, key: '2025-03-03', label: 'Monday, March 3' },
        { ...day, key: '2025-03-05', label: 'Wednesday, March 5' },
      ],
    };
    const shown = render(
      <MyMeetingsView state={list} onRetry={() => undefined} onShowPast={onShowPast} past={past} />,
    );
    expect(shown).not.toContain('Show the last 4 weeks');
    expect(shown.indexOf('Wednesday, March 5')).toBeLessThan(shown.indexOf('Monday, March 3'));
    expect(shown.indexOf('Canceled: Retro')).toBeGreaterThan(-1);
  });
});
