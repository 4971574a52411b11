// Role commands through applyIntent: requests to take a turn and their answers, turns taken, overrides, opt-outs,
// custom roles and the organizer's role inputs.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { RoleInputs } from '../../../../src/domain/roles/recordRoleInputs';
import { roleChangeOf } from '../../../../src/domain/roles/roleChangeOf';
import { requestState } from '../../../../src/domain/roles/roleRequestState';
import { rolesOf } from '../../../../src/domain/roles/rolesOf';
import { DEFAULT_ROLES, ROLE_LABEL_MAX, ROLES_MAX } from '../../../../src/domain/roles/roleTypes';
import { validateRoles } from '../../../../src/domain/roles/setCustomRoles';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { compareStamps } from '../../../../src/domain/series/stamp';

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

describe('requests to take a turn (roles by consent)', () => {
  const dana = actor('dana');
  const sam = actor('sam');
  const lee = actor('lee');
  const ask = (id: string, from = sam, roleId = 'facilitator') =>
    [
      { kind: 'requestRoleSwap', id, occurrence: occ, roleId, holder: dana.id, holderName: 'Dana' },
      from,
    ] as const;
  const answer = (id: string, accept: boolean) =>
    ({ kind: 'answerRoleSwap', occurrence: occ, requestId: id, accept }) as const;
  const withdraw = (id: string) => ({ kind: 'withdrawRoleSwap', occurrence: occ, requestId: id }) as const;
  const asked = value(apply(doc, ...ask('q1'), 100));
  const change = (d: SeriesDocument) => roleChangeOf(d, occ, 'facilitator');
  const stateOf = (d: SeriesDocument, id = 'q1') => {
    const r = d.occurrences[occ]?.roleRequests?.[id];
    return r ? requestState(r) : undefined;
  };

  it('a request is stored, stamped, and changes nothing until the holder answers', () => {
    expect(asked.occurrences[occ]?.roleRequests?.['q1']).toEqual({
      role: 'facilitator',
      from: 'sam',
      fromName: 'sam',
      to: 'dana',
      toName: 'Dana',
      at: 100,
      c: 0,
      by: 'sam',
    });
    expect(change(asked)).toBeUndefined();
    expect(asked.occurrences[occ]?.roleOverrides).toBeUndefined();
  });

  it('accepted: this meeting’s role goes to the requester, logged as a swap the holder accepted', () => {
    const accepted = value(apply(asked, answer('q1', true), dana, 200));
    expect(stateOf(accepted)).toBe('accepted');
    expect(change(accepted)).toEqual({
      kind: 'swapAccepted',
      holder: 'sam',
      holderName: 'sam',
      from: 'dana',
      fromName: 'Dana',
      stamp: { at: 200, c: 0, by: 'dana' },
    });
  });

  it('declined: recorded, and nothing changes', () => {
    const declined = value(apply(asked, answer('q1', false), dana, 200));
    expect(stateOf(declined)).toBe('declined');
    expect(change(declined)).toBeUndefined();
  });

  it('only the person asked answers; only the requester withdraws', () => {
    expect(apply(asked, answer('q1', true), sam)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    expect(apply(asked, answer('q1', true), avery)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    expect(apply(asked, withdraw('q1'), dana)).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
    expect(apply(asked, answer('nope', true), dana)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('a retried request, answer or withdrawal that already landed is a no-op; a contrary one is refused', () => {
    expect(value(apply(asked, ...ask('q1'), 150))).toBe(asked);
    const accepted = value(apply(asked, answer('q1', true), dana, 200));
    expect(value(apply(accepted, answer('q1', true), dana, 300))).toBe(accepted);
    expect(apply(accepted, answer('q1', false), dana, 300)).toMatchObject({
      ok: false,
      failure: { problem: { code: 'roleRequestAccepted', to: 'Dana' } },
    });
    expect(apply(accepted, withdraw('q1'), sam, 300)).toMatchObject({
      ok: false,
      failure: { problem: { code: 'roleRequestAccepted', to: 'Dana' } },
    });
    const withdrawn = value(apply(asked, withdraw('q1'), sam, 200));
    expect(value(apply(withdrawn, withdraw('q1'), sam, 300))).toBe(withdrawn);
    expect(apply(withdrawn, answer('q1', true), dana, 300)).toMatchObject({
      ok: false,
      failure: { problem: { code: 'roleRequestWithdrawn', from: 'sam' } },
    });
    expect(change(withdrawn)).toBeUndefined();
  });

  it('refuses asking for one’s own role, asking twice while waiting, and roles the series lacks', () => {
    const [own] = ask('q2', dana);
    expect(apply(asked, own, dana)).toMatchObject({
      ok: false,
      failure: { problem: { code: 'roleAlreadyHeld' } },
    });
    expect(apply(asked, ...ask('q2'))).toMatchObject({ ok: false, failure: { kind: 'invalidInput' } });
    expect(apply(asked, ...ask('q3', sam, 'scribe'))).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
    // Once answered, the requester may ask again.
    const declined = value(apply(asked, answer('q1', false), dana, 200));
    expect(apply(declined, ...ask('q2'), 300).ok).toBe(true);
  });

  it('two people ask for the same turn: the holder gives it to one, and the other request no longer applies', () => {
    const both = value(apply(asked, ...ask('q2', lee), 110));
    const toLee = value(apply(both, answer('q2', true), dana, 200));
    expect(change(toLee)?.holder).toBe('lee');
    expect(apply(toLee, answer('q1', true), dana, 300)).toMatchObject({
      ok: false,
      failure: { problem: { code: 'roleTakenSince', holder: 'lee', from: 'sam' } },
    });
    // Declining it still works, and so does withdrawing it.
    expect(apply(toLee, answer('q1', false), dana, 300).ok).toBe(true);
    expect(apply(toLee, withdraw('q1'), sam, 300).ok).toBe(true);
  });

  describe('concurrent endings, merged in either order, whatever the clocks say', () => {
    // Both writes start from the same version (neither saw the other); their clocks run forwards, backwards or equal.
    const clocks: readonly (readonly [number, number])[] = [
      [200, 200],
      [10_000_000, 50],
      [50, 10_000_000],
      [-5_000, 300],
    ];
    const both = (a: SeriesDocument, b: SeriesDocument) => {
      const ab = mergeSeriesDocuments(a, b);
      expect(mergeSeriesDocuments(b, a)).toEqual(ab);
      return ab;
    };
    it.each(clocks)(
      'accept (clock %d) racing a withdrawal (clock %d): withdrawn, the holder keeps the role',
      (x, y) => {
        const merged = both(
          value(apply(asked, answer('q1', true), dana, x)),
          value(apply(asked, withdraw('q1'), sam, y)),
        );
        expect(stateOf(merged)).toBe('withdrawn');
        expect(change(merged)).toBeUndefined();
      },
    );
    it.each(clocks)(
      'accept (clock %d) and decline (clock %d) from the holder’s two devices: declined',
      (x, y) => {
        const dana2 = { ...dana };
        const merged = both(
          value(apply(asked, answer('q1', true), dana, x)),
          value(apply(asked, answer('q1', false), dana2, y)),
        );
        expect(stateOf(merged)).toBe('declined');
        expect(change(merged)).toBeUndefined();
      },
    );
    it.each(clocks)(
      'two requests (clocks %d, %d) both stay; accepting both on two devices gives it to the later',
      (x, y) => {
        const two = both(value(apply(doc, ...ask('q1'), x)), value(apply(doc, ...ask('q2', lee), y)));
        expect(Object.keys(two.occurrences[occ]?.roleRequests ?? {})).toEqual(['q1', 'q2']);
        const toSam = value(apply(two, answer('q1', true), dana, x));
        const toLee = value(apply(two, answer('q2', true), dana, y));
        const merged = both(toSam, toLee);
        const samStamp = toSam.occurrences[occ]!.roleRequests!['q1']!.answer!;
        const leeStamp = toLee.occurrences[occ]!.roleRequests!['q2']!.answer!;
        // Equal stamps (both devices saw the same version, their clocks behind it): the first request id, Sam's.
        const later = compareStamps(samStamp, leeStamp) >= 0 ? 'sam' : 'lee';
        expect(change(merged)?.holder).toBe(later);
      },
    );
    it('an override and an acceptance: the one stamped later holds the role', () => {
      const accepted = value(apply(asked, answer('q1', true), dana, 200));
      const overridden = value(
        apply(
          accepted,
          { kind: 'assignRole', occurrence: occ, roleId: 'facilitator', holder: lee.id },
          avery,
          1,
        ),
      );
      expect(change(overridden)).toMatchObject({ kind: 'override', holder: 'lee', as: 'organizer' });
    });
  });
});

describe('replanRoles', () => {
  const later = occurrenceKey('2026-03-10T17:00:00.000Z');
  it('is the organizer’s only, and each re-plan is kept in a grow-only log under its stamp', () => {
    expect(
      apply(doc, { kind: 'replanRoles', from: later }, actor('dana', { isFacilitator: true })),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const once = value(apply(doc, { kind: 'replanRoles', from: later }, avery, 100));
    const twice = value(apply(once, { kind: 'replanRoles', from: occ }, avery, 50));
    expect(Object.values(twice.roleReplans ?? {})).toEqual([
      { from: later, at: 100, c: 0, by: 'avery' },
      // A clock behind still orders after what it saw.
      { from: occ, at: 100, c: 1, by: 'avery' },
    ]);
    // Two organizer devices re-planning from one version: both stay, in either merge order.
    const other = value(apply(once, { kind: 'replanRoles', from: occ }, avery, 200));
    expect(Object.keys(mergeSeriesDocuments(twice, other).roleReplans ?? {})).toHaveLength(3);
    expect(mergeSeriesDocuments(twice, other)).toEqual(mergeSeriesDocuments(other, twice));
  });
});
