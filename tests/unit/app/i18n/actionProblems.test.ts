// Why action item, notes, nudge and recap changes are refused, what a recording to Planner says while it runs, and the
// activity feed's preview lines, in English and in German: the domain and use-cases give codes and values
// (actionProblem.ts, RecordStep, NudgePreviewWords), the catalogue area actionProblems words them.
import { validateHelpers, validateTitle } from '../../../../src/domain/actions/validateActionInput';
import { dueNudges } from '../../../../src/domain/nudges/dueNudges';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import { problemText, ruleMessage } from '../../../../src/app/i18n/problemText';
import { OCC, adele, ben, emptyDoc } from '../agenda/agendaFixture';

afterEach(() => installCatalogue('en-US', undefined));

const many = Array.from({ length: 21 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}` }));

describe('action item refusals', () => {
  it('word a domain refusal with the same English as before', () => {
    const long = validateTitle('x'.repeat(300));
    expect(!long.ok && ruleMessage(long.failure)).toBe('Keep the action to 255 characters.');
    const helpers = validateHelpers(many, { email: 'o@x.example', name: 'O' });
    expect(!helpers.ok && ruleMessage(helpers.failure)).toBe('An action can have at most 20 helpers.');
    expect(problemText({ code: 'actionEmailInvalid', email: 'nobody' })).toBe(
      '"nobody" is not an e-mail address.',
    );
    expect(problemText({ code: 'notesTooLong', max: 20_000 })).toBe(
      'Keep the notes on one item to 20,000 characters.',
    );
    expect(problemText({ code: 'plannerPlanMissing', plan: 'Offsite 2026' })).toBe(
      'The Planner plan “Offsite 2026” chosen for this series can’t be found; it may have been deleted. Choose another plan, then record again. Your actions are kept here.',
    );
    expect(problemText({ code: 'notesSetAside', day: '2026-01-05', count: 1 })).toBe(
      'Notes on 1 agenda item of 2026-01-05 were set aside (too long or too many versions).',
    );
    expect(problemText({ code: 'notesSetAside', day: '2026-01-05', count: 2 })).toBe(
      'Notes on 2 agenda items of 2026-01-05 were set aside (too long or too many versions).',
    );
  });

  it('in German, formally and with German plurals', () => {
    installCatalogue('de-DE', deDE);
    const missing = validateTitle('  ');
    expect(!missing.ok && ruleMessage(missing.failure)).toBe('Geben Sie an, was zu tun ist.');
    expect(problemText({ code: 'actionEmailInvalid', email: 'nobody' })).toBe(
      '„nobody“ ist keine E-Mail-Adresse.',
    );
    expect(problemText({ code: 'notesTooLong', max: 20_000 })).toBe(
      'Die Notizen zu einem Punkt dürfen höchstens 20.000 Zeichen lang sein.',
    );
    expect(problemText({ code: 'notesSetAside', day: '2026-01-05', count: 1 })).toMatch(
      /^Die Notizen zu 1 Tagesordnungspunkt vom 2026-01-05 wurden beiseitegelegt/,
    );
    expect(problemText({ code: 'notesSetAside', day: '2026-01-05', count: 2 })).toMatch(
      /^Die Notizen zu 2 Tagesordnungspunkten vom 2026-01-05 wurden beiseitegelegt/,
    );
    expect(problemText({ code: 'plannerRecordingBusy' })).toBe(
      'Jemand anderes überträgt diese Aufgaben gerade in Planner. Versuchen Sie es gleich noch einmal.',
    );
  });
});

describe('the recording’s progress', () => {
  it('says each step, counting the tasks, in either language', () => {
    const m = actionProblemsMessages;
    expect(m.recordStep({ kind: 'saving' })).toBe('Saving the actions');
    expect(m.recordStep({ kind: 'creating', tasks: 1 })).toBe('Creating 1 task in Planner');
    expect(m.recordStep({ kind: 'creating', tasks: 3 })).toBe('Creating 3 tasks in Planner');
    installCatalogue('de-DE', deDE);
    expect(m.recordStep({ kind: 'creating', tasks: 1 })).toBe('1 Aufgabe wird in Planner angelegt');
    expect(m.recordStep({ kind: 'creating', tasks: 2 })).toBe('2 Aufgaben werden in Planner angelegt');
    expect(m.recordStep({ kind: 'done' })).toBe('Fertig');
  });
});

describe('the activity feed’s preview lines', () => {
  const preview = (title: string) =>
    dueNudges({
      doc: emptyDoc(),
      occurrence: OCC,
      occurrenceStart: Date.parse(OCC),
      now: Date.parse(OCC) - 3_600_000,
      meetingTitle: title,
      attendees: [{ id: ben.id, name: ben.name, email: ben.email }],
      roles: [{ roleId: 'facilitator', label: 'Facilitator', holder: ben.id }],
      trigger: 'votingClosed',
      actor: adele.id,
      // Read when the nudges are made: the installed language's words.
      words: actionProblemsMessages.nudgePreview,
    }).map((n) => n.preview);

  it('are written in the sender’s language', () => {
    expect(preview('Weekly')).toEqual(['You are the Facilitator of Weekly.']);
    installCatalogue('de-DE', deDE);
    expect(preview('Weekly')).toEqual(['Sie übernehmen die Rolle Facilitator in Weekly.']);
  });

  it('count the dots left with the language’s plural, and leave a # in the title alone', () => {
    // Read after the language is installed: a nested area read earlier keeps its language (defineMessages.ts).
    let w = actionProblemsMessages.nudgePreview;
    expect(w.votingClosesSoon(1, 'Sprint #4')).toBe(
      'You have 1 dot left; voting closes when Sprint #4 starts.',
    );
    expect(w.votingClosesSoon(2, 'Sprint #4')).toBe(
      'You have 2 dots left; voting closes when Sprint #4 starts.',
    );
    installCatalogue('de-DE', deDE);
    w = actionProblemsMessages.nudgePreview;
    expect(w.votingClosesSoon(1, 'Sprint #4')).toBe(
      'Sie haben noch 1 Punkt; die Abstimmung endet, wenn Sprint #4 beginnt.',
    );
    expect(w.votingClosesSoon(2, 'Sprint #4')).toBe(
      'Sie haben noch 2 Punkte; die Abstimmung endet, wenn Sprint #4 beginnt.',
    );
  });
});
