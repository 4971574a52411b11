// Who an act's nudges are about: the opened occurrence for voting and publishing, the next one after a recording.
import { occurrenceKey, userId } from '../../../../src/domain/ids';
import { nudgeTriggerOf } from '../../../../src/domain/nudges/nudgeTriggerOf';
import { DEFAULT_ROLES } from '../../../../src/domain/roles/roleTypes';
import { nudgeAudienceOf } from '../../../../src/usecases/nudges/nudgeAudience';
import type { PlannedOccurrence, RolesPlan } from '../../../../src/usecases/roles/planRoles';

const A = userId('ada');
const B = userId('ben');
const occ = (start: string, isCurrent: boolean, holders: (typeof A | null)[]): PlannedOccurrence => ({
  occurrence: occurrenceKey(start),
  start,
  isCurrent,
  changes: {},
  skipped: [],
  assignments: DEFAULT_ROLES.map((r, i) => ({
    role: r.id,
    holder: holders[i] ?? null,
    reason: { kind: 'vacant' as const, role: r.id },
  })),
});

const plan = (occurrences: PlannedOccurrence[]): RolesPlan => ({
  roles: DEFAULT_ROLES,
  roster: [
    { id: A, name: 'Ada', email: 'ada@x', isOrganizer: true, optOuts: [] },
    { id: B, name: 'Ben', email: 'ben@x', isOrganizer: false, optOuts: [] },
  ],
  outside: [],
  occurrences,
  current: occurrences.find((o) => o.isCurrent) ?? null,
  facilitator: null,
  isFacilitator: false,
  pending: null,
  notice: null,
});

const now = occ('2026-12-07T09:00:00.000Z', true, [A, B, null]);
const next = occ('2026-12-14T09:00:00.000Z', false, [B, A, A]);

it('voting and publishing are about the opened occurrence: its holders, by label, nobody for an unheld role', () => {
  const a = nudgeAudienceOf(plan([now, next]), 'votingClosed');
  expect(a?.occurrence).toBe(now.occurrence);
  expect(a?.occurrenceStart).toBe(Date.parse(now.start));
  expect(a?.roles).toEqual([
    { roleId: 'facilitator', label: 'Facilitator', holder: A },
    { roleId: 'timekeeper', label: 'Timekeeper', holder: B },
  ]);
  expect(a?.attendees).toEqual([
    { id: A, name: 'Ada', email: 'ada@x' },
    { id: B, name: 'Ben', email: 'ben@x' },
  ]);
  expect(nudgeAudienceOf(plan([now, next]), 'published')?.occurrence).toBe(now.occurrence);
});

it('recording is about the next occurrence; a single meeting recorded still reaches its action owners', () => {
  const a = nudgeAudienceOf(plan([now, next]), 'recorded');
  expect(a?.occurrence).toBe(next.occurrence);
  expect(a?.roles.map((r) => [r.roleId, r.holder])).toEqual([
    ['facilitator', B],
    ['timekeeper', A],
    ['noteTaker', A],
  ]);
  const single = nudgeAudienceOf(plan([now]), 'recorded');
  expect(single?.roles).toEqual([]);
  expect(single?.attendees).toHaveLength(2);
  expect(nudgeAudienceOf(plan([]), 'published')).toBeNull();
});

it('closing voting and reopening it are the intents that make nudges due; others are not', () => {
  const o = now.occurrence;
  expect(nudgeTriggerOf({ kind: 'closeVoting', occurrence: o, meetingMinutes: 60 })).toBe('votingClosed');
  expect(nudgeTriggerOf({ kind: 'reopenVoting', occurrence: o })).toBe('votingOpened');
  expect(nudgeTriggerOf({ kind: 'assignRole', occurrence: o, roleId: 'noteTaker', holder: B })).toBe(
    'roleAssigned',
  );
  expect(nudgeTriggerOf({ kind: 'castBallot', occurrence: o, dots: {} })).toBeNull();
  expect(nudgeTriggerOf({ kind: 'markNudges', keys: [], token: 't' })).toBeNull();
});
