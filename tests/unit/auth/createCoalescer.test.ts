import { createCoalescer } from '../../../src/auth/createCoalescer';

describe('createCoalescer', () => {
  it('runs once per key while a run is in flight, and again after it settles', async () => {
    const coalesce = createCoalescer<string>();
    let runs = 0;
    const run = async (): Promise<string> => {
      runs += 1;
      return `run-${runs}`;
    };

    const [a, b, c] = await Promise.all([coalesce('k', run), coalesce('k', run), coalesce('other', run)]);
    expect([a, b, c]).toEqual(['run-1', 'run-1', 'run-2']);
    await expect(coalesce('k', run)).resolves.toBe('run-3');
  });

  it('shares a rejection and forgets it, so the next call retries', async () => {
    const coalesce = createCoalescer<string>();
    const failing = (): Promise<string> => Promise.reject(new Error('offline'));

    const both = Promise.allSettled([coalesce('k', failing), coalesce('k', () => Promise.resolve('unused'))]);
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(coalesce('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });

  it('turns a synchronous throw into a rejection', async () => {
    const coalesce = createCoalescer<string>();
    await expect(
      coalesce('k', () => {
        throw new Error('bug');
      }),
    ).rejects.toThrow('bug');
  });
});
