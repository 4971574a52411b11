// Why agenda, series and run changes are refused, and the agenda file's health notice, in English and in German:
// the domain gives codes (agendaProblem.ts, healthIssue.ts), the catalogue words them.
import { castBallot } from '../../../../src/domain/agenda/castBallot';
import { proposeTopic } from '../../../../src/domain/agenda/proposeTopic';
import { occurrenceKey } from '../../../../src/domain/ids';
import { healthLine } from '../../../../src/domain/series/healthIssue';
import { validateSeriesDocument } from '../../../../src/domain/series/validateSeriesDocument';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { healthText } from '../../../../src/app/i18n/healthText';
import { problemText, ruleMessage } from '../../../../src/app/i18n/problemText';
import { adele, ben, emptyDoc, topic } from '../agenda/agendaFixture';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const NOW = Date.parse('2026-01-06T12:00:00.000Z');
const stamp = { at: NOW, c: 0, by: adele.id };

afterEach(() => installCatalogue('en-US', undefined));

describe('refusals', () => {
  it('word a domain refusal with the same English as before', () => {
    const first = proposeTopic(
      emptyDoc(),
      { id: 'a', occurrence: W1, input: topic('Hiring plan') },
      adele,
      stamp,
    );
    if (!first.ok) throw new Error(JSON.stringify(first.failure));
    const twin = proposeTopic(
      first.value,
      { id: 'b', occurrence: W1, input: topic('hiring PLAN') },
      ben,
      stamp,
    );
    expect(!twin.ok && ruleMessage(twin.failure)).toBe(
      '“Hiring plan” is already on the list (proposed by Adele Vance). Add your dots to it instead, or give yours a title that says how it differs.',
    );
    expect(problemText({ code: 'topicTitleTooLong', max: 200, actual: 5000 })).toBe(
      'Keep the title to 200 characters (it has 5000).',
    );
    expect(problemText({ code: 'ballotOverBudget', budget: 3, used: 4 })).toBe(
      'You have 3 dots; this ballot uses 4.',
    );
  });

  it('in German, formally and with German plurals', () => {
    installCatalogue('de-DE', deDE);
    expect(problemText({ code: 'topicTitleMissing' })).toBe('Geben Sie dem Thema einen Titel.');
    expect(problemText({ code: 'ballotTooManyOnTopic', max: 1 })).toBe('Höchstens 1 Punkt auf einem Thema.');
    expect(problemText({ code: 'ballotTooManyOnTopic', max: 2 })).toBe('Höchstens 2 Punkte auf einem Thema.');
    const settings = { value: { budget: 1, maxPerTopic: 1, boulderCount: 1, segments: [] }, ...stamp };
    const proposed = proposeTopic(
      { ...emptyDoc(), settings },
      { id: 'a', occurrence: W1, input: topic('A') },
      adele,
      stamp,
    );
    if (!proposed.ok) throw new Error(JSON.stringify(proposed.failure));
    const closed = castBallot(proposed.value, W1, { a: 2 }, ben, stamp);
    expect(!closed.ok && closed.failure).toMatchObject({ problem: { code: 'ballotTooManyOnTopic', max: 1 } });
    expect(!closed.ok && ruleMessage(closed.failure)).toBe('Höchstens 1 Punkt auf einem Thema.');
    expect(problemText({ code: 'topicAlreadyListed', title: 'Budget', author: 'Ben' })).toMatch(
      /^„Budget“ steht bereits auf der Liste \(vorgeschlagen von Ben\)\. Vergeben Sie Ihre Punkte/,
    );
  });

  it('word why the tab can’t find its meeting', () => {
    expect(problemText({ code: 'meetingNotInCalendar' })).toBe(
      'Roundtable couldn’t find this meeting in your calendar between 12 hours ago and 90 days ahead. It matches the ' +
        'meeting by its Teams join link, so it needs the invitation in your own calendar: if the meeting was ' +
        'forwarded to you or you joined by link, ask the organizer to invite you.',
    );
    expect(problemText({ code: 'meetingNotInCalendar', chatFailure: 'forbidden' })).toMatch(
      /90 days ahead \(the meeting chat couldn’t be read either: forbidden\)\. It matches/,
    );
    const unreadable = problemText({ code: 'meetingChatNotReadable' });
    expect(unreadable).toMatch(/doesn’t let you read this meeting’s chat/);
    expect(unreadable).toMatch(/short link/);
    expect(unreadable).toMatch(/add you to the meeting chat/);
    installCatalogue('de-DE', deDE);
    expect(problemText({ code: 'meetingChatNotReadable' })).toMatch(/zum Besprechungschat hinzuzufügen/);
  });
});

describe('the agenda file’s health notice', () => {
  const titleTooLong = healthLine({
    code: 'topicsSetAside',
    count: 1,
    topics: [
      {
        title: `${'y'.repeat(59)}…`,
        flaw: { problem: { code: 'topicTitleTooLong', max: 200, actual: 5000 } },
      },
    ],
  });

  it('words each finding as before', () => {
    expect(healthText(titleTooLong)).toBe(
      `1 topic was set aside: “${'y'.repeat(59)}…” (Keep the title to 200 characters (it has 5000).).`,
    );
    const read = validateSeriesDocument({ ...emptyDoc(), title: 'x'.repeat(600) }, NOW);
    expect(read.issues.map(healthText)).toEqual([
      'The series title was longer than 500 characters; it was shortened.',
    ]);
    expect(
      healthText(
        healthLine({
          code: 'agendaDamaged',
          day: '2026-01-05',
          flaw: { flaw: 'dots', title: 'Topic A', dots: 501_000_000, voters: 501 },
        }),
      ),
    ).toBe(
      'The closed agenda of 2026-01-05 was damaged (“Topic A” has 501000000 dots from 501 people) and was set aside; voting on that meeting shows as open.',
    );
    expect(
      healthText(healthLine({ code: 'futureStamps', count: 2, furthest: null, now: '2026-01-06' })),
    ).toMatch(
      /^2 changes were dated in the future \(up to an impossible date, while the reading device said 2026-01-06\)/,
    );
    // Notes set aside are findings too, worded with the other action problems.
    expect(healthText(healthLine({ code: 'notesSetAside', count: 2, day: '2026-01-05' }))).toBe(
      'Notes on 2 agenda items of 2026-01-05 were set aside (too long or too many versions).',
    );
  });

  it('names five entries and counts the rest', () => {
    const line = healthLine({
      code: 'actionsSetAside',
      count: 7,
      actions: ['a', 'b', 'c', 'd', 'e'].map((title) => ({ title, flaw: 'dueInvalid' as const })),
    });
    expect(healthText(line)).toBe(
      '7 action items were set aside: “a” (its due date is not a date), “b” (its due date is not a date), ' +
        '“c” (its due date is not a date), “d” (its due date is not a date), “e” (its due date is not a date) and 2 more.',
    );
  });

  it('shows a sentence an older Roundtable wrote, and a finding it can’t word, as written', () => {
    expect(healthText('The running agenda of 2026-01-05 was damaged and was reset.')).toBe(
      'The running agenda of 2026-01-05 was damaged and was reset.',
    );
    const forged = '{"code":"agendaDamaged","day":"2026-01-05","flaw":{"flaw":"somethingNew"}}';
    expect(healthText(forged)).toBe(forged);
    const unknownProblem = '{"code":"settingsSetAside","reason":{"problem":{"code":"noSuchCode"}}}';
    expect(healthText(unknownProblem)).toBe(unknownProblem);
  });

  it('in German, with German plurals', () => {
    installCatalogue('de-DE', deDE);
    expect(healthText(titleTooLong)).toBe(
      `1 Thema wurde zurückgestellt: „${'y'.repeat(59)}…“ (Der Titel darf höchstens 200 Zeichen lang sein (er hat 5000).).`,
    );
    expect(healthText(healthLine({ code: 'decisionsSetAside', count: 1, day: '2026-01-05' }))).toBe(
      '1 Entscheidung für den 2026-01-05 wurde zurückgestellt (leer oder zu lang).',
    );
    expect(healthText(healthLine({ code: 'decisionsSetAside', count: 2, day: '2026-01-05' }))).toBe(
      '2 Entscheidungen für den 2026-01-05 wurden zurückgestellt (leer oder zu lang).',
    );
  });
});
