// Old closed meetings move to the archive file so the live file stays small (DESIGN.md "Trust in the file"). What must
// not change when they do: the next meeting's list (which topics are open, how often each was deferred), what live
// records still name, and anything changed between planning the move and making it.
import { buildAgenda } from '../../../../src/domain/agenda/buildAgenda';
import { occurrenceKey, type OccurrenceKey } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { planArchive, ARCHIVE_AFTER_DAYS } from '../../../../src/domain/series/planArchive';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { act, adele, ben, close, cy, emptyDoc, propose, topic, vote } from '../../app/agenda/agendaFixture';

const DAY = 86_400_000;
const week = (n: number): OccurrenceKey =>
  occurrenceKey(new Date(Date.parse('2025-01-06T09:00:00.000Z') + n * 7 * DAY).toISOString());

/**
 * 30 weekly meetings. Each week two new topics; the group votes one up (covered) and leaves the other parked. One
 * topic, "Evergreen", is proposed in week 0 and never makes the cut: it is deferred at every close.
 */
function twoYearsOfMeetings(weeks = 30): SeriesDocument {
  let d = propose(emptyDoc(), 'evergreen', cy, topic('Evergreen'), week(0));
  for (let w = 0; w < weeks; w++) {
    d = propose(d, `hot${w}`, ben, topic(`Hot ${w}`), week(w));
    d = propose(d, `cold${w}`, ben, topic(`Cold ${w}`), week(w));
    d = vote(d, adele, { [`hot${w}`]: 2 }, week(w));
    d = vote(d, cy, { [`hot${w}`]: 1 }, week(w));
    // Only the hot topic fits: one boulder a week.
    if (w === 0)
      d = act(d, adele, { kind: 'setSettings', settings: { ...d.settings?.value, ...oneBoulder } });
    d = close(d, week(w));
  }
  return d;
}
const oneBoulder = {
  budget: 3,
  maxPerTopic: 2,
  boulderCount: 1,
  segments: [{ id: 'wrap', label: 'Wrap-up', minutes: 5, position: 'after' as const }],
};

const nextList = (d: SeriesDocument, at: OccurrenceKey) =>
  buildAgenda(d, at, 60)
    .ranked.map((t) => `${t.id}×${t.deferred}`)
    .sort();

describe('planArchive and the archive intent', () => {
  const doc = twoYearsOfMeetings();
  const now = Date.parse(week(30)) + DAY;

  it('moves meetings older than the set age, except the newest closed one, and the topics they settled', () => {
    const part = planArchive(doc, now);
    if (!part) throw new Error('expected something to archive');
    const moved = Object.keys(part.doc.occurrences).sort();
    const cutoff = now - ARCHIVE_AFTER_DAYS * DAY;
    expect(moved.every((k) => Date.parse(k) < cutoff)).toBe(true);
    expect(moved).toContain(week(0));
    expect(moved).not.toContain(week(29));
    expect(part.through).toBe(moved[moved.length - 1]);
    // The hot topics of those weeks were covered; the cold ones are still open and stay live.
    for (const k of moved) {
      const w = Math.round((Date.parse(k) - Date.parse(week(0))) / (7 * DAY));
      expect(part.doc.proposals[`hot${w}`]).toBeDefined();
      expect(part.doc.proposals[`cold${w}`]).toBeUndefined();
    }
    expect(part.doc.proposals['evergreen']).toBeUndefined();
  });

  it('leaves the next meeting’s list exactly as it was: the same open topics, deferred as often', () => {
    const part = planArchive(doc, now);
    if (!part) throw new Error('expected something to archive');
    const before = nextList(doc, week(30));
    const after = act(doc, adele, { kind: 'archive', part, file: 'series-x.archive.json' });
    expect(nextList(after, week(30))).toEqual(before);
    expect(before).toContain('evergreen×30');
    // And the live file shrank.
    expect(JSON.stringify(after).length).toBeLessThan(JSON.stringify(doc).length * 0.8);
    expect(after.archive?.value).toMatchObject({ files: ['series-x.archive.json'], through: part.through });
  });

  it('keeps live what changed between the plan and the move, and refuses changes to archived meetings', () => {
    const part = planArchive(doc, now);
    if (!part) throw new Error('expected something to archive');
    // A decision written on week 0 after the plan was made: archiving moves a prefix of meetings, so this time
    // nothing moves (week 0 is first) and nothing is lost.
    const changed = act(doc, adele, {
      kind: 'recordDecision',
      occurrence: week(0),
      topicId: 'hot0',
      decision: { text: 'Go', holder: 'Adele Vance' },
    });
    const after = act(changed, adele, { kind: 'archive', part, file: 'series-x.archive.json' });
    expect(after).toBe(changed);
    // The next run plans again from what is there now, decision included, and moves it all.
    const again = planArchive(changed, now);
    if (!again) throw new Error('expected something to archive');
    expect(again.doc.occurrences[week(0)]?.decisions['hot0']?.value.text).toBe('Go');
    const moved = act(changed, adele, { kind: 'archive', part: again, file: 'series-x.archive.json' });
    expect(moved.occurrences[week(0)]).toBeUndefined();
    expect(moved.occurrences[week(1)]).toBeUndefined();
    // Anything naming an archived meeting is refused from now on.
    const late = applyIntent(
      moved,
      { kind: 'setTopicStatus', occurrence: week(1), topicId: 'hot1', status: 'notReached' },
      adele,
      now,
    );
    expect(late.ok ? undefined : late.failure.kind).toBe('notFound');
  });

  it('is the organizer’s to do, and there is nothing to move in a young series', () => {
    const part = planArchive(doc, now);
    if (!part) throw new Error('expected something to archive');
    const r = applyIntent(doc, { kind: 'archive', part, file: 'f' }, ben, now);
    expect(r.ok ? undefined : r.failure.kind).toBe('notAllowed');
    expect(planArchive(twoYearsOfMeetings(5), Date.parse(week(5)))).toBeUndefined();
  });

  it('takes merged topics along with the topic they were merged into', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'), week(0));
    d = propose(d, 'a2', cy, topic('Alpha again'), week(0));
    d = act(d, adele, { kind: 'mergeTopics', occurrence: week(0), from: 'a2', into: 'a' });
    d = vote(d, adele, { a: 2 }, week(0));
    d = close(d, week(0));
    d = propose(d, 'b', ben, topic('Beta'), week(1));
    d = close(d, week(1));
    const part = planArchive(d, Date.parse(week(40)));
    expect(Object.keys(part?.doc.proposals ?? {}).sort()).toEqual(['a', 'a2']);
  });

  it('drops the nudge claims about archived meetings and moved actions; keeps those about live ones', () => {
    const part = planArchive(doc, now);
    if (!part) throw new Error('expected something to archive');
    const claims = [
      `roleNext:${week(0)}:facilitator:ben`,
      `votingOpened:${week(1)}:1736150400000.0:cy`,
      `votingClosesSoon:${week(29)}:cy`,
      `roleNext:${week(30)}:timekeeper:adele`,
      'actionDue:gone-action:2025-01-10:ben',
    ];
    const claimed = act(doc, adele, { kind: 'markNudges', keys: claims, token: 'adele-1' });
    const after = act(claimed, adele, { kind: 'archive', part, file: 'series-x.archive.json' });
    expect(Object.keys(after.nudgesSent ?? {}).sort()).toEqual(
      [`roleNext:${week(30)}:timekeeper:adele`, `votingClosesSoon:${week(29)}:cy`].sort(),
    );
  });
});
