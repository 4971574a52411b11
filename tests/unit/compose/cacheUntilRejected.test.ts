import { cacheUntilRejected } from '../../../src/compose/cacheUntilRejected';

describe('cacheUntilRejected', () => {
  it('runs the factory once while it succeeds', async () => {
    let calls = 0;
    const get = cacheUntilRejected(async () => ++calls);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
  });

  it('tries again after a rejection', async () => {
    let calls = 0;
    const get = cacheUntilRejected(async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk failed');
      return calls;
    });
    await expect(get()).rejects.toThrow('chunk failed');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
  });
});
