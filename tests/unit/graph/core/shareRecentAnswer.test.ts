// One answer for a read asked twice within a short time; failures are never kept, so "Try again" asks again.
import { err, ok } from '../../../../src/domain/result';
import { shareRecentAnswer } from '../../../../src/graph/core/shareRecentAnswer';
import type { Outcome } from '../../../../src/usecases/ports';

it('shares an answer within the window and asks again after it', async () => {
  let t = 0;
  let calls = 0;
  const read = shareRecentAnswer(
    async (): Promise<Outcome<number>> => ok(++calls),
    1000,
    () => t,
  );
  expect(await read()).toEqual(ok(1));
  t = 999;
  expect(await read()).toEqual(ok(1));
  t = 1000;
  expect(await read()).toEqual(ok(2));
});

it('does not keep a failure', async () => {
  let calls = 0;
  const read = shareRecentAnswer(
    async (): Promise<Outcome<number>> => (++calls === 1 ? err({ kind: 'unavailable' }) : ok(calls)),
    60_000,
  );
  expect((await read()).ok).toBe(false);
  expect(await read()).toEqual(ok(2));
});

it('never shares one person’s answer with another (the demo’s "View as" switches who asks)', async () => {
  let asking = 'adele';
  const read = shareRecentAnswer(
    async (): Promise<Outcome<string>> => ok(`me is ${asking}`),
    60_000,
    () => 0,
    () => asking,
  );
  expect(await read()).toEqual(ok('me is adele'));
  asking = 'ben';
  expect(await read()).toEqual(ok('me is ben'));
  expect(await read()).toEqual(ok('me is ben'));
});
