// The shape every bench section returns. `npm run bench` runs the sections in order, prints one table per
// section and writes all of them to .tmp/bench.json; later issues add sections to scripts/bench.mjs.

export interface BenchRow {
  readonly metric: string;
  /** Counts, sizes and ratios only: wall-clock times are noise on the shared 2-core machine. */
  readonly value: number | string;
  readonly unit?: string;
  /** The target, e.g. "≤ 150 KB"; absent when the row is informational. */
  readonly target?: string;
  readonly met?: boolean;
}

export interface BenchSectionResult {
  readonly rows: readonly BenchRow[];
  /** Raw figures behind the rows, kept in bench.json for later comparison. */
  readonly data: unknown;
}

export interface BenchSection {
  readonly id: string;
  readonly title: string;
  run(): Promise<BenchSectionResult>;
}
