// Initial JavaScript per entry and total JavaScript of the production build, from webpack's own stats: an
// entry's initial chunks are exactly `entrypoints[entry].assets` (what the HTML loads before first render);
// lazily loaded chunks (auth, Graph) are not in that list. Sizes are gzip level 9, as a CDN would serve them.
// Named lazy chunks worth watching (the "How leadership is shared" chart) are measured the same way, from
// `namedChunkGroups[name].assets`: every file the import() fetches, the chunk and the vendor chunks split off it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSection } from './benchTypes';

const projectRoot = resolve(__dirname, '..', '..');
const statsPath = join(projectRoot, '.tmp', 'webpack-stats.json');
const INITIAL_JS_TARGET_KB = 150;
/** Lazy chunks reported on their own (webpackChunkName in the import()): the chart, and German (only German users fetch it). */
const WATCHED_LAZY_CHUNKS = ['leadership-chart', 'messages-de-DE'] as const;

interface StatsAsset {
  readonly name: string;
}
interface StatsChunk {
  readonly id: string | number;
  readonly initial?: boolean;
}
interface StatsModule {
  readonly name?: string;
  readonly chunks?: readonly (string | number)[];
}
interface WebpackStats {
  readonly outputPath: string;
  readonly assets: readonly StatsAsset[];
  readonly entrypoints: Readonly<
    Record<string, { readonly assets: readonly StatsAsset[]; readonly chunks?: readonly (string | number)[] }>
  >;
  readonly namedChunkGroups?: Readonly<Record<string, { readonly assets: readonly StatsAsset[] }>>;
  readonly chunks?: readonly StatsChunk[];
  readonly modules?: readonly StatsModule[];
}

export interface FileSize {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const isJs = (name: string): boolean => name.endsWith('.js') || name.endsWith('.mjs');
const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function measure(outputPath: string, file: string): FileSize {
  const content = readFileSync(join(outputPath, file));
  return { file, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function sum(files: readonly FileSize[]): { rawBytes: number; gzipBytes: number } {
  return files.reduce(
    (acc, f) => ({ rawBytes: acc.rawBytes + f.rawBytes, gzipBytes: acc.gzipBytes + f.gzipBytes }),
    {
      rawBytes: 0,
      gzipBytes: 0,
    },
  );
}

function buildWithStats(): WebpackStats {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  const result = spawnSync('npx', ['webpack', '--mode', 'production', '--json', statsPath], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`webpack failed with exit code ${String(result.status)}`);
  return JSON.parse(readFileSync(statsPath, 'utf8')) as WebpackStats;
}

/** Which heavyweight libraries sit in an entry's initial chunks (DESIGN.md: MSAL must not block first render). */
function librariesIn(stats: WebpackStats, chunkIds: readonly (string | number)[]): string[] {
  const watched = [
    '@azure/msal-browser',
    '@microsoft/microsoft-graph-client',
    '@microsoft/teams-js',
    'react-dom',
    // Fluent's charts and d3 belong in the lazy "leadership-chart" chunk, never in first render.
    '@fluentui/react-charts',
  ];
  const initial = new Set(chunkIds.map(String));
  return watched.filter((lib) =>
    (stats.modules ?? []).some(
      (m) =>
        m.name?.includes(`node_modules/${lib}/`) === true &&
        (m.chunks ?? []).some((c) => initial.has(String(c))),
    ),
  );
}

export const bundleSizeSection: BenchSection = {
  id: 'bundle-size',
  title: 'Initial JavaScript (webpack production build, gzip -9)',
  async run() {
    const stats = buildWithStats();
    const rows: BenchRow[] = [];
    const entries: Record<string, unknown> = {};
    for (const entry of ['tab', 'demo']) {
      const entrypoint = stats.entrypoints[entry];
      if (entrypoint === undefined) {
        rows.push({ metric: `entry "${entry}"`, value: 'missing from the build' });
        continue;
      }
      const files = entrypoint.assets
        .filter((a) => isJs(a.name))
        .map((a) => measure(stats.outputPath, a.name));
      const total = sum(files);
      const libraries = librariesIn(stats, entrypoint.chunks ?? []);
      entries[entry] = { files, ...total, librariesInInitialChunks: libraries };
      // Bytes against bytes: the shown figure is rounded to 0.1 KB, and 150.01 KB must not pass as 150.
      const met = total.gzipBytes <= INITIAL_JS_TARGET_KB * 1024;
      rows.push({
        metric: `initial JS of "${entry}" (${files.length} files)`,
        value: kb(total.gzipBytes),
        unit: `KB gzip (${kb(total.rawBytes)} KB raw)`,
        target: `≤ ${INITIAL_JS_TARGET_KB} KB`,
        met,
      });
      rows.push({
        metric: `  share of the ${INITIAL_JS_TARGET_KB} KB budget`,
        value: Math.round((total.gzipBytes / 1024 / INITIAL_JS_TARGET_KB) * 1000) / 1000,
        unit: 'ratio',
      });
      if (stats.modules !== undefined) {
        rows.push({ metric: '  heavy libraries in initial chunks', value: libraries.join(', ') || 'none' });
      }
    }
    const lazy: Record<string, unknown> = {};
    for (const name of WATCHED_LAZY_CHUNKS) {
      const group = stats.namedChunkGroups?.[name];
      if (group === undefined) {
        rows.push({ metric: `lazy chunk "${name}"`, value: 'missing from the build' });
        continue;
      }
      const files = group.assets.filter((a) => isJs(a.name)).map((a) => measure(stats.outputPath, a.name));
      const total = sum(files);
      lazy[name] = { files, ...total };
      rows.push({
        metric: `lazy chunk "${name}" (${files.length} files)`,
        value: kb(total.gzipBytes),
        unit: `KB gzip (${kb(total.rawBytes)} KB raw)`,
      });
    }
    const allJs = stats.assets.filter((a) => isJs(a.name)).map((a) => measure(stats.outputPath, a.name));
    const all = sum(allJs);
    rows.push({
      metric: `total JS of the build (${allJs.length} files)`,
      value: kb(all.gzipBytes),
      unit: `KB gzip (${kb(all.rawBytes)} KB raw)`,
    });
    return { rows, data: { entries, lazy, total: all, files: allJs } };
  },
};
