// The notes register's guarantees as properties (domain/notes/mergeItemNotes): the merge is a join, and no saved
// text is ever lost unless a save that saw it replaced it — with writers whose clocks jump backwards, editing from
// stale views, and merges of any replicas in any order.
import fc from 'fast-check';
import { userId } from '../../../../src/domain/ids';
import { mergeItemNotes } from '../../../../src/domain/notes/mergeItemNotes';
import { notesOf } from '../../../../src/domain/notes/notesOf';
import type { ItemNotes } from '../../../../src/domain/notes/notesTypes';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { canonicalJson } from '../../../../src/domain/series/lww';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { adele, ben, close, emptyDoc, OCC, person, propose, vote } from '../../app/agenda/agendaFixture';

const arbUser = fc.constantFrom(...['u0', 'u1', 'u2'].map(userId));
const arbNotes: fc.Arbitrary<ItemNotes> = fc
  .record({
    versions: fc.dictionary(
      fc.constantFrom('v1', 'v2', 'v3', 'v4'),
      fc.record({
        text: fc.constantFrom('a', 'b', ''),
        byName: fc.constant('x'),
        at: fc.integer({ min: 0, max: 5 }),
        c: fc.integer({ min: 0, max: 2 }),
        by: arbUser,
      }),
    ),
    replaced: fc.subarray(['v1', 'v2', 'v3', 'v4', 'v5']),
  })
  .map((n) => ({
    replaced: n.replaced,
    versions: Object.fromEntries(Object.entries(n.versions).filter(([id]) => !n.replaced.includes(id))),
  }));
const same = (a: ItemNotes, b: ItemNotes) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('mergeItemNotes is a join', () => {
  it('commutative, associative, idempotent', () => {
    fc.assert(
      fc.property(arbNotes, arbNotes, arbNotes, (a, b, c) => {
        same(mergeItemNotes(a, b), mergeItemNotes(b, a));
        same(mergeItemNotes(mergeItemNotes(a, b), c), mergeItemNotes(a, mergeItemNotes(b, c)));
        same(mergeItemNotes(a, a), a);
        same(mergeItemNotes(mergeItemNotes(a, b), b), mergeItemNotes(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('drops a version only if one side replaced it', () => {
    fc.assert(
      fc.property(arbNotes, arbNotes, (a, b) => {
        const m = mergeItemNotes(a, b);
        for (const id of [...Object.keys(a.versions), ...Object.keys(b.versions)])
          expect(id in m.versions || m.replaced.includes(id)).toBe(true);
      }),
    );
  });
});

// The protocol: writers open an editor on the version of the file they last read (possibly stale), type, and save;
// the save is applied to the newest file (If-Match, re-applied after a 412) with the ids the editor started from.
// Clocks jump backwards by up to two days. Any replica the history produced may later be merged with any other.
const nia = person('nia', { isNoteTaker: true, name: 'Nia' });
const writers = [nia, adele, ben];
const DAY = 86_400_000;

const start = (): SeriesDocument => {
  const d = propose(emptyDoc(), 'A', ben);
  const v = vote(d, ben, { A: 1 });
  const c = close(v);
  const r = applyIntent(
    c,
    { kind: 'setNoteWriter', occurrence: OCC, person: ben.id, name: 'Ben', invited: true },
    nia,
    5_000,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  return r.value;
};

const arbStep = fc.record({
  who: fc.integer({ min: 0, max: 2 }),
  /** Which earlier version of the file the writer's editor was opened on (0 = the newest). */
  staleness: fc.integer({ min: 0, max: 3 }),
  clock: fc.integer({ min: -2 * DAY, max: 60_000 }),
});

describe('no saved text is lost', () => {
  it('every text saved is live at the end, or a later save that saw it replaced it', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 12 }), (steps) => {
        const history: SeriesDocument[] = [start()];
        const saved: { text: string; id: string }[] = [];
        const seenBySaves = new Set<string>();
        let t = 10_000;
        steps.forEach((s, i) => {
          const newest = history[history.length - 1]!;
          const editorOn = history[Math.max(0, history.length - 1 - s.staleness)]!;
          const basedOn = notesOf(editorOn, OCC, 'A').map((v) => v.id);
          const text = `save ${i}`;
          t += s.clock;
          const r = applyIntent(
            newest,
            { kind: 'writeNotes', occurrence: OCC, itemId: 'A', text, basedOn },
            writers[s.who]!,
            t,
          );
          if (!r.ok) throw new Error(JSON.stringify(r.failure));
          const mine = notesOf(r.value, OCC, 'A').find((v) => v.text === text);
          expect(mine).toBeDefined();
          saved.push({ text, id: mine!.id });
          for (const id of basedOn) seenBySaves.add(id);
          history.push(r.value);
        });
        const last = history[history.length - 1]!;
        // Any replica merged with the last one, in either order, agrees with it (the file only moves forward).
        for (const h of history) {
          expect(canonicalJson(mergeSeriesDocuments(h, last))).toBe(canonicalJson(last));
          expect(canonicalJson(mergeSeriesDocuments(last, h))).toBe(canonicalJson(last));
        }
        const live = new Set(notesOf(last, OCC, 'A').map((v) => v.id));
        for (const s of saved) expect(live.has(s.id) || seenBySaves.has(s.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
