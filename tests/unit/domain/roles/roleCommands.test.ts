// Role commands through applyIntent: swaps, overrides, opt-outs, custom roles and the organizer's role inputs.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { RoleInputs } from '../../../../src/domain/roles/recordRoleInputs';
import { rolesOf } from '../../../../src/domain/roles/rolesOf';
import { DEFAULT_ROLES, ROLE_LABEL_MAX, ROLES_MAX } from '../../../../src/domain/roles/roleTypes';
import { validateRoles } from '../../../../src/domain/roles/setCustomRoles';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';

const occ = occurrenceKey('2026-03-03T17:00:00.000Z');
const doc = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
const actor = (id: string, over: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id,
  email: `${id}@x.example`,
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
  ...over,
});
const avery = actor('avery', { isOrganizer: true });
const apply = (d: SeriesDocument, intent: SeriesIntent, who: Actor, now = 1) =>
  applyIntent(d, intent, who, now);
const value = <T>(r: { ok: true; value: T } | { ok: false; failure: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.failure)}`);
  return r.value;
};

describe('takeRole (a swap)', () => {
  it('lets anyone take a turn for themselves, recording who and when', () => {
    const d = value(
      apply(doc, { kind: 'takeRole', occurrence: occ, roleId: 'timekeeper' }, actor('dana'), 1000),
    );
    expect(d.occurrences[occ]?.roleOverrides?.['timekeeper']).toEqual({
      value: { holder: 'dana', kind: 'swap' },
      at: 1000,
      c: 0,
      by: 'dana',
    });
  });
  it('refuses a role the series does not have', () => {
    expect(apply(doc, { kind: 'takeRole', occurrence: occ, roleId: 'scribe' }, actor('dana'))).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });
});

describe('assignRole (an override)', () => {
  const assign = (roleId: string, holder: string) =>
    ({ kind: 'assignRole', occurrence: occ, roleId, holder: userId(holder) }) as const;
  it('is for the organizer or the facilitator', () => {
    expect(apply(doc, assign('facilitator', 'sam'), actor('dana'))).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    expect(apply(doc, assign('facilitator', 'sam'), actor('tk', { isTimekeeper: true }))).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const byFacilitator = value(
      apply(doc, assign('noteTaker', 'sam'), actor('dana', { isFacilitator: true }), 5),
    );
    expect(byFacilitator.occurrences[occ]?.roleOverrides?.['noteTaker']?.value).toEqual({
      holder: 'sam',
      kind: 'override',
      as: 'facilitator',
    });
    const byOrganizer = value(apply(doc, assign('facilitator', 'sam'), avery, 6));
    expect(byOrganizer.occurrences[occ]?.roleOverrides?.['facilitator']?.by).toBe('avery');
  });
  it('a swap after an override wins, whatever the swapper’s clock says', () => {
    const overridden = value(apply(doc, assign('timekeeper', 'sam'), avery, 10_000));
    const swapped = value(
      apply(overridden, { kind: 'takeRole', occurrence: occ, roleId: 'timekeeper' }, actor('dana'), 1),
    );
    expect(
      mergeSeriesDocuments(overridden, swapped).occurrences[occ]?.roleOverrides?.['timekeeper']?.value,
    ).toEqual({ holder: 'dana', kind: 'swap' });
  });
});

describe('setOptOut', () => {
  const optOut = (person: string, roleId: string, optedOut = true) =>
    ({ kind: 'setOptOut', person: userId(person), roleId, optedOut }) as const;
  it('a person sets their own; the organizer sets anyone’s; nobody else', () => {
    // The intent toggles one role at a time; opting out twice keeps one entry.
    let mine = value(apply(doc, optOut('dana', 'noteTaker'), actor('dana')));
    mine = value(apply(mine, optOut('dana', 'timekeeper'), actor('dana')));
    mine = value(apply(mine, optOut('dana', 'noteTaker'), actor('dana')));
    expect(mine.optOuts?.['dana']?.value).toEqual(['noteTaker', 'timekeeper']);
    const back = value(apply(mine, optOut('dana', 'noteTaker', false), actor('dana')));
    expect(back.optOuts?.['dana']?.value).toEqual(['timekeeper']);
    expect(apply(doc, optOut('dana', 'noteTaker'), actor('sam'))).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const byOrganizer = value(apply(mine, optOut('dana', 'timekeeper', false), avery, 2));
    expect(byOrganizer.optOuts?.['dana']?.by).toBe('avery');
  });
  it('still works for someone who had opted out of a role the organizer has since removed', () => {
    const withAdvocate = [
      ...DEFAULT_ROLES,
      { id: 'advocate', label: 'Devil’s advocate', served: 'challenged' },
    ];
    let d = value(apply(doc, { kind: 'setRoles', roles: withAdvocate }, avery));
    d = value(apply(d, optOut('dana', 'advocate'), actor('dana')));
    d = value(apply(d, { kind: 'setRoles', roles: DEFAULT_ROLES }, avery));
    // Dana's stored opt-outs still name 'advocate'; opting out of a role that exists must not be refused for it.
    const r = apply(d, optOut('dana', 'timekeeper'), actor('dana'));
    expect(r.ok && r.value.optOuts?.['dana']?.value).toContain('timekeeper');
  });
  it('refuses unknown roles rather than dropping them', () => {
    expect(apply(doc, optOut('dana', 'scribe'), actor('dana'))).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });
});

describe('setRoles (custom roles)', () => {
  const withAdvocate = [
    ...DEFAULT_ROLES,
    { id: 'advocate', label: 'Devil’s advocate', served: 'challenged' },
  ];
  const setRoles = (roles: typeof withAdvocate) => ({ kind: 'setRoles', roles }) as const;
  it('is organizer-only, keeps the facilitator, and becomes the rotated list', () => {
    expect(apply(doc, setRoles(withAdvocate), actor('dana'))).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    expect(apply(doc, setRoles(withAdvocate.slice(1)), avery)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput' },
    });
    const d = value(apply(doc, setRoles(withAdvocate), avery));
    expect(rolesOf(d).map((r) => r.id)).toEqual(['facilitator', 'timekeeper', 'noteTaker', 'advocate']);
    expect(rolesOf(doc)).toBe(DEFAULT_ROLES);
    // The new role can be taken, and opted out of.
    expect(apply(d, { kind: 'takeRole', occurrence: occ, roleId: 'advocate' }, actor('dana')).ok).toBe(true);
  });
  it('refuses duplicate ids, empty or over-long labels, and too many roles', () => {
    expect(apply(doc, setRoles([...DEFAULT_ROLES, DEFAULT_ROLES[1]!]), avery)).toMatchObject({ ok: false });
    expect(
      apply(doc, setRoles([...DEFAULT_ROLES, { id: 'x', label: ' ', served: 'did' }]), avery),
    ).toMatchObject({
      ok: false,
    });
    const long = { id: 'x', label: 'x'.repeat(ROLE_LABEL_MAX + 1), served: 'did' };
    expect(validateRoles([...DEFAULT_ROLES, long]).ok).toBe(false);
    const many = Array.from({ length: ROLES_MAX - DEFAULT_ROLES.length + 1 }, (_, i) => ({
      id: `r${i}`,
      label: `Role ${i}`,
      served: 'served',
    }));
    expect(validateRoles([...DEFAULT_ROLES, ...many]).ok).toBe(false);
    expect(validateRoles([...DEFAULT_ROLES, ...many.slice(1)]).ok).toBe(true);
  });
});

describe('recordRoleInputs', () => {
  const inputs: RoleInputs = {
    responses: { [occ]: { dana: 'declined', avery: 'accepted' } },
    rotationStart: occ,
  };
  const record = { kind: 'recordRoleInputs', inputs } as const;
  it('writes the snapshot and the rotation start once, and is a no-op when nothing changed', () => {
    const d = value(apply(doc, record, avery, 10));
    expect(d.occurrences[occ]?.responses).toEqual({
      value: inputs.responses[occ],
      at: 10,
      c: 0,
      by: 'avery',
    });
    expect(d.rotationStart?.value).toBe(occ);
    expect(value(apply(d, record, avery, 20))).toBe(d);
    // The rotation start is set once: a later, different start doesn't move it.
    const later = occurrenceKey('2026-03-10T17:00:00.000Z');
    const again = value(
      apply(d, { kind: 'recordRoleInputs', inputs: { ...inputs, rotationStart: later } }, avery, 30),
    );
    expect(again.rotationStart?.value).toBe(occ);
  });
  it('is the organizer’s only', () => {
    expect(apply(doc, record, actor('dana'))).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
  });
  it('survives a merge with a replica that lacks the new fields', () => {
    const d = value(apply(doc, record, avery, 10));
    const merged = mergeSeriesDocuments(doc, d);
    expect(merged.rotationStart?.value).toBe(occ);
    expect(merged.occurrences[occ]?.responses?.value).toEqual(inputs.responses[occ]);
    expect(mergeSeriesDocuments(d, doc)).toEqual(merged);
  });
});
