import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import { DEFAULT_ROLES } from '../../../../src/domain/roles/roleTypes';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { deriveRolesViewState, type RolesViewInput } from '../../../../src/app/hooks/deriveRolesViewState';
import type { PlannedOccurrence, RolesPlan } from '../../../../src/usecases/roles/planRoles';

const week = (i: number) => occurrenceKey(new Date(Date.UTC(2026, 2, 3 + 7 * i, 17)).toISOString());
const [avery, dana, sam, luis] = ['avery', 'dana', 'sam', 'luis'].map((n) => userId(`id-${n}`)) as [
  ReturnType<typeof userId>,
  ReturnType<typeof userId>,
  ReturnType<typeof userId>,
  ReturnType<typeof userId>,
];
const occ = (
  i: number,
  holders: readonly string[],
  extra: Partial<PlannedOccurrence> = {},
): PlannedOccurrence => ({
  occurrence: week(i),
  start: week(i),
  isCurrent: i === 1,
  changes: {},
  assignments: DEFAULT_ROLES.map((r, j) => ({
    role: r.id,
    holder: userId(holders[j]!),
    reason: {
      kind: 'picked' as const,
      name: holders[j]!,
      role: r.id,
      count: j,
      excess: 0,
      response: 'accepted' as const,
      alsoHolds: [],
      facilitatedLastTime: false,
    },
  })),
  skipped: [],
  ...extra,
});

function input(
  over: Partial<RolesPlan> = {},
  doc?: SeriesDocument,
  me = dana,
  isOrganizer = false,
): RolesViewInput {
  const occurrences = [
    occ(0, [avery, dana, sam]),
    occ(1, [dana, sam, avery], { skipped: [{ who: luis, reason: { kind: 'declined', name: 'Luis' } }] }),
    occ(2, [sam, avery, dana], { skipped: [{ who: luis, reason: { kind: 'declined', name: 'Luis' } }] }),
  ];
  const plan: RolesPlan = {
    roles: DEFAULT_ROLES,
    roster: [
      { id: avery, name: 'Avery', email: 'a@x', isOrganizer: true, optOuts: [] },
      { id: dana, name: 'Dana', email: 'd@x', isOrganizer: false, optOuts: ['noteTaker'] },
      { id: sam, name: 'Sam', email: 's@x', isOrganizer: false, optOuts: [] },
      { id: luis, name: 'Luis', email: 'l@x', isOrganizer: false, optOuts: [] },
    ],
    outside: [{ name: 'Kim', email: 'kim@fabrikam.example', reason: { kind: 'noAccount' } }],
    occurrences,
    current: occurrences[1]!,
    facilitator: dana,
    isFacilitator: me === dana,
    pending: null,
    notice: null,
    ...over,
  };
  return {
    plan,
    doc: doc ?? emptySeriesDocument(seriesKey('S'), 't'),
    me,
    isOrganizer,
    meetingMinutes: 60,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
}

describe('deriveRolesViewState', () => {
  it('shows this meeting’s holders with their reasons, and my roles', () => {
    const s = deriveRolesViewState(input());
    expect(s.holders.map((h) => `${h.roleLabel}: ${h.holderName}`)).toEqual([
      'Facilitator: Dana',
      'Timekeeper: Sam',
      'Note-taker: Avery',
    ]);
    expect(s.holders.map((h) => h.reason)).toEqual([
      'id-dana has had the fewest turns as Facilitator (none yet) and accepted the invite.',
      'id-sam has had the fewest turns as Timekeeper (1 so far) and accepted the invite.',
      'id-avery has had the fewest turns as Note-taker (2 so far) and accepted the invite.',
    ]);
    expect(s.myRoleLabels).toEqual(['Facilitator']);
  });

  it('offers to ask for roles I don’t hold and haven’t opted out of; taking without asking only when nobody holds it', () => {
    const s = deriveRolesViewState(input());
    expect(s.holders.map((h) => h.canAsk)).toEqual([false, true, false]);
    expect(s.holders.map((h) => h.canTakeTurn)).toEqual([false, false, false]);
    const vacant = occ(1, [dana, sam, avery]);
    const current: PlannedOccurrence = {
      ...vacant,
      assignments: vacant.assignments.map((a) =>
        a.role === 'timekeeper' ? { ...a, holder: null, reason: { kind: 'vacant', role: 'timekeeper' } } : a,
      ),
    };
    const open = deriveRolesViewState(input({ current, occurrences: [current] }));
    expect(open.holders[1]).toMatchObject({
      holderName: 'Nobody',
      reason: 'Nobody can be Timekeeper: everyone declined or opted out.',
      canAsk: false,
      canTakeTurn: true,
    });
  });

  it('lets the facilitator or organizer override, nobody else, and names the capacity on the control', () => {
    expect(deriveRolesViewState(input()).canOverride).toBe(true);
    expect(deriveRolesViewState(input()).overrideLabel).toBe('Assign as facilitator…');
    expect(deriveRolesViewState(input({}, undefined, sam)).canOverride).toBe(false);
    const organizer = deriveRolesViewState(input({}, undefined, avery, true));
    expect(organizer.canOverride).toBe(true);
    expect(organizer.overrideLabel).toBe('Assign as organizer…');
  });

  it('offers the organizer, and only the organizer, a re-plan of the meetings after this one', () => {
    expect(deriveRolesViewState(input({}, undefined, avery, true)).replanFrom).toBe(week(2));
    expect(deriveRolesViewState(input()).replanFrom).toBeNull();
  });

  describe('requests to take a turn', () => {
    const person = (id: typeof dana, name: string, isOrganizer = false): Actor => ({
      id,
      name,
      email: `${name}@x`,
      isOrganizer,
      isFacilitator: false,
      isTimekeeper: false,
      isNoteTaker: false,
    });
    const SAM = person(sam, 'Sam');
    const DANA = person(dana, 'Dana');
    let at = 100;
    const act = (d: SeriesDocument, who: Actor, intent: SeriesIntent): SeriesDocument => {
      const r = applyIntent(d, intent, who, at++);
      if (!r.ok) throw new Error(JSON.stringify(r.failure));
      return r.value;
    };
    // Dana holds the facilitator role in week 1; Sam asks for it.
    const asked = act(emptySeriesDocument(seriesKey('S'), 't'), SAM, {
      kind: 'requestRoleSwap',
      id: 'q1',
      occurrence: week(1),
      roleId: 'facilitator',
      holder: dana,
      holderName: 'Dana',
    });

    it('the holder sees it with Accept and Decline; the requester waits and can withdraw; others see it waiting', () => {
      const holder = deriveRolesViewState(input({}, asked, dana));
      expect(holder.holders[0]?.incoming).toEqual([
        { id: 'q1', fromName: 'Sam', label: 'Sam asks to take your turn as Facilitator.' },
      ]);
      const requester = deriveRolesViewState(input({}, asked, sam));
      expect(requester.holders[0]).toMatchObject({
        myRequest: { id: 'q1', label: 'Waiting for Dana to answer.', canWithdraw: true },
        canAsk: false,
        incoming: [],
      });
      const other = deriveRolesViewState(input({}, asked, luis));
      expect(other.holders[0]?.othersWaiting).toEqual([
        'Sam asked Dana for this turn; waiting for an answer.',
      ]);
      expect(other.holders[0]?.incoming).toEqual([]);
    });

    it('a decline is shown to the requester, who may ask again; nothing changed', () => {
      const declined = act(asked, DANA, {
        kind: 'answerRoleSwap',
        occurrence: week(1),
        requestId: 'q1',
        accept: false,
      });
      const requester = deriveRolesViewState(input({}, declined, sam));
      expect(requester.holders[0]).toMatchObject({
        myRequest: { label: 'Dana declined your request.', canWithdraw: false },
        canAsk: true,
      });
      expect(deriveRolesViewState(input({}, declined, dana)).holders[0]?.incoming).toEqual([]);
    });

    it('a withdrawn request disappears for everyone', () => {
      const withdrawn = act(asked, SAM, { kind: 'withdrawRoleSwap', occurrence: week(1), requestId: 'q1' });
      const requester = deriveRolesViewState(input({}, withdrawn, sam)).holders[0];
      expect(requester?.myRequest).toBeUndefined();
      expect(requester?.canAsk).toBe(true);
      expect(deriveRolesViewState(input({}, withdrawn, dana)).holders[0]?.incoming).toEqual([]);
      expect(deriveRolesViewState(input({}, withdrawn, luis)).holders[0]?.othersWaiting).toEqual([]);
    });

    it('a request to someone who no longer holds the role says so, and can be withdrawn', () => {
      // The rotation moved the facilitator role to Luis (Dana declined the invite, say).
      const current = occ(1, [luis, sam, avery]);
      const s = deriveRolesViewState(input({ current, occurrences: [current] }, asked, sam));
      expect(s.holders[0]?.myRequest).toMatchObject({
        label:
          'Dana no longer holds this role, so your request can’t be answered; withdraw it and ask again.',
        canWithdraw: true,
      });
    });
  });

  it('previews from this meeting on, names who declined, and lists who was skipped and who is outside', () => {
    const s = deriveRolesViewState(input());
    expect(s.preview.map((p) => p.holders)).toEqual([
      ['Dana', 'Sam', 'Avery'],
      ['Sam', 'Avery', 'Dana'],
    ]);
    expect(s.preview[0]?.dateLabel).toMatch(/\(this meeting\)$/);
    expect(s.preview[1]?.skippedLabel).toBe('Declined: Luis');
    expect(s.skipped).toEqual([
      'Luis declined this meeting.',
      'Kim: not in the rotation: no account in this tenant',
    ]);
  });

  it('the preview says who is tentative or hasn’t answered, where the answers are known', () => {
    const current = occ(1, [dana, sam, avery], {
      availability: { [dana]: 'tentative', [avery]: 'accepted' },
    });
    const s = deriveRolesViewState(input({ current, occurrences: [current] }));
    expect(s.preview[0]?.holders).toEqual(['Dana (tentative)', 'Sam (no answer yet)', 'Avery']);
    // Unknown answers (no snapshot from the organizer yet) are not guessed at.
    const unknown = deriveRolesViewState(input({ current: occ(1, [dana, sam, avery]) }));
    expect(unknown.preview[0]?.holders).toEqual(['Dana', 'Sam', 'Avery']);
  });

  it('logs an accepted swap as the holder’s acceptance, and an override with the capacity it was made in', () => {
    const when = Date.UTC(2026, 2, 9, 8, 30);
    const current: PlannedOccurrence = {
      ...occ(1, [sam, sam, dana]),
      changes: {
        facilitator: {
          kind: 'swapAccepted',
          holder: sam,
          holderName: 'Sam',
          from: dana,
          fromName: 'Dana',
          stamp: { at: when, c: 0, by: dana },
        },
        timekeeper: { kind: 'override', holder: sam, as: 'organizer', stamp: { at: when, c: 1, by: avery } },
        noteTaker: { kind: 'taken', holder: dana, stamp: { at: when, c: 2, by: dana } },
      },
    };
    const s = deriveRolesViewState(input({ current, occurrences: [current] }));
    expect(s.holders.map((h) => h.changedLabel)).toEqual([
      'Swap: Dana accepted Sam’s request, 9 Mar 2026, 08:30',
      'Organizer override: assigned by Avery, 9 Mar 2026, 08:30',
      'Taken by Dana, 9 Mar 2026, 08:30',
    ]);
  });

  it('dates the preview in a repaired locale rather than throw on one Intl rejects', () => {
    const posix = deriveRolesViewState({ ...input(), locale: 'en-US@posix' });
    const plain = deriveRolesViewState({ ...input(), locale: 'en-US' });
    expect(posix.preview.map((p) => p.dateLabel)).toEqual(plain.preview.map((p) => p.dateLabel));
    expect(() => deriveRolesViewState({ ...input(), locale: 'C.UTF-8' })).not.toThrow();
  });

  it('lets me edit my own opt-outs, the organizer everyone’s', () => {
    const mine = deriveRolesViewState(input());
    expect(mine.roster.filter((r) => r.editable).map((r) => r.name)).toEqual(['Dana']);
    expect(mine.roster[1]?.roles.map((r) => r.inRotation)).toEqual([true, true, false]);
    const organizer = deriveRolesViewState(input({}, undefined, avery, true));
    expect(organizer.roster.every((r) => r.editable)).toBe(true);
  });

  it('charts roles held up to this meeting, topics proposed, topics that made a closed agenda and actions owned', () => {
    // Built through the real intents, so "made a closed agenda" is read from the frozen outcome as it is stored.
    const as = (id: typeof dana, name: string, extra: Partial<Actor> = {}): Actor => ({
      id,
      name,
      email: `${name.toLowerCase()}@x`,
      isOrganizer: false,
      isFacilitator: false,
      isTimekeeper: false,
      isNoteTaker: false,
      ...extra,
    });
    const organizer = as(avery, 'Avery', { isOrganizer: true });
    let at = 1;
    const act = (d: SeriesDocument, who: Actor, intent: SeriesIntent): SeriesDocument => {
      const r = applyIntent(d, intent, who, at++);
      if (!r.ok) throw new Error(JSON.stringify(r.failure));
      return r.value;
    };
    const propose = (d: SeriesDocument, id: string, who: Actor) =>
      act(d, who, {
        kind: 'proposeTopic',
        id,
        occurrence: week(0),
        input: { title: id, why: '', outcome: 'discuss', estimateMinutes: 10 },
      });
    let doc = emptySeriesDocument(seriesKey('S'), 't');
    doc = propose(doc, 't1', as(dana, 'Dana'));
    doc = propose(doc, 't2', as(dana, 'Dana'));
    doc = propose(doc, 't3', as(sam, 'Sam'));
    doc = act(doc, organizer, {
      kind: 'captureAction',
      input: {
        id: 'a1',
        occurrence: week(0),
        title: 'Draft the plan',
        owner: { email: 'D@x', name: 'Dana' },
        how: 'assigned',
      },
    });
    doc = act(doc, organizer, { kind: 'closeVoting', occurrence: week(0), meetingMinutes: 60 });
    const s = deriveRolesViewState(input({}, doc));
    const dana_ = s.chart.find((c) => c.name === 'Dana');
    expect(dana_).toEqual({
      name: 'Dana',
      rolesHeld: 2,
      topicsProposed: 2,
      topicsOnAgenda: 2,
      actionItemsLabel: '1',
    });
    expect(s.chart.find((c) => c.name === 'Sam')?.actionItemsLabel).toBe('0');
    expect(s.chart.find((c) => c.name === 'Luis')?.rolesHeld).toBe(0);
    expect(s.chartMax).toBe(2);
  });
});
