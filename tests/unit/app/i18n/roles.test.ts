// The roles area in both languages: reasons, requests, the default roles by id, the role problems, and German plurals.
import { reasonText, skipText } from '../../../../src/app/hooks/deriveRolesViewState';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { rolesMessages } from '../../../../src/app/i18n/en-US/roles';
import { problemText } from '../../../../src/app/i18n/problemText';
import { roleLabel, roleServed, shownRole, storedRole } from '../../../../src/app/viewState/roleLabel';
import { DEFAULT_ROLES, type RoleDef, type RoleReason } from '../../../../src/domain/roles/roleTypes';

const facilitator = DEFAULT_ROLES[0] as RoleDef;
const challenger: RoleDef = { id: 'custom-1', label: 'Challenger', served: 'challenged' };
const labelOf = (id: string) => roleLabel(DEFAULT_ROLES.find((r) => r.id === id) ?? challenger);
const picked = (count: number, extra: Partial<RoleReason & { kind: 'picked' }> = {}): RoleReason => ({
  kind: 'picked',
  name: 'Dana',
  role: 'facilitator',
  count,
  excess: 0,
  response: 'accepted',
  alsoHolds: [],
  facilitatedLastTime: false,
  ...extra,
});

afterEach(() => installCatalogue('en-US', undefined));

describe('roles messages in English', () => {
  it('word a pick’s facts as the one sentence the rotation has always shown', () => {
    expect(reasonText(picked(0), labelOf)).toBe(
      'Dana has had the fewest turns as Facilitator (none yet) and accepted the invite.',
    );
    expect(reasonText(picked(1, { response: 'tentative' }), labelOf)).toBe(
      'Dana has had the fewest turns as Facilitator (1 so far) and answered tentatively; nobody who accepted could take it.',
    );
    expect(
      reasonText(
        picked(3, {
          excess: 1,
          response: 'noResponse',
          alsoHolds: ['timekeeper', 'noteTaker'],
          facilitatedLastTime: true,
        }),
        labelOf,
      ),
    ).toBe(
      'Dana takes an extra turn as Facilitator (3 so far), as everyone with fewer turns is away or already has a ' +
        'role and hasn’t answered the invite; nobody who accepted could take it. Also Timekeeper and Note-taker: too ' +
        'few people are available. Facilitated last time too: nobody else could.',
    );
    expect(reasonText({ kind: 'vacant', role: 'custom-1' }, labelOf)).toBe(
      'Nobody can be Challenger: everyone declined or opted out.',
    );
    const at = Date.UTC(2026, 0, 4, 23, 30);
    expect(reasonText({ kind: 'changed', name: 'P3', change: 'swap', by: 'P0', at }, labelOf)).toBe(
      'P3: asked to take this turn, and P0 accepted on 2026-01-04.',
    );
    expect(reasonText({ kind: 'changed', name: 'Jonas', change: 'taken', by: null, at }, labelOf)).toBe(
      'Jonas: took this turn (recorded by someone) on 2026-01-04.',
    );
    expect(
      reasonText(
        { kind: 'changed', name: 'Sam', change: 'override', by: 'Dana', at, as: 'facilitator' },
        labelOf,
      ),
    ).toBe('Sam: assigned by Dana (facilitator override) on 2026-01-04.');
    expect(skipText({ kind: 'optedOut', name: 'P0', role: 'facilitator' }, labelOf)).toBe(
      'P0 opted out of being Facilitator.',
    );
  });

  it('word the role problems with their values', () => {
    expect(problemText({ code: 'roleTakenSince', holder: null, from: 'sam' })).toBe(
      'Someone else has taken this turn since sam asked; the request no longer applies.',
    );
    expect(problemText({ code: 'roleLabelInvalid', max: 40 })).toBe(
      'Each role needs a name and a past-tense verb of at most 40 characters.',
    );
    expect(problemText({ code: 'roleAssignNotAllowed' })).toBe(
      'Only the organizer or this meeting’s facilitator can assign roles to others.',
    );
  });
});

describe('roles messages in German', () => {
  beforeEach(() => installCatalogue('de-DE', deDE));

  it('show the default roles by id, and a custom role as its team typed it', () => {
    expect(roleLabel(facilitator)).toBe('Moderation');
    expect(roleServed(facilitator)).toBe('moderiert');
    expect(roleLabel(challenger)).toBe('Challenger');
    // A default role renamed by its team keeps the new name.
    expect(roleLabel({ ...facilitator, label: 'Chair' })).toBe('Chair');
    // The editor shows the German words and stores the English ones again, so the role stays translated for all.
    expect(shownRole(facilitator)).toEqual({ id: 'facilitator', label: 'Moderation', served: 'moderiert' });
    expect(storedRole(shownRole(facilitator))).toEqual(facilitator);
    expect(storedRole({ ...shownRole(facilitator), label: 'Leitung' })).toEqual({
      ...facilitator,
      label: 'Leitung',
    });
  });

  it('word reasons in German, with German plurals and lists', () => {
    expect(reasonText(picked(0), labelOf)).toBe(
      'Dana hatte die wenigsten Einsätze in der Rolle „Moderation“ (noch keinen) und hat die Einladung angenommen.',
    );
    expect(reasonText(picked(1), labelOf)).toContain('(bisher 1)');
    expect(reasonText(picked(2), labelOf)).toContain('(bisher 2)');
    expect(reasonText(picked(2, { alsoHolds: ['timekeeper', 'noteTaker'] }), labelOf)).toContain(
      'Außerdem „Zeitnahme“ und „Protokollführung“: Es sind zu wenige Personen verfügbar.',
    );
    expect(skipText({ kind: 'declined', name: 'Luis' }, labelOf)).toBe(
      'Luis hat für diese Besprechung abgesagt.',
    );
  });

  it('word the screen, requests and problems in German, addressing the user as Sie', () => {
    const m = rolesMessages;
    expect(m.area).toBe('Rollen');
    expect(m.incoming('Sam', 'Moderation')).toBe(
      'Sam möchte Ihren Einsatz in der Rolle „Moderation“ übernehmen.',
    );
    expect(m.you('Dana')).toBe('Dana (Sie)');
    expect(m.preview.title(4)).toBe('Vorschau der nächsten 4');
    expect(m.chart.rolesHeld).toBe('Übernommene Rollen');
    expect(problemText({ code: 'roleAlreadyHeld' })).toBe('Sie haben diese Rolle bereits.');
    expect(problemText({ code: 'roleTooMany', max: 8 })).toBe('Höchstens 8 Rollen.');
  });

  it('go back to English when the catalogue is removed', () => {
    installCatalogue('en-US', undefined);
    expect(rolesMessages.area).toBe('Roles');
    expect(roleLabel(facilitator)).toBe('Facilitator');
  });
});
