// The hybrid logical clock behind every register's stamp (DESIGN.md "Concurrency").
import fc from 'fast-check';
import { userId } from '../../../../src/domain/ids';
import {
  clampFutureStamps,
  compareStamps,
  MAX_CLOCK_SKEW_MS,
  maxStampIn,
  stampKey,
  tick,
  type Stamp,
} from '../../../../src/domain/series/stamp';

const YEAR = 365 * 24 * 3_600_000;
const T = Date.parse('2026-01-05T09:00:00.000Z');
const writer = fc.string({ minLength: 1, maxLength: 8 }).map(userId);
/** Epoch ms from 1970 to a century from now. */
const epoch = fc.integer({ min: 0, max: T + 100 * YEAR });
const seenStamp = fc.record({ at: epoch, c: fc.integer({ min: 0, max: 1_000_000 }) });
/** Any clock reading: right, far behind, far ahead, or not a number at all. */
const anyNow = fc.oneof(
  epoch,
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0),
);
const after = (a: Pick<Stamp, 'at' | 'c'>, b: Pick<Stamp, 'at' | 'c'>) =>
  a.at > b.at || (a.at === b.at && a.c > b.c);

describe('tick', () => {
  it('is greater than everything seen, whatever the local clock says', () => {
    fc.assert(
      fc.property(seenStamp, anyNow, writer, (seen, now, by) => {
        const s = tick(seen, now, by);
        expect(after(s, seen)).toBe(true);
        expect(s.by).toBe(by);
        expect(Number.isInteger(s.at) && Number.isInteger(s.c)).toBe(true);
      }),
    );
  });

  it('follows physical time when the clock is ahead of everything seen: its own time, counter 0', () => {
    fc.assert(
      fc.property(seenStamp, fc.integer({ min: 1, max: 10 * YEAR }), writer, (seen, ahead, by) => {
        expect(tick(seen, seen.at + ahead, by)).toEqual({ at: seen.at + ahead, c: 0, by });
      }),
    );
    expect(tick(undefined, T + 0.7, userId('u'))).toEqual({ at: T, c: 0, by: 'u' });
  });

  it('stays at the highest time seen when the clock is behind, counting up instead', () => {
    fc.assert(
      fc.property(seenStamp, fc.integer({ min: 0, max: 10 * YEAR }), writer, (seen, behind, by) => {
        expect(tick(seen, seen.at - behind, by)).toEqual({ at: seen.at, c: seen.c + 1, by });
      }),
    );
  });

  it('a writer ticking on its own stamps is strictly monotonic, and never behind its own clock', () => {
    fc.assert(
      fc.property(fc.array(epoch, { minLength: 1, maxLength: 50 }), writer, (clock, by) => {
        let last: Stamp | undefined;
        for (const now of clock) {
          const s = tick(last, now, by);
          if (last) expect(compareStamps(s, last)).toBe(1);
          expect(s.at).toBeGreaterThanOrEqual(now);
          last = s;
        }
      }),
    );
  });

  it('two writers that see each other’s stamps interleave in a total order that respects what they saw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.boolean(), now: epoch }), { minLength: 1, maxLength: 40 }),
        (writes) => {
          let seen: Stamp | undefined;
          const log: Stamp[] = [];
          for (const w of writes) {
            const s = tick(seen, w.now, userId(w.who ? 'a' : 'b'));
            log.push(s);
            seen = s;
          }
          const sorted = [...log].sort(compareStamps);
          expect(sorted).toEqual(log);
        },
      ),
    );
  });
});

describe('compareStamps and stampKey', () => {
  const stamp = fc.record({
    at: fc.integer({ min: 0, max: 10 ** 15 - 1 }),
    c: fc.integer({ min: 0, max: 999_999 }),
    by: writer,
  });

  it('order by time, then counter, then writer; stampKey sorts the same way', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const byKey = stampKey(a) < stampKey(b) ? -1 : stampKey(a) > stampKey(b) ? 1 : 0;
        expect(byKey).toBe(compareStamps(a, b));
        expect(compareStamps(b, a)).toBe(-compareStamps(a, b));
      }),
    );
  });
});

describe('maxStampIn', () => {
  it('finds the highest stamp anywhere in a document, ignoring things that only look a bit like one', () => {
    const doc = {
      settings: { value: { budget: 3 }, at: 5, c: 2, by: 'u1' },
      occurrences: {
        x: {
          ballots: { u2: { value: { a: 1 }, at: 7, c: 0, by: 'u2' } },
          votingLog: { k: { at: 99, by: 'u3' } },
        },
      },
      list: [{ value: 1, at: 7, c: 3, by: 'u4' }],
      notAStamp: { at: 1e15, c: '9', by: 'u5' },
    };
    expect(maxStampIn(doc)).toEqual({ at: 7, c: 3 });
    expect(maxStampIn({ nothing: [1, 'two', null] })).toBeUndefined();
  });
});

describe('clampFutureStamps', () => {
  /** A small tree of registers and plain values, as a series document is. */
  const tree = (stampAt: fc.Arbitrary<number>) =>
    fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ value: fc.integer(), at: stampAt, c: fc.nat(10), by: writer }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.integer(),
        fc.string({ maxLength: 4 }),
      ),
    })).node;

  it('leaves a document whose stamps are all in the past (or within the skew) untouched: the same object', () => {
    fc.assert(
      fc.property(tree(fc.integer({ min: 0, max: T + MAX_CLOCK_SKEW_MS })), (doc) => {
        const { value, report } = clampFutureStamps(doc, T);
        expect(value).toBe(doc);
        expect(report).toEqual({ count: 0 });
      }),
    );
  });

  it('pulls every stamp beyond the skew back to it, keeping counter and writer, and nothing else', () => {
    fc.assert(
      fc.property(tree(fc.integer({ min: 0, max: T + 200 * YEAR })), (doc) => {
        const before = JSON.stringify(doc);
        const { value, report } = clampFutureStamps(doc, T);
        expect(JSON.stringify(doc)).toBe(before); // pure: the input is not changed
        const limit = T + MAX_CLOCK_SKEW_MS;
        let count = 0;
        let furthest = -Infinity;
        const walk = (a: unknown, b: unknown): void => {
          if (a === null || typeof a !== 'object') return expect(b).toBe(a);
          const o = a as Record<string, unknown>;
          const p = b as Record<string, unknown>;
          expect(Object.keys(p)).toEqual(Object.keys(o));
          const isStamp =
            typeof o['at'] === 'number' && typeof o['c'] === 'number' && typeof o['by'] === 'string';
          for (const k of Object.keys(o)) {
            if (isStamp && k === 'at' && (o['at'] as number) > limit) {
              count += 1;
              furthest = Math.max(furthest, o['at'] as number);
              expect(p['at']).toBe(limit);
            } else walk(o[k], p[k]);
          }
        };
        walk(doc, value);
        expect(report.count).toBe(count);
        expect(report.furthest).toBe(count > 0 ? furthest : undefined);
      }),
    );
  });

  it('a clamped document ticks to a stamp near now, not into the forged future', () => {
    const forged = { register: { value: 'x', at: T + 100 * YEAR, c: 4, by: 'mallory' } };
    const { value } = clampFutureStamps(forged, T);
    expect(tick(maxStampIn(value), T, userId('u'))).toEqual({ at: T + MAX_CLOCK_SKEW_MS, c: 5, by: 'u' });
    expect(tick(maxStampIn(forged), T, userId('u')).at).toBe(T + 100 * YEAR);
  });
});
