// How planSeriesRoles scales: a 300-person, 500-occurrence series against the typical 8 × 50. Only the ratio is
// reported: absolute milliseconds are noise on the shared 2-core machine, the ratio shows the growth.
import { performance } from 'node:perf_hooks';
import { occurrenceKey, userId, type UserId } from '../../src/domain/ids';
import { planSeriesRoles, type RoleOverride } from '../../src/domain/roles/planSeriesRoles';
import { DEFAULT_ROLES, type Availability } from '../../src/domain/roles/roleTypes';
import type { BenchSection, BenchSectionResult } from './benchTypes';

function timeOnce(people: number, occurrences: number): number {
  const roster = Array.from({ length: people }, (_, i) => ({
    id: userId(`u${String(i).padStart(4, '0')}`),
    name: `P${i}`,
    optOuts: i % 7 === 0 ? ['noteTaker'] : [],
  }));
  const occs = Array.from({ length: occurrences }, (_, i) =>
    occurrenceKey(new Date(Date.UTC(2020, 0, 6 + 7 * i, 17)).toISOString()),
  );
  // Some declines per occurrence, so the skip path is exercised too.
  const availability = (o: string) =>
    new Map<UserId, Availability>(
      roster.filter((_, i) => (i + occs.indexOf(occurrenceKey(o))) % 11 === 0).map((m) => [m.id, 'declined']),
    );
  const none = new Map<string, RoleOverride>();
  const started = performance.now();
  planSeriesRoles({
    roles: DEFAULT_ROLES,
    roster,
    occurrences: occs,
    availability,
    overrides: () => none,
    seed: 'bench',
  });
  return performance.now() - started;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runRolesBench(): Promise<BenchSectionResult> {
  timeOnce(8, 50); // warm-up: JIT
  const small = median(Array.from({ length: 15 }, () => timeOnce(8, 50)));
  const large = median(Array.from({ length: 3 }, () => timeOnce(300, 500)));
  const ratio = Math.round(large / Math.max(small, 0.001));
  return {
    rows: [
      {
        metric: 'planSeriesRoles 300 people × 500 occurrences vs 8 × 50 (time ratio)',
        value: ratio,
        unit: '×',
      },
      // For scale: 375× more person-occurrences; a ratio near that means linear growth per (person × occurrence).
      { metric: 'input size ratio (people × occurrences)', value: (300 * 500) / (8 * 50), unit: '×' },
    ],
    data: { ratio },
  };
}

export const rolesSection: BenchSection = {
  id: 'roles',
  title: 'Role rotation scaling',
  run: runRolesBench,
};
