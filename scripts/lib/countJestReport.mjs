// How test-all counts one jest run, from the top-level num* fields of jest's --json report.

/**
 * Turns jest's --json report (or its absence) into counts. In its own module so the counting rules can be
 * checked against a hand-written report without running the gate.
 */
export function countJestReport(report, exitCode) {
  if (!report) {
    return { passed: 0, failed: 1, note: `jest exited ${exitCode} without writing a report` };
  }
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  // Suites that failed to run (compile errors, a throw at import time) have no failing tests in them.
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  failed += brokenSuites;
  const notes = [];
  if (brokenSuites > 0) notes.push(`${brokenSuites} suite(s) failed to run`);
  // Anything else jest considers a failure (no tests found, a failing afterAll, open handles with
  // --detectOpenHandles, an obsolete snapshot under --ci) must still fail the gate.
  if ((exitCode !== 0 || report.success === false) && failed === 0) {
    failed = 1;
    notes.push(
      `jest exited ${exitCode} with no failing test: ${report.success === false ? 'run marked unsuccessful' : 'see output above'}`,
    );
  }
  return { passed, failed, note: notes.join('; ') };
}
