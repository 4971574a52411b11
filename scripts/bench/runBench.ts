// Runs each bench section in order, prints one table per section plus the issue's targets, and writes
// .tmp/bench.json. Figures are counts, sizes and ratios; wall-clock times are noise on this machine.
// Add a section by appending it to `sections`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BenchRow, BenchSection } from './benchTypes';
import { actionsSection } from './actionsSection';
import { agendaSection } from './agendaSection';
import { bundleSizeSection } from './bundleSizeSection';
import { graphRoundTripsSection } from './graphRoundTripsSection';
import { inMeetingSection } from './inMeetingSection';
import { liveSection } from './liveSection';
import { meetingPageSection } from './meetingPageSection';
import { publishSection } from './publishSection';
import { realisticTenantSection } from './realisticTenantSection';
import { rolesSection } from './rolesSection';

/** Order matters: the bundle section builds dist/, which the round-trip section then serves. */
const sections: readonly BenchSection[] = [
  bundleSizeSection,
  graphRoundTripsSection,
  agendaSection,
  rolesSection,
  actionsSection,
  inMeetingSection,
  liveSection,
  meetingPageSection,
  publishSection,
  realisticTenantSection,
];

const projectRoot = resolve(__dirname, '..', '..');

function printTable(rows: readonly BenchRow[]): void {
  const header = ['metric', 'value', 'target', ''];
  const cells = rows.map((r) => [
    r.metric,
    `${r.value}${r.unit === undefined ? '' : ` ${r.unit}`}`,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'NOT MET',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

interface SectionReport {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly BenchRow[];
  readonly data?: unknown;
  readonly error?: string;
}

async function main(): Promise<number> {
  const reports: SectionReport[] = [];
  // BENCH_ONLY=meetingPage,bundle runs just those sections (by id), e.g. after changing one of them.
  const only = process.env['BENCH_ONLY']?.split(',').filter((id) => id !== '');
  for (const section of sections.filter((s) => !only || only.includes(s.id))) {
    console.log(`\n## ${section.title}\n`);
    try {
      const result = await section.run();
      printTable(result.rows);
      reports.push({ id: section.id, title: section.title, rows: result.rows, data: result.data });
    } catch (error: unknown) {
      console.error(
        `section ${section.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      reports.push({ id: section.id, title: section.title, rows: [], error: String(error) });
    }
  }

  const targets = reports.flatMap((s) => s.rows.filter((r) => r.target !== undefined));
  console.log('\n## Targets from the issue\n');
  printTable(targets);

  const out = join(projectRoot, '.tmp', 'bench.json');
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), sections: reports }, null, 2)}\n`,
  );
  console.log(`\nwrote ${relative(projectRoot, out)}`);
  // A failed section is a broken bench (exit 1); a missed target is a finding, reported above.
  return reports.some((r) => r.error !== undefined) ? 1 : 0;
}

void main().then((code) => process.exit(code));
