// jest setupFilesAfterEnv for the e2e project: every browser test fails if a page broke the CSP or tried to
// reach anything off localhost that the harness doesn't simulate (pageGuards.ts).
import { takeGuardReport } from './pageGuards';

afterEach(() => {
  const { cspViolations, offLocalhost } = takeGuardReport();
  const problems = [
    ...cspViolations.map((v) => `CSP violation: ${v}`),
    ...offLocalhost.map((u) => `request off localhost: ${u}`),
  ];
  if (problems.length > 0) throw new Error(`The pages of this test misbehaved:\n${problems.join('\n')}`);
});
