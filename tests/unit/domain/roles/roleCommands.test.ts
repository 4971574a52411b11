import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import { overrideRole } from '../../../../src/domain/roles/overrideRole';
import { recordRoleInputs } from '../../../../src/domain/roles/recordRoleInputs';
import { rolesOf } from '../../../../src/domain/roles/rolesOf';
import { DEFAULT_ROLES } from '../../../../src/domain/roles/roleTypes';
import { setCustomRoles } from '../../../../src/domain/roles/setCustomRoles';
import { setOptOuts } from '../../../../src/domain/roles/setOptOuts';
import { swapRole } from '../../../../src/domain/roles/swapRole';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';

const occ = occurrenceKey('2026-03-03T17:00:00.000Z');
const doc = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
const actor = (id: string, over: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id,
  isOrganizer: false,
  isFacilitator: false,
  ...over,
});
const value = <T>(r: { ok: true; value: T } | { ok: false; failure: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.failure)}`);
  return r.value;
};

describe('swapRole', () => {
  it('lets anyone take a turn for themselves, recording who and when', () => {
    const d = value(swapRole(doc, occ, 'timekeeper', actor('dana'), 1000));
    expect(d.occurrences[occ]?.roleOverrides?.timekeeper).toEqual({
      value: { holder: 'dana', kind: 'swap' },
      at: 1000,
      by: 'dana',
    });
  });
  it('refuses a role the series does not have', () => {
    expect(swapRole(doc, occ, 'scribe', actor('dana'), 1)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });
});

describe('overrideRole', () => {
  it('is for the organizer or the facilitator', () => {
    expect(overrideRole(doc, occ, 'facilitator', userId('sam'), actor('dana'), 1)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const byFacilitator = value(
      overrideRole(doc, occ, 'noteTaker', userId('sam'), actor('dana', { isFacilitator: true }), 5),
    );
    expect(byFacilitator.occurrences[occ]?.roleOverrides?.noteTaker?.value).toEqual({
      holder: 'sam',
      kind: 'override',
    });
    const byOrganizer = value(
      overrideRole(doc, occ, 'facilitator', userId('sam'), actor('avery', { isOrganizer: true }), 6),
    );
    expect(byOrganizer.occurrences[occ]?.roleOverrides?.facilitator?.by).toBe('avery');
  });
});

describe('setOptOuts', () => {
  it('a person sets their own; the organizer sets anyone’s; nobody else', () => {
    const mine = value(
      setOptOuts(doc, userId('dana'), ['noteTaker', 'timekeeper', 'noteTaker'], actor('dana'), 1),
    );
    expect(mine.optOuts?.dana?.value).toEqual(['noteTaker', 'timekeeper']);
    expect(setOptOuts(doc, userId('dana'), ['noteTaker'], actor('sam'), 1)).toMatchObject({ ok: false });
    expect(
      value(setOptOuts(doc, userId('dana'), [], actor('avery', { isOrganizer: true }), 2)).optOuts?.dana?.by,
    ).toBe('avery');
  });
  it('refuses unknown roles rather than dropping them', () => {
    expect(setOptOuts(doc, userId('dana'), ['scribe'], actor('dana'), 1)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });
});

describe('setCustomRoles', () => {
  const withAdvocate = [
    ...DEFAULT_ROLES,
    { id: 'advocate', label: 'Devil’s advocate', served: 'challenged' },
  ];
  it('is organizer-only, keeps the facilitator, and becomes the rotated list', () => {
    expect(setCustomRoles(doc, withAdvocate, actor('dana'), 1)).toMatchObject({ ok: false });
    expect(
      setCustomRoles(doc, withAdvocate.slice(1), actor('avery', { isOrganizer: true }), 1),
    ).toMatchObject({ ok: false, failure: { kind: 'invalidInput' } });
    const d = value(setCustomRoles(doc, withAdvocate, actor('avery', { isOrganizer: true }), 1));
    expect(rolesOf(d).map((r) => r.id)).toEqual(['facilitator', 'timekeeper', 'noteTaker', 'advocate']);
    expect(rolesOf(doc)).toBe(DEFAULT_ROLES);
  });
  it('refuses duplicate ids and empty labels', () => {
    const org = actor('avery', { isOrganizer: true });
    expect(setCustomRoles(doc, [...DEFAULT_ROLES, DEFAULT_ROLES[1]!], org, 1)).toMatchObject({ ok: false });
    expect(
      setCustomRoles(doc, [...DEFAULT_ROLES, { id: 'x', label: ' ', served: 'did' }], org, 1),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('recordRoleInputs', () => {
  const org = actor('avery', { isOrganizer: true });
  const inputs = {
    responses: { [occ]: { dana: 'declined' as const, avery: 'accepted' as const } },
    rotationStart: occ,
  };
  it('writes the snapshot and the rotation start once, and is a no-op when nothing changed', () => {
    const d = value(recordRoleInputs(doc, inputs, org, 10));
    expect(d.occurrences[occ]?.responses).toEqual({ value: inputs.responses[occ], at: 10, by: 'avery' });
    expect(d.rotationStart?.value).toBe(occ);
    expect(value(recordRoleInputs(d, inputs, org, 20))).toBe(d);
  });
  it('is the organizer’s only', () => {
    expect(recordRoleInputs(doc, inputs, actor('dana'), 1)).toMatchObject({ ok: false });
  });
  it('survives a merge with a replica that lacks the new fields', () => {
    const d: SeriesDocument = value(recordRoleInputs(doc, inputs, org, 10));
    const merged = mergeSeriesDocuments(doc, d);
    expect(merged.rotationStart?.value).toBe(occ);
    expect(merged.occurrences[occ]?.responses?.value).toEqual(inputs.responses[occ]);
    expect(mergeSeriesDocuments(d, doc)).toEqual(merged);
  });
});
