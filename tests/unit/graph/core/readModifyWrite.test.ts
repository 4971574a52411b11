import { err, ok, type Result } from '../../../../src/domain/result';
import { backoffDelay, readModifyWrite } from '../../../../src/graph/core/readModifyWrite';
import type { Failure } from '../../../../src/usecases/ports';

// An in-memory eTag'd register of string sets: writes with a stale eTag get preconditionFailed, like a drive item.
class Register {
  value: readonly string[] = [];
  version = 1;
  reads = 0;
  writes = 0;
  /** Runs before the compare-and-set of the next write: lets a test slip in a competing writer. */
  beforeWrite: (() => void) | undefined;
  writeFailure: Failure | undefined;

  read = async (): Promise<Result<{ value: readonly string[]; etag: string }, Failure>> => {
    this.reads++;
    await Promise.resolve();
    return ok({ value: this.value, etag: `v${this.version}` });
  };

  write = async (
    value: readonly string[],
    latest: { etag: string },
  ): Promise<Result<{ value: readonly string[]; etag: string }, Failure>> => {
    await new Promise((r) => setImmediate(r));
    const hook = this.beforeWrite;
    this.beforeWrite = undefined;
    hook?.();
    if (this.writeFailure) return err(this.writeFailure);
    if (latest.etag !== `v${this.version}`) return err({ kind: 'preconditionFailed', status: 412 });
    this.value = value;
    this.version++;
    this.writes++;
    return ok({ value, etag: `v${this.version}` });
  };
}

const union = (a: readonly string[], b: readonly string[]): readonly string[] =>
  [...new Set([...a, ...b])].sort();
const add =
  (item: string) =>
  (latest: readonly string[]): Result<readonly string[], never> =>
    ok([...latest, item]);
const noSleep = async (): Promise<void> => undefined;

describe('readModifyWrite', () => {
  it('reads, applies, merges and writes once when nobody else writes', async () => {
    const reg = new Register();
    const r = await readModifyWrite({
      read: reg.read,
      write: reg.write,
      apply: add('a'),
      merge: union,
      sleep: noSleep,
    });
    expect(r).toEqual({ ok: true, value: { value: ['a'], etag: 'v2', attempts: 1 } });
    expect([reg.reads, reg.writes]).toEqual([1, 1]);
  });

  it('on a 412 re-reads, re-applies to the newer value and keeps the other write', async () => {
    const reg = new Register();
    reg.beforeWrite = () => {
      reg.value = ['theirs'];
      reg.version++;
    };
    const seen: (readonly string[])[] = [];
    const sleeps: number[] = [];
    const r = await readModifyWrite({
      read: reg.read,
      write: reg.write,
      apply: (latest: readonly string[]) => {
        seen.push(latest);
        return ok([...latest, 'mine']);
      },
      merge: union,
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    expect(r.ok && r.value.attempts).toBe(2);
    expect(reg.value).toEqual(['mine', 'theirs']);
    expect(seen).toEqual([[], ['theirs']]);
    expect(sleeps).toEqual([25]); // full jitter: 0.5 × min(1500, 50·2^0)
  });

  it('returns a rule error as it is and writes nothing', async () => {
    const reg = new Register();
    const r = await readModifyWrite({
      read: reg.read,
      write: reg.write,
      apply: () => err({ rule: 'overBudget' as const }),
      merge: union,
      sleep: noSleep,
    });
    expect(r).toEqual({ ok: false, failure: { rule: 'overBudget' } });
    expect(reg.writes).toBe(0);
  });

  it('re-checks the rule on the latest value after a conflict', async () => {
    const reg = new Register();
    reg.beforeWrite = () => {
      reg.value = ['closed'];
      reg.version++;
    };
    const r = await readModifyWrite({
      read: reg.read,
      write: reg.write,
      apply: (latest: readonly string[]) =>
        latest.includes('closed') ? err('votingClosed') : ok([...latest, 'vote']),
      merge: union,
      sleep: noSleep,
    });
    expect(r).toEqual({ ok: false, failure: 'votingClosed' });
    expect(reg.value).toEqual(['closed']);
  });

  it('returns a read failure (e.g. a document it must not overwrite) without writing', async () => {
    const reg = new Register();
    const invalid: Failure = { kind: 'invalidDocument', code: 'CorruptDocument' };
    const r = await readModifyWrite({
      read: async () => err(invalid),
      write: reg.write,
      apply: add('a'),
      merge: union,
      sleep: noSleep,
    });
    expect(r).toEqual({ ok: false, failure: invalid });
    expect(reg.writes).toBe(0);
  });

  it('returns other write failures at once: throttling was already retried below', async () => {
    const reg = new Register();
    reg.writeFailure = { kind: 'throttled', status: 429 };
    const r = await readModifyWrite({
      read: reg.read,
      write: reg.write,
      apply: add('a'),
      merge: union,
      sleep: noSleep,
    });
    expect(r).toEqual({ ok: false, failure: { kind: 'throttled', status: 429 } });
    expect(reg.reads).toBe(1);
  });

  it('gives up after maxAttempts with preconditionFailed / TooManyConflicts', async () => {
    const reg = new Register();
    let attempts = 0;
    const r = await readModifyWrite({
      read: reg.read,
      write: async (value, latest) => {
        attempts++;
        reg.version++; // someone always wins the race first
        return reg.write(value, latest);
      },
      apply: add('a'),
      merge: union,
      maxAttempts: 3,
      sleep: noSleep,
    });
    expect(attempts).toBe(3);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.failure).toMatchObject({ kind: 'preconditionFailed', code: 'TooManyConflicts', status: 412 });
  });

  it('lands 50 simultaneous writers with the default bounds, none lost', async () => {
    const reg = new Register();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        readModifyWrite({
          read: reg.read,
          write: reg.write,
          apply: add(`w${String(i).padStart(2, '0')}`),
          merge: union,
          // Real timers with a small base keep the race real and the test fast.
          baseDelayMs: 1,
          maxDelayMs: 30,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(reg.value).toHaveLength(50);
    expect(reg.writes).toBe(50);
    const attempts = results.map((r) => (r.ok ? r.value.attempts : 0));
    expect(Math.max(...attempts)).toBeLessThanOrEqual(40);
  });
});

describe('backoffDelay (full jitter)', () => {
  it('grows exponentially from the base and stops at the cap', () => {
    const top = (retry: number) => backoffDelay(retry, 50, 1500, () => 0.999999);
    expect([1, 2, 3, 4, 5, 6, 10].map(top)).toEqual([49, 99, 199, 399, 799, 1499, 1499]);
    expect(backoffDelay(7, 50, 1500, () => 0)).toBe(0);
  });
});
