// Which nudges an act makes due (issue #15): a pure function of the document, the occurrence, now and the attendees.
import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import { occurrenceKey } from '../../../../src/domain/ids';
import { dueNudges, type NudgeInput } from '../../../../src/domain/nudges/dueNudges';
import { claimedBy } from '../../../../src/domain/nudges/markNudges';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import {
  OCC,
  act,
  adele,
  ben,
  close,
  cy,
  emptyDoc,
  must,
  propose,
  topic,
  vote,
} from '../../app/agenda/agendaFixture';

const START = Date.parse(OCC);
const H = 3_600_000;
const attendees = [adele, ben, cy].map((p) => ({ id: p.id, name: p.name, email: p.email }));
const roles = [
  { roleId: 'facilitator', label: 'Facilitator', holder: ben.id },
  { roleId: 'timekeeper', label: 'Timekeeper', holder: adele.id },
];

function withTopics(): SeriesDocument {
  let d = propose(emptyDoc(), 't1', ben, topic('Hiring'));
  d = propose(d, 't2', cy, topic('Offsite'));
  return vote(d, ben, { t1: 2, t2: 1 });
}

const input = (doc: SeriesDocument, over: Partial<NudgeInput> = {}): NudgeInput => ({
  doc,
  occurrence: OCC,
  occurrenceStart: START,
  now: START - 2 * 24 * H,
  meetingTitle: 'Leadership weekly',
  words: actionProblemsMessages.nudgePreview,
  attendees,
  roles,
  trigger: 'published',
  actor: adele.id,
  ...over,
});

const keys = (n: readonly { key: string }[]) => n.map((x) => x.key).sort();

describe('dueNudges', () => {
  it('a request to take a turn tells only the holder asked, once per request, while the meeting is to come', () => {
    const request = { id: 'q1', holder: ben.id, fromName: 'Cy', roleLabel: 'Facilitator' };
    const due = dueNudges(
      input(withTopics(), { trigger: 'roleRequested', actor: cy.id, requests: [request] }),
    );
    expect(due).toEqual([
      {
        kind: 'roleRequested',
        key: `roleRequested:${OCC}:q1:ben`,
        recipient: ben.id,
        params: { meeting: 'Leadership weekly', role: 'Facilitator' },
        preview:
          'Cy asks to take your turn as Facilitator in Leadership weekly. Accept or decline in Roundtable.',
      },
    ]);
    // Nothing else rides along (voting, roles), and nothing once the meeting has started.
    expect(
      dueNudges(
        input(withTopics(), { trigger: 'roleRequested', actor: cy.id, requests: [request], now: START + H }),
      ),
    ).toEqual([]);
    // Claimed once: a second sending finds the key taken.
    const claimed = must(
      applyIntent(withTopics(), { kind: 'markNudges', keys: [due[0]!.key], token: 't' }, cy, START - 24 * H),
    );
    expect(
      dueNudges(input(claimed, { trigger: 'roleRequested', actor: cy.id, requests: [request] })),
    ).toEqual([]);
  });

  it('publishing two days ahead: voting is open (everyone but the actor) and the role holders are told', () => {
    const due = dueNudges(input(withTopics()));
    expect(keys(due)).toEqual(
      [`roleNext:${OCC}:facilitator:ben`, `votingOpened:${OCC}:0:ben`, `votingOpened:${OCC}:0:cy`].sort(),
    );
    expect(due.find((n) => n.kind === 'roleNext')?.params).toEqual({
      meeting: 'Leadership weekly',
      role: 'Facilitator',
    });
  });

  it('within 24 h of the start, only those with dots left are reminded, with how many', () => {
    const due = dueNudges(input(withTopics(), { now: START - 5 * H, trigger: 'votingOpened' }));
    const soon = due.filter((n) => n.kind === 'votingClosesSoon');
    // Ben spent his 3 dots; Cy has all 3; Adele is the actor.
    expect(soon.map((n) => [n.recipient, n.params['dots']])).toEqual([['cy', '3']]);
  });

  it('nothing about voting once it is closed or the meeting has started; closing tells the role holders', () => {
    const closed = close(withTopics());
    expect(dueNudges(input(closed)).map((n) => n.kind)).toEqual(['roleNext']);
    expect(dueNudges(input(withTopics(), { now: START + H }))).toEqual([]);
    expect(
      dueNudges(input(closed, { trigger: 'votingClosed', actor: cy.id })).map((n) => n.recipient),
    ).toEqual(['ben', 'adele']);
  });

  it('a reopen after a close is a new votingOpened nudge; the same opening is not', () => {
    const d = withTopics();
    const first = dueNudges(input(d, { trigger: 'votingOpened' }));
    const reopened = act(close(d), adele, { kind: 'reopenVoting', occurrence: OCC });
    const second = dueNudges(input(reopened, { trigger: 'votingOpened' }));
    expect(keys(second.filter((n) => n.kind === 'votingOpened'))).not.toEqual(
      keys(first.filter((n) => n.kind === 'votingOpened')),
    );
  });

  it('an owned action due within 24 h (or lately overdue) nudges its owners by their account; done ones do not', () => {
    const now = Date.parse('2025-03-09T12:00:00Z');
    let d = act(emptyDoc(), adele, {
      kind: 'captureAction',
      input: {
        id: 'a1',
        occurrence: OCC,
        title: 'Draft plan',
        owner: { email: 'BEN@x', name: 'Ben' },
        how: 'assigned',
        due: '2025-03-10',
      },
    });
    d = act(d, adele, {
      kind: 'captureAction',
      input: {
        id: 'a2',
        occurrence: OCC,
        title: 'Later',
        owner: { email: 'cy@x', name: 'Cy' },
        how: 'assigned',
        due: '2025-03-20',
      },
    });
    d = act(d, adele, {
      kind: 'captureAction',
      input: {
        id: 'a3',
        occurrence: OCC,
        title: 'Done',
        owner: { email: 'cy@x', name: 'Cy' },
        how: 'assigned',
        due: '2025-03-09',
      },
    });
    d = act(d, adele, { kind: 'completeAction', actionId: 'a3', completed: true });
    const due = dueNudges(input(d, { now, trigger: 'recorded', roles: [] }));
    expect(due.map((n) => [n.key, n.params])).toEqual([
      ['actionDue:a1:2025-03-10:ben', { action: 'Draft plan', due: '2025-03-10' }],
    ]);
  });

  it("recording a meeting tells the next occurrence's role holders (not the actor), and no voting nudges", () => {
    const next = occurrenceKey('2025-03-17T09:00:00.000Z');
    const due = dueNudges(
      input(withTopics(), {
        trigger: 'recorded',
        occurrence: next,
        occurrenceStart: Date.parse(next),
        now: START + 2 * H,
        actor: ben.id,
        roles: [
          { roleId: 'facilitator', label: 'Facilitator', holder: cy.id },
          { roleId: 'noteTaker', label: 'Note-taker', holder: ben.id },
        ],
      }),
    );
    expect(keys(due)).toEqual([`roleNext:${next}:facilitator:cy`]);
  });

  it('claimed keys are not due again, whoever claimed them', () => {
    const d = withTopics();
    const due = dueNudges(input(d));
    const claimed = must(
      applyIntent(d, { kind: 'markNudges', keys: due.map((n) => n.key), token: 'cy-1' }, cy, 10_000),
    );
    expect(dueNudges(input(claimed))).toEqual([]);
    expect(
      claimedBy(
        claimed,
        due.map((n) => n.key),
        'cy-1',
      ).size,
    ).toBe(due.length);
  });

  it('a second claim on the same keys takes none of them (the first claimer sends)', () => {
    const d = withTopics();
    const k = dueNudges(input(d)).map((n) => n.key);
    const first = must(applyIntent(d, { kind: 'markNudges', keys: k, token: 'a' }, adele, 10_000));
    // The second claimer's clock is a day behind; the claim is re-applied on the newest version (If-Match).
    const second = must(
      applyIntent(first, { kind: 'markNudges', keys: k, token: 'b' }, ben, 10_000 - 86_400_000),
    );
    expect(claimedBy(second, k, 'b').size).toBe(0);
    expect(claimedBy(second, k, 'a').size).toBe(k.length);
  });
});
