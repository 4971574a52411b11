// `npm test`: the single gate (Excalidraw's test:all, CONVENTIONS.md §12).
//
// Runs every step even after a failure, so one run tells you everything that is broken, then prints a
// per-step summary and, as the very last line, `N passed, N failed`. Counting: each jest test result counts
// once; each non-jest step (typecheck, lint, format, build, package) counts as one check. A jest suite that
// can't even load (syntax error, missing import) reports zero failed *tests*, so it is counted as a failure
// on its own: otherwise a broken file would make the gate greener.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countJestReport } from './lib/countJestReport.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
const npm = 'npm';
const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

/** Runs a command with inherited stdio (output streams live) and resolves to its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function npmStep(name, script, env) {
  const code = await run(npm, ['run', '--silent', script], env);
  return code === 0
    ? { name, passed: 1, failed: 0 }
    : { name, passed: 0, failed: 1, note: `exit code ${code}` };
}

async function jestStep(name, projects, reportFile) {
  const outputFile = join(tmp, reportFile);
  // A report left over from an earlier run must never be counted as this run's result.
  rmSync(outputFile, { force: true });
  const code = await run(process.execPath, [
    jestBin,
    '--selectProjects',
    ...projects,
    '--json',
    `--outputFile=${outputFile}`,
  ]);
  return { name, ...countJestReport(readJson(outputFile), code) };
}

async function main() {
  mkdirSync(tmp, { recursive: true });
  const results = [];
  // The gate builds and packages the explicit test environment (env/.env.test: fake, well-formed ids), never
  // whatever TEAMSFX_ENV the shell happens to hold: a real environment with placeholders would fail, by design.
  const testEnv = { ...process.env, TEAMSFX_ENV: 'test' };
  const step = async (title, fn) => {
    console.log(`\n━━━ ${title} ━━━`);
    const started = Date.now();
    const result = await fn();
    result.seconds = (Date.now() - started) / 1000;
    results.push(result);
  };

  await step('typecheck (tsc --noEmit)', () => npmStep('typecheck', 'typecheck'));
  await step('lint (eslint --max-warnings=0)', () => npmStep('lint', 'lint'));
  await step('format (prettier --check)', () => npmStep('format', 'format:check'));
  await step('jest: unit, contract, integration', () =>
    jestStep('jest unit+contract+integration', ['unit', 'contract', 'integration'], 'jest-unit.json'),
  );
  // e2e runs against the production bundle, so build first; a failed build still lets e2e run (and most
  // likely fail), which keeps the counts complete.
  await step('build (webpack --mode production)', () => npmStep('build', 'build', testEnv));
  // No Chromium check here: tests/e2e/helpers/launchChromium.ts picks the browser (CHROMIUM_PATH, then a system
  // Chromium that starts, then the one `npm ci` installed with @sparticuz/chromium). If none starts, every
  // browser test fails with the list of what was tried, so a missing browser is never a skipped suite.
  await step('jest: e2e (Chromium)', () => jestStep('jest e2e', ['e2e'], 'jest-e2e.json'));
  await step('package (validate the Teams app package)', () => npmStep('package', 'package', testEnv));

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log('\n━━━ summary ━━━');
  for (const r of results) {
    const mark = r.failed > 0 ? 'FAIL' : 'ok  ';
    const note = r.note ? `  (${r.note})` : '';
    console.log(
      `${mark} ${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)}s${note}`,
    );
  }
  // This line must stay last: CI reads it as the result (.ci/run).
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
