// The action items, notes and recap screens in both shipped languages (issue #16): English stays word for word what
// the screens said before the catalogue, German is read from the installed catalogue at render time, plurals follow
// each language's rules.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { deriveOwnerFlag } from '../../../../src/app/hooks/deriveOwnerFlag';
import { conflictTitle } from '../../../../src/app/hooks/deriveNotesViewState';
import { deriveRecordingPlan } from '../../../../src/app/hooks/deriveRecordingPlan';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { actionsMessages } from '../../../../src/app/i18n/en-US/actions';
import { outsideOwnersHint } from '../../../../src/app/views/actions/ActionsArea';
import { ReviewSection } from '../../../../src/app/views/actions/ReviewSection';
import { describeRecapFailure } from '../../../../src/app/views/recap/RecapSection';
import type { OccurrenceKey } from '../../../../src/domain/ids';
import type { Commitment } from '../../../../src/usecases/actions/reviewCommitments';

const rowan = { email: 'rowan@contoso.example', name: 'Rowan Ng' };
const dana = { email: 'dana@northwind.example', name: 'Dana Okafor' };

const unavailable = {
  kind: 'unavailable',
  status: 503,
  code: 'serviceNotAvailable',
  message: 'The service is unavailable.',
} as const;

const commitments: readonly Commitment[] = [
  {
    actionId: 'a1',
    occurrence: '2026-01-05' as OccurrenceKey,
    title: 'Send the budget',
    owner: dana,
    helpers: [rowan],
    due: '2026-01-12',
    state: 'overdue',
  },
  {
    actionId: 'a2',
    occurrence: '2026-01-05' as OccurrenceKey,
    title: 'Book the room',
    owner: rowan,
    helpers: [],
    due: null,
    state: 'done',
  },
];
const renderReview = () =>
  renderToStaticMarkup(
    <FluentProvider theme={teamsLightTheme}>
      <ReviewSection review={{ loading: false, commitments }} onRefresh={() => undefined} locale="en-GB" />
    </FluentProvider>,
  ).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');

afterEach(() => installCatalogue('en-US', undefined));

describe('actions messages in English', () => {
  const m = actionsMessages;

  it('say what the screens said, with English plurals', () => {
    expect(m.area.record(3)).toBe('Record 3 to Planner');
    expect(m.area.waiting(1)).toBe(
      '1 item waits for an owner from your organization before it can go to Planner.',
    );
    expect(m.area.waiting(2)).toBe(
      '2 items wait for an owner from your organization before it can go to Planner.',
    );
    expect(m.area.keptOff(1)).toBe('1 item is kept off Planner by choice.');
    expect(m.area.keptOff(4)).toBe('4 items are kept off Planner by choice.');
    expect(m.item.ownership('claimed', 'Dana Okafor', [])).toBe('Claimed by Dana Okafor');
    expect(m.item.ownership('assigned', 'Dana Okafor', ['Rowan Ng', 'Kim'])).toBe(
      'Owner: Dana Okafor · Helpers: Rowan Ng, Kim',
    );
    expect(m.recap.sentByMail(5, '1/5/2026, 10:00:00 AM')).toBe(
      'Sent by e-mail to 5 attendees on 1/5/2026, 10:00:00 AM.',
    );
    expect(conflictTitle(2)).toBe('Two versions — keep one or combine');
  });

  it('word the views’ derived text', () => {
    expect(deriveOwnerFlag(rowan, 'notAssignable', false)).toMatchObject({
      message:
        'Rowan Ng (rowan@contoso.example) has no account in your organization, so Planner can’t assign this item to them.',
    });
    expect(deriveRecordingPlan(undefined, undefined).label).toBe(
      'Recording to: the team’s oldest Planner plan (the default)',
    );
    expect(outsideOwnersHint([{ email: 'kim@fabrikam.example', name: 'Kim' }], [dana])).toMatch(
      /^kim@fabrikam\.example isn’t in this meeting\./,
    );
    expect(
      describeRecapFailure({ kind: 'failed', channel: 'mail', unclear: true, failure: unavailable }),
    ).toBe('We couldn’t tell whether the e-mail went out. Check your Sent Items before sending again.');
  });

  it('render the review of commitments', () => {
    const html = renderReview();
    expect(html).toContain('Review of commitments');
    expect(html).toContain('0 open · 1 overdue · 1 done');
    expect(html).toContain('aria-label="Send the budget: Overdue"');
    expect(html).toContain('Dana Okafor, Rowan Ng · due 12 Jan · from 5 Jan');
  });
});

describe('actions messages in German', () => {
  beforeEach(() => installCatalogue('de-DE', deDE));
  const m = actionsMessages;

  it('are read from the installed catalogue, with German plurals', () => {
    expect(m.area.heading).toBe('Aktionspunkte');
    expect(m.capture.ownThis).toBe('Übernehme ich');
    expect(m.area.waiting(1)).toBe(
      '1 Aktionspunkt wartet auf eine verantwortliche Person aus Ihrer Organisation, bevor er in Planner eingetragen werden kann.',
    );
    expect(m.area.waiting(2)).toBe(
      '2 Aktionspunkte warten auf eine verantwortliche Person aus Ihrer Organisation, bevor sie in Planner eingetragen werden können.',
    );
    expect(m.area.keptOff(1)).toBe('1 Aktionspunkt wird bewusst nicht in Planner eingetragen.');
    expect(m.area.keptOff(2)).toBe('2 Aktionspunkte werden bewusst nicht in Planner eingetragen.');
    expect(m.recap.noChat(1)).toBe(
      'Diese Besprechung hat keinen Chat, daher wird die Zusammenfassung per E-Mail an 1 teilnehmende Person gesendet.',
    );
    expect(m.recap.noChat(2)).toBe(
      'Diese Besprechung hat keinen Chat, daher wird die Zusammenfassung per E-Mail an 2 Teilnehmende gesendet.',
    );
    expect(conflictTitle(2)).toBe('Zwei Fassungen – eine behalten oder zusammenführen');
  });

  it('reach the views’ derived text and the screens', () => {
    expect(deriveOwnerFlag(rowan, 'notAssignable', true)).toMatchObject({
      message:
        'Nicht in Planner: Rowan Ng (rowan@contoso.example) ist hier verantwortlich, und der Aktionspunkt wird nie in Planner eingetragen.',
    });
    expect(deriveRecordingPlan(undefined, undefined).label).toBe(
      'Eintragen in: den ältesten Planner-Plan des Teams (Standard)',
    );
    expect(
      outsideOwnersHint(
        [
          { email: 'kim@fabrikam.example', name: 'Kim' },
          { email: 'lee@fabrikam.example', name: 'Lee' },
        ],
        [dana],
      ),
    ).toMatch(/^kim@fabrikam\.example, lee@fabrikam\.example nehmen nicht an dieser Besprechung teil\./);
    const html = renderReview();
    expect(html).toContain('Rückblick auf Zusagen');
    expect(html).toContain('0 offen · 1 überfällig · 1 erledigt');
    expect(html).toContain('aria-label="Send the budget: Überfällig"');
    expect(html).toContain('· fällig am 12 Jan · vom 5 Jan');
  });

  it('go back to English when the catalogue is uninstalled', () => {
    installCatalogue('en-US', undefined);
    expect(actionsMessages.notes.heading).toBe('Notes');
    expect(actionsMessages.area.waiting(2)).toBe(
      '2 items wait for an owner from your organization before it can go to Planner.',
    );
  });
});
