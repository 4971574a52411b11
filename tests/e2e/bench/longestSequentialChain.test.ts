// The bench's round-trip count decides whether the ≤ 2 target is met, so its algorithm gets its own checks.
// It lives with the e2e suite because the bench is built on the e2e harness.
import { longestSequentialChain } from '../../../scripts/bench/longestSequentialChain';

const r = (name: string, startedAt: number, endedAt: number) => ({ name, startedAt, endedAt });
const names = (chain: readonly { name: string }[]) => chain.map((c) => c.name);

test('parallel requests count as one round trip', () => {
  expect(longestSequentialChain([r('me', 0, 100), r('calendar', 2, 110), r('photo', 5, 90)])).toHaveLength(1);
});

test('a request issued after another one answered adds a round trip', () => {
  expect(
    names(longestSequentialChain([r('me', 0, 100), r('calendar', 100, 200), r('next page', 205, 300)])),
  ).toEqual(['me', 'calendar', 'next page']);
});

test('one long early request does not hide two short sequential ones', () => {
  // Walking the start-sorted list greedily would take "long" and stop at 1.
  const chain = longestSequentialChain([r('long', 0, 1000), r('a', 1, 10), r('b', 20, 30), r('c', 40, 50)]);
  expect(names(chain)).toEqual(['a', 'b', 'c']);
});

test('no requests means no round trips, in any input order', () => {
  expect(longestSequentialChain([])).toEqual([]);
  expect(longestSequentialChain([r('second', 200, 300), r('first', 0, 100)]).map((c) => c.name)).toEqual([
    'first',
    'second',
  ]);
});
